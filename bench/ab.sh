#!/usr/bin/env bash
# A/B of two minigo builds: each benchmark program run by BASE and NEW in turn (A B A B ...),
# so that both see the same machine load; for a refactoring that must not change speed.
#
# usage: bench/ab.sh [--runs N] BASE_BINARY NEW_BINARY PROGRAM_DIR [NAME...]
#   PROGRAM_DIR: ../shared/bench/programs; NAMEs default to every program but parked.
# Prints per program the median over rounds of new/base wall time and of new/base
# user+sys CPU time (less sensitive to other load). Timing is GNU time's (10 ms quanta):
# use hyperfine for programs under 0.2 s. Requires GNU time at /usr/bin/time, awk, sort.
set -u
runs=5
if [ "${1:-}" = --runs ]; then runs=$2; shift 2; fi
[ $# -ge 3 ] || { sed -n '2,9p' "$0"; exit 2; }
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
base=$(abs "$1") new=$(abs "$2") dir=$(cd "$3" && pwd)
shift 3
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for p in "$dir"/*.go; do
		n=$(basename "$p" .go)
		[ "$n" = parked ] || names+=("$n")
	done
fi
t=$(mktemp "${TMPDIR:-/tmp}/ab-time.XXXXXX")
trap 'rm -f "$t"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { /usr/bin/time -o "$t" -f "%e %U %S" "$1" run "$dir/$2.go" >/dev/null 2>&1; tail -1 "$t"; }
cd "$dir" || exit 1
for n in "${names[@]}"; do
	walls=() cpus=()
	for _ in $(seq "$runs"); do
		a=$(timed "$base" "$n")
		b=$(timed "$new" "$n")
		walls+=("$(echo "$a $b" | awk '{if ($1 > 0) printf "%.3f", $4 / $1; else print "nan"}')")
		cpus+=("$(echo "$a $b" | awk '{if ($2 + $3 > 0) printf "%.3f", ($5 + $6) / ($2 + $3); else print "nan"}')")
	done
	printf "%-12s wall new/base %s   cpu new/base %s\n" "$n" \
		"$(printf "%s\n" "${walls[@]}" | median)" "$(printf "%s\n" "${cpus[@]}" | median)"
done
