#!/usr/bin/env bash
# Start-up time of a program of many packages: generates a module of P packages x F files
# (default 50 x 20; each file a few types, methods, functions and a var; package k imports
# package k-1, main imports the last) and times `minigo run .` (read, parse, check, compile
# and run: it prints one line) against `go build` + running the binary (cold build cache:
# GOCACHE is a fresh folder each round) and `go build` with a warm cache.
#   bench/packages.sh [--packages P] [--files F] [--runs N] [MINIGO]
set -euo pipefail
P=50; F=20; RUNS=3; MINIGO=target/release/minigo
while [ $# -gt 0 ]; do
    case $1 in
        --packages) P=$2; shift 2 ;;
        --files) F=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        *) MINIGO=$1; shift ;;
    esac
done
MINIGO=$(realpath "$MINIGO")
dir=$(mktemp -d "${TMPDIR:-/tmp}/pkgbench.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$dir"' EXIT; echo "$dir"
printf 'module example.com/big\n\ngo 1.19\n' >"$dir/go.mod"
for ((p = 0; p < P; p++)); do
    mkdir -p "$dir/p$p"
    for ((f = 0; f < F; f++)); do
        {
            echo "package p$p"
            echo
            if [ "$p" -gt 0 ] && [ "$f" -eq 0 ]; then
                echo "import \"example.com/big/p$((p - 1))\""
                echo
                echo "var Prev = p$((p - 1)).Sum()"
            fi
            echo "type T$f struct{ a, b int; name string }"
            echo "func (t *T$f) Add(n int) int { t.a += n; return t.a + t.b }"
            echo "func (t T$f) Name() string { return t.name }"
            echo "var v$f = New$f(1)"
            echo "func New$f(n int) *T$f { return &T$f{a: n, b: $f, name: \"t$f\"} }"
            echo "func F$f(xs []int) int {"
            echo "	s := 0"
            echo "	for i, x := range xs {"
            echo "		if i%2 == 0 { s += x * $f } else { s -= x }"
            echo "	}"
            echo "	return s + v$f.Add(1)"
            echo "}"
        } >"$dir/p$p/f$f.go"
    done
    {
        echo "package p$p"
        echo
        echo "func Sum() int {"
        echo "	s := 0"
        for ((f = 0; f < F; f++)); do echo "	s += F$f([]int{1, 2, 3})"; done
        echo "	return s"
        echo "}"
    } >"$dir/p$p/sum.go"
done
last=$((P - 1))
printf 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/big/p%d"\n)\n\nfunc main() { fmt.Println(p%d.Sum(), p%d.Prev) }\n' \
    "$last" "$last" "$last" >"$dir/main.go"
lines=$(cat "$dir"/p*/*.go "$dir/main.go" | wc -l)
echo "generated: $P packages x $((F + 1)) files, $lines lines"
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
want=$(cd "$dir" && go run .)
got=$(cd "$dir" && "$MINIGO" run .)
[ "$want" = "$got" ] || { echo "outputs differ: go=$want minigo=$got" >&2; exit 1; }
mg=(); cold=(); warm=()
for ((r = 0; r < RUNS; r++)); do
    mg+=("$(cd "$dir" && seconds "$MINIGO" run .)")
    cache=$(mktemp -d "${TMPDIR:-/tmp}/gocache.XXXXXX")
    cold+=("$(cd "$dir" && seconds env GOCACHE="$cache" sh -c 'go build -o prog . && ./prog')")
    rm -rf "$cache"
    warm+=("$(cd "$dir" && seconds sh -c 'go build -o prog . && ./prog')")
done
printf 'minigo run .                      median %ss\n' "$(printf '%s\n' "${mg[@]}" | median)"
printf 'go build + run (cold GOCACHE)     median %ss\n' "$(printf '%s\n' "${cold[@]}" | median)"
printf 'go build + run (warm GOCACHE)     median %ss\n' "$(printf '%s\n' "${warm[@]}" | median)"
