// run
// sort.Interface on a custom type with multi-key comparator, sort.SliceStable, heap-free priority order.
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	for k := 0; k < len(ms.less)-1; k++ {
		switch {
		case ms.less[k](p, q):
			return true
		case ms.less[k](q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(e []Employee) {
	ms.emps = e
	sort.Sort(ms)
}

func main() {
	emps := []Employee{
		{"Alice", "eng", 120, 30},
		{"Bob", "ops", 90, 45},
		{"Carol", "eng", 120, 28},
		{"Dave", "sales", 70, 35},
		{"Eve", "ops", 95, 29},
		{"Frank", "eng", 100, 41},
		{"Grace", "sales", 70, 33},
	}
	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	OrderedBy(dept, salaryDesc, name).Sort(emps)
	for _, e := range emps {
		fmt.Printf("%-6s %-5s %4d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Salary < emps[j].Salary })
	for _, e := range emps {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	byDept := map[string][]string{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	fmt.Println(byDept)
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchFloat64s(fs, 2.5))
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), sort.IsSorted(ss))
}
