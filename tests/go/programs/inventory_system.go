// run
// Inventory management: struct methods, maps of structs, sorting reports, errors, Stringer, totals.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Electronics Category = iota + 1
	Grocery
	Clothing
)

func (c Category) String() string {
	switch c {
	case Electronics:
		return "electronics"
	case Grocery:
		return "grocery"
	case Clothing:
		return "clothing"
	}
	return fmt.Sprintf("category(%d)", int(c))
}

type Product struct {
	SKU      string
	Name     string
	Price    float64
	Qty      int
	Category Category
}

var (
	ErrUnknownSKU = errors.New("unknown SKU")
	ErrNoStock    = errors.New("insufficient stock")
)

type Inventory struct {
	products map[string]*Product
	log      []string
}

func NewInventory() *Inventory { return &Inventory{products: map[string]*Product{}} }

func (inv *Inventory) Add(p Product) {
	if existing, ok := inv.products[p.SKU]; ok {
		existing.Qty += p.Qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", p.SKU, p.Qty))
		return
	}
	cp := p
	inv.products[p.SKU] = &cp
	inv.log = append(inv.log, "add "+p.SKU)
}

func (inv *Inventory) Sell(sku string, n int) (float64, error) {
	p, ok := inv.products[sku]
	if !ok {
		return 0, fmt.Errorf("sell %s: %w", sku, ErrUnknownSKU)
	}
	if p.Qty < n {
		return 0, fmt.Errorf("sell %d of %s (have %d): %w", n, sku, p.Qty, ErrNoStock)
	}
	p.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("sell %s -%d", sku, n))
	return float64(n) * p.Price, nil
}

func (inv *Inventory) Report() string {
	var ps []*Product
	for _, p := range inv.products {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Category != ps[j].Category {
			return ps[i].Category < ps[j].Category
		}
		return ps[i].SKU < ps[j].SKU
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-6s %-14s %-12s %8s %4s %10s\n", "SKU", "NAME", "CATEGORY", "PRICE", "QTY", "VALUE")
	total := 0.0
	byCat := map[Category]float64{}
	for _, p := range ps {
		v := p.Price * float64(p.Qty)
		total += v
		byCat[p.Category] += v
		fmt.Fprintf(&sb, "%-6s %-14.14s %-12v %8.2f %4d %10.2f\n", p.SKU, p.Name, p.Category, p.Price, p.Qty, v)
	}
	fmt.Fprintf(&sb, "%s\n%-47s %10.2f\n", strings.Repeat("-", 58), "TOTAL", total)
	fmt.Fprintln(&sb, byCat)
	return sb.String()
}

func main() {
	inv := NewInventory()
	inv.Add(Product{"E100", "Laptop Pro 15 inch", 1299.99, 5, Electronics})
	inv.Add(Product{"G200", "Coffee beans", 12.5, 40, Grocery})
	inv.Add(Product{"C300", "T-shirt", 9.99, 100, Clothing})
	inv.Add(Product{"E101", "Headphones", 199.0, 12, Electronics})
	inv.Add(Product{"G200", "Coffee beans", 0, 10, Grocery})
	revenue := 0.0
	for _, s := range []struct {
		sku string
		n   int
	}{{"E100", 2}, {"G200", 55}, {"X999", 1}, {"C300", 30}, {"E101", 12}} {
		amt, err := inv.Sell(s.sku, s.n)
		switch {
		case errors.Is(err, ErrNoStock):
			fmt.Println("stock problem:", err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("lookup problem:", err)
		case err == nil:
			revenue += amt
		}
	}
	fmt.Printf("revenue: %.2f\n", revenue)
	fmt.Print(inv.Report())
	fmt.Println(strings.Join(inv.log, "; "))
	fmt.Println(Category(9))
}
