// run
// Struct value semantics: copies, comparison, arrays of structs, anonymous structs, tags ignored, zero values.
package main

import "fmt"

type Address struct {
	City, Zip string
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Friends []string
	Boss    *Person
}

type Pair struct {
	A, B int
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func birthdayPtr(p *Person) { p.Age++ }

func main() {
	p1 := Person{Name: "Ann", Age: 30, Addr: Address{"Oslo", "0150"}}
	p2 := p1
	p2.Name = "Ben"
	p2.Addr.City = "Bergen"
	fmt.Println(p1.Name, p1.Addr.City, p2.Name, p2.Addr.City)
	p3 := birthday(p1)
	fmt.Println(p1.Age, p3.Age)
	birthdayPtr(&p1)
	fmt.Println(p1.Age)
	p1.Friends = []string{"x"}
	p4 := p1
	p4.Friends[0] = "shared"
	fmt.Println(p1.Friends, p4.Friends)
	fmt.Println(Pair{1, 2} == Pair{1, 2}, Pair{1, 2} != Pair{2, 1}, Address{} == Address{"", ""})
	var zero Person
	fmt.Printf("%+v\n", zero)
	fmt.Printf("%v\n", p1)
	p1.Boss = &Person{Name: "Zed"}
	fmt.Println(p1.Boss.Name, p1.Boss.Boss == nil)
	arr := [3]Pair{{1, 2}, {3, 4}}
	for _, pr := range arr {
		pr.A = 100
	}
	for i := range arr {
		arr[i].B *= 10
	}
	fmt.Println(arr)
	pt := struct {
		X, Y int
		Tag  string `json:"tag"`
	}{1, 2, "t"}
	fmt.Printf("%v %+v\n", pt, pt)
	m := map[string]Pair{"a": {1, 1}}
	tmp := m["a"]
	tmp.A = 9
	m["a"] = tmp
	fmt.Println(m)
	ptrs := map[string]*Pair{"b": {2, 2}}
	ptrs["b"].A = 7
	fmt.Println(*ptrs["b"])
	counts := map[Pair]string{{1, 2}: "one-two"}
	fmt.Println(counts[Pair{1, 2}], counts[Pair{2, 1}] == "")
	type Node struct {
		Val      int
		Children []*Node
	}
	tree := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}}
	var sum func(n *Node) int
	sum = func(n *Node) int {
		s := n.Val
		for _, c := range n.Children {
			s += sum(c)
		}
		return s
	}
	fmt.Println(sum(tree))
	np := new(Pair)
	np.B = 5
	fmt.Println(*np, np.A)
}
