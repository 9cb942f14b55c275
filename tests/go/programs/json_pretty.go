// run
// Hand-written JSON-like pretty printer over interface{} values with sorted keys and escaping.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func pretty(v interface{}, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			pretty(e, indent+1, sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			pretty(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "minigo",
		"version": 1.5,
		"stable":  false,
		"tags":    []interface{}{"go", "interp\"reter", 3, nil},
		"owner": map[string]interface{}{
			"login": "gopher",
			"id":    42,
			"repos": []interface{}{},
		},
		"ratio": 1e-9,
		"ch":    make(chan int),
	}
	var sb strings.Builder
	pretty(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println(sb.Len() > 100)
}
