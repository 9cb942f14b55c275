#!/usr/bin/env bash
# The cost of -race: each benchmark program run by minigo without and with -race, and by
# go-built binaries without and with -race (`go build -race`), in turn (A B C D A B C D ...).
#
# usage: bench/race.sh [--runs N] MINIGO_BINARY PROGRAM_DIR [NAME...]
#   PROGRAM_DIR: ../shared/bench/programs; NAMEs default to the issue's ten programs.
# Prints per program the median wall time and peak RSS of each variant and the ratios
# race/plain (minigo's and Go's). Requires go, GNU time at /usr/bin/time, awk, sort.
set -u
runs=3
if [ "${1:-}" = --runs ]; then runs=$2; shift 2; fi
[ $# -ge 2 ] || { sed -n '2,8p' "$0"; exit 2; }
minigo=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
shift 2
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(fib loop nbody sieve binarytrees maps mutex pingpong spawn primesieve)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/race-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-12s %9s %9s %7s %9s %9s %7s %8s %8s %8s %8s\n' program mg mg-race ratio go go-race ratio \
    mgMB mgraceMB goMB goraceMB
for name in "${names[@]}"; do
    src="$dir/$name.go"
    go build -o "$tmp/$name" "$src" && go build -race -o "$tmp/$name-race" "$src" || continue
    cmds=("$minigo run $src" "$minigo run -race $src" "$tmp/$name" "$tmp/$name-race")
    for r in $(seq "$runs"); do
        for i in 0 1 2 3; do
            /usr/bin/time -f '%e %M' -o "$tmp/t" ${cmds[$i]} >/dev/null 2>"$tmp/err"
            read -r secs kb <"$tmp/t"
            echo "$secs" >>"$tmp/$name.$i.time"
            echo "$kb" >>"$tmp/$name.$i.rss"
        done
    done
    t=(); m=()
    for i in 0 1 2 3; do
        t[$i]=$(median <"$tmp/$name.$i.time")
        m[$i]=$(median <"$tmp/$name.$i.rss")
    done
    awk -v n="$name" -v a="${t[0]}" -v b="${t[1]}" -v c="${t[2]}" -v d="${t[3]}" \
        -v ma="${m[0]}" -v mb="${m[1]}" -v mc="${m[2]}" -v md="${m[3]}" 'BEGIN {
        printf "%-12s %9.3f %9.3f %6.1fx %9.3f %9.3f %6.1fx %8.0f %8.0f %8.0f %8.0f\n",
            n, a, b, b / a, c, d, d / c, ma / 1024, mb / 1024, mc / 1024, md / 1024 }'
done
