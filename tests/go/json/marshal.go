// run
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"addr,omitempty"`
	Home     Address           `json:"home"`
	Meta     map[string]int    `json:"meta,omitempty"`
	Count    int64             `json:"count,string"`
	Any      interface{}       `json:"any"`
	Raw      []byte            `json:"raw"`
	private  int
	Untagged bool
	Extra    map[string]string `json:",omitempty"`
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(c))), nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("level-%d", int(l))), nil
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type BadJSON struct{}

func (BadJSON) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

func show(v interface{}) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("error: %v (%T)\n", err, err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(nil)
	show(true)
	show(42)
	show(int8(-8))
	show(uint64(math.MaxUint64))
	show(3.0)
	show(3.14)
	show(float32(0.1))
	show(1e21)
	show(1e20)
	show(0.000001)
	show(0.0000001)
	show(-1.5e-9)
	show(123456789.0)
	show(math.MaxFloat64)
	show("hello, \"world\" <tag> & \\ \n\t\r \x01 \u2028 \u2029 é 日本")
	show("bad utf8: \xff\xfe end")
	show([]int{1, 2, 3})
	show([]int(nil))
	show([]string{})
	show([3]bool{true, false, true})
	show([]byte("hello world"))
	show([]byte(nil))
	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[int]string{10: "ten", 2: "two", -1: "minus"})
	show(map[string]interface{}{"x": []interface{}{1, "two", nil, 3.5}, "y": map[string]bool{"ok": true}})
	var np *int
	show(np)
	n := 7
	show(&n)
	p := Person{
		Base:  Base{ID: 1},
		Name:  "Ann",
		Email: "ann@example.com",
		Tags:  []string{"a", "b"},
		Home:  Address{Street: "Main"},
		Count: 12,
		Any:   Address{"X", "Y"},
		Raw:   []byte{0, 1, 2, 255},
	}
	show(p)
	p.Addr = &Address{Street: "Elm", City: "Town"}
	p.Meta = map[string]int{"z": 26, "a": 1}
	p.Age = 30
	show(&p)
	show(Celsius(21.5))
	show([]Celsius{1, 2})
	show(map[string]Celsius{"in": 20})
	show(Level(3))
	show(map[Level]int{2: 20, 1: 10})
	show(time.Date(2023, 4, 5, 6, 7, 8, 900, time.UTC))
	show(struct {
		A int `json:"a"`
		B string
	}{1, "b"})
	show(make(chan int))
	show(func() {})
	show(math.NaN())
	show(math.Inf(-1))
	show([]interface{}{1, complex(1, 2)})
	show(map[bool]int{true: 1})
	show(Broken{})
	show(BadJSON{})
	_, err := json.Marshal(Broken{})
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), errors.Unwrap(err))
	_, err = json.Marshal(make(chan int))
	var ut *json.UnsupportedTypeError
	fmt.Println(errors.As(err, &ut))
	_, err = json.Marshal(math.Inf(1))
	var uv *json.UnsupportedValueError
	fmt.Println(errors.As(err, &uv), uv.Str)

	b, err := json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]interface{}{"empty": []int{}, "obj": map[string]int{}, "list": []int{1, 2}}, ">", "\t")
	fmt.Println(string(b))
	fmt.Println(json.Valid([]byte(`{"a": [1, 2, {"b": null}]}`)), json.Valid([]byte(`{"a": }`)), json.Valid(nil))
}
