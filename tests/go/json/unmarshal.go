// run
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Inner struct {
	X int     `json:"x"`
	Y float64 `json:"y"`
}

type Embedded struct {
	Kind string `json:"kind"`
}

type T struct {
	Embedded
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Small   int8              `json:"small"`
	U       uint16            `json:"u"`
	OK      bool              `json:"ok"`
	Tags    []string          `json:"tags"`
	Pair    [2]int            `json:"pair"`
	In      Inner             `json:"in"`
	Ptr     *Inner            `json:"ptr"`
	M       map[string]int    `json:"m"`
	IM      map[int]string    `json:"im"`
	Any     interface{}       `json:"any"`
	Data    []byte            `json:"data"`
	Count   int               `json:"count,string"`
	Skip    string            `json:"-"`
	CamelID int
	When    time.Time         `json:"when"`
	Items   []Inner           `json:"items"`
	Extra   map[string]*Inner `json:"extra"`
}

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if !strings.HasSuffix(s, "C") {
		return fmt.Errorf("bad temp %q", s)
	}
	var f float64
	fmt.Sscanf(strings.TrimSuffix(s, "C"), "%g", &f)
	*t = Temp(f)
	return nil
}

type Color int

func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("unknown color " + string(b))
	}
	return nil
}

func main() {
	src := `{
		"kind": "person", "name": "Ann", "age": 41, "small": -5, "u": 65535, "ok": true,
		"tags": ["a", "b", "c"], "pair": [7, 8, 9], "in": {"x": 1, "y": 2.5},
		"ptr": {"x": 3}, "m": {"one": 1, "two": 2}, "im": {"5": "five"},
		"any": {"list": [1, "s", true, null, {"k": 1.5}]}, "data": "aGVsbG8=",
		"count": "12", "Skip": "no", "camelid": 99, "unknown": [1, 2, {"deep": true}],
		"when": "2023-04-05T06:07:08Z", "items": [{"x": 1}, {"y": 2}],
		"extra": {"e": {"x": 5}, "n": null}
	}`
	var t T
	err := json.Unmarshal([]byte(src), &t)
	fmt.Println("err:", err)
	fmt.Printf("%+v\n", t.Embedded)
	fmt.Println(t.Name, t.Age, t.Small, t.U, t.OK, t.Tags, len(t.Tags), t.Pair, t.In, *t.Ptr)
	fmt.Println(t.M, t.IM, t.Any, string(t.Data), t.Count, t.Skip == "", t.CamelID, t.When, t.Items, *t.Extra["e"], t.Extra["n"])

	var anything interface{}
	err = json.Unmarshal([]byte(`[1, 2.5, "x", false, null, {"b": [], "a": {}}]`), &anything)
	fmt.Printf("%v %T %v\n", anything, anything, err)
	for _, v := range anything.([]interface{}) {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
	var m map[string]interface{}
	fmt.Println(json.Unmarshal([]byte(`{"a": 1, "b": {"c": [true]}}`), &m), m)

	var f float32
	var s string
	var b bool
	var i int
	var ip *int
	fmt.Println(json.Unmarshal([]byte(` 1.5 `), &f), f)
	fmt.Println(json.Unmarshal([]byte(`"héllo\u0021\n\ud83d\ude00"`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`true`), &b), b)
	fmt.Println(json.Unmarshal([]byte(`42`), &ip), *ip)
	fmt.Println(json.Unmarshal([]byte(`null`), &ip), ip == nil)
	var arr []int = []int{9, 9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &arr), arr, len(arr))
	var empty []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &empty), empty == nil, len(empty))

	// Merging into existing values.
	t2 := T{Name: "keep", Age: 1}
	fmt.Println(json.Unmarshal([]byte(`{"age": 2}`), &t2), t2.Name, t2.Age)

	// Errors.
	fmt.Println(json.Unmarshal([]byte(`{"age": "old"}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"in": {"x": "1"}}`), &t))
	fmt.Println(json.Unmarshal([]byte(`300`), &t.Small))
	fmt.Println(json.Unmarshal([]byte(`-1`), &t.U))
	fmt.Println(json.Unmarshal([]byte(`1.5`), &i))
	fmt.Println(json.Unmarshal([]byte(`[1]`), &s))
	fmt.Println(json.Unmarshal([]byte(`{"im": {"x": "y"}}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"data": "!!"}`), &t))
	err = json.Unmarshal([]byte(`{"age": true, "name": 5}`), &t)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute), ute.Value, ute.Field, ute.Struct)
	fmt.Println(json.Unmarshal([]byte(`{"a" 1}`), &m))
	fmt.Println(json.Unmarshal([]byte(`{"a": 1,}`), &m))
	fmt.Println(json.Unmarshal([]byte(`[1 2]`), &anything))
	fmt.Println(json.Unmarshal([]byte(`x`), &anything))
	fmt.Println(json.Unmarshal([]byte(`{"a": tru}`), &anything))
	fmt.Println(json.Unmarshal([]byte(`{"a": 1`), &anything))
	fmt.Println(json.Unmarshal([]byte(``), &anything))
	fmt.Println(json.Unmarshal([]byte(`"abc`), &anything))
	fmt.Println(json.Unmarshal([]byte(`01`), &anything))
	fmt.Println(json.Unmarshal([]byte(`-`), &anything))
	fmt.Println(json.Unmarshal([]byte(`1.e5`), &anything))
	fmt.Println(json.Unmarshal([]byte(`"\x"`), &anything))
	fmt.Println(json.Unmarshal([]byte("\"a\tb\""), &anything))
	fmt.Println(json.Unmarshal([]byte(`{} {}`), &anything))
	err = json.Unmarshal([]byte(`{]`), &anything)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
	fmt.Println(json.Unmarshal([]byte(`1`), t))
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	var nilp *T
	fmt.Println(json.Unmarshal([]byte(`1`), nilp))
	err = json.Unmarshal([]byte(`1`), 5)
	var iue *json.InvalidUnmarshalError
	fmt.Println(err, errors.As(err, &iue))

	// Unmarshalers.
	var temps []Temp
	fmt.Println(json.Unmarshal([]byte(`["21.5C", "-3C"]`), &temps), temps)
	fmt.Println(json.Unmarshal([]byte(`["21.5F"]`), &temps), temps)
	var colors map[string]Color
	fmt.Println(json.Unmarshal([]byte(`{"a": "red", "b": "blue"}`), &colors), colors)
	var c Color
	fmt.Println(json.Unmarshal([]byte(`"green"`), &c), c)
	var raw struct {
		Kind string          `json:"kind"`
		Body json.RawMessage `json:"body"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"kind": "k", "body": {"a": [1, 2 ]}}`), &raw), raw.Kind, string(raw.Body))
	out, _ := json.Marshal(raw)
	fmt.Println(string(out))
	var num struct{ N json.Number }
	fmt.Println(json.Unmarshal([]byte(`{"N": 12345678901234567890}`), &num), num.N)
	n64, err := json.Number("42").Int64()
	fl, _ := json.Number("2.5").Float64()
	fmt.Println(n64, err, fl, num.N.String())
}
