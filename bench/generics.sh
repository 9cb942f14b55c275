#!/usr/bin/env bash
# The cost of generics in minigo, against go1.19 in the same run:
# 1. bench/generic_sum.go: the same work through generic functions and a generic type
#    (`generic`) and through hand-instantiated twins (`hand`); hyperfine times both, for
#    `minigo run` and for the `go build` binary. Target: generic as fast as hand-written.
# 2. Many instantiations: a generated program with N named types, each used to instantiate
#    a generic function and a generic type with three methods (N = 1, 100, 1000); reports
#    `minigo run` wall time and peak RSS (check + compile + run; the program prints one line)
#    against `go build` (fresh cache) of the same file.
#   bench/generics.sh [--runs N] [MINIGO]
set -euo pipefail
RUNS=10; MINIGO=target/release/minigo
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        *) MINIGO=$1; shift ;;
    esac
done
MINIGO=$(realpath "$MINIGO")
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/genbench.XXXXXX")
trap 'rm -rf "$dir"' EXIT

echo "== generic vs hand-instantiated (bench/generic_sum.go)"
go build -o "$dir/sum" "$here/generic_sum.go"
hyperfine -N -w 1 -r "$RUNS" \
    "$MINIGO run $here/generic_sum.go generic" "$MINIGO run $here/generic_sum.go hand" \
    "$dir/sum generic" "$dir/sum hand" 2>&1 | grep -E "Time|±|run |sum "

echo "== many instantiations"
gen() { # N -> program with N instantiations of Apply and Ring
    local n=$1
    {
        printf 'package main\n\nimport "fmt"\n\n'
        printf 'type Ring[T any] struct {\n\titems []T\n\tnext  int\n}\n\n'
        printf 'func (r *Ring[T]) Put(x T) { r.items[r.next%%len(r.items)] = x; r.next++ }\n'
        printf 'func (r *Ring[T]) Len() int { return len(r.items) }\n'
        printf 'func (r *Ring[T]) Last() T { return r.items[(r.next-1)%%len(r.items)] }\n\n'
        printf 'func Apply[T any](xs []T, f func(T) T) int {\n\tn := 0\n\tfor i, x := range xs {\n\t\txs[i] = f(x)\n\t\tn++\n\t}\n\treturn n\n}\n\n'
        for i in $(seq 0 $((n - 1))); do printf 'type T%d int\n' "$i"; done
        printf '\nfunc main() {\n\ttotal := 0\n'
        for i in $(seq 0 $((n - 1))); do
            printf '\t{\n\t\tr := &Ring[T%d]{items: make([]T%d, 4)}\n\t\tr.Put(%d)\n' "$i" "$i" "$i"
            printf '\t\ttotal += Apply(r.items, func(x T%d) T%d { return x + 1 }) + int(r.Last()) + r.Len()\n\t}\n' "$i" "$i"
        done
        printf '\tfmt.Println(total)\n}\n'
    } >"$dir/inst$n.go"
}
printf '%-6s %12s %12s %14s\n' N "minigo s" "minigo MiB" "go build s"
for n in 1 100 1000; do
    gen "$n"
    out=$( { /usr/bin/time -f "%e %M" "$MINIGO" run "$dir/inst$n.go" >/dev/null; } 2>&1 | tail -1)
    gos=$( { GOCACHE="$dir/cache$n" /usr/bin/time -f "%e" go build -o "$dir/inst$n" "$dir/inst$n.go"; } 2>&1 | tail -1)
    [ "$("$MINIGO" run "$dir/inst$n.go")" = "$("$dir/inst$n")" ] || { echo "output differs at N=$n"; exit 1; }
    read -r s kb <<<"$out"
    printf '%-6s %12s %12s %14s\n' "$n" "$s" "$(awk -v k="$kb" 'BEGIN{printf "%.1f", k/1024}')" "$gos"
done
