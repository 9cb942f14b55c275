// run
package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

const logs = `2022-03-01 12:00:01 INFO  [api] request id=17 path=/users took=12ms
2022-03-01 12:00:02 WARN  [db] slow query id=18 took=950ms
garbage line without a timestamp
2022-03-01 12:00:03 ERROR [api] request id=19 path=/orders failed: timeout
2022-03-01 12:00:04 INFO  [auth] login user=alice
2022-03-01 12:00:05 ERROR [db] connection lost id=20
`

var lineRE = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$`)
var kvRE = regexp.MustCompile(`(\w+)=(\S+)`)

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("skip: %q\n", sc.Text())
			continue
		}
		level := m[lineRE.SubexpIndex("level")]
		counts[level]++
		if level == "INFO" {
			continue
		}
		fmt.Printf("%s %-5s %-4s %s\n", m[2], level, m[4], m[5])
		for _, kv := range kvRE.FindAllStringSubmatch(m[5], -1) {
			fmt.Printf("    %s -> %s\n", kv[1], kv[2])
		}
	}
	fmt.Println(counts)
	masked := regexp.MustCompile(`id=\d+`).ReplaceAllString(logs, "id=*")
	fmt.Print(lineRE.ReplaceAllString(masked[:strings.Index(masked, "\n")], "${level}@${time}: $msg"), "\n")
}
