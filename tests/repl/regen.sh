#!/bin/sh
# Regenerates REPL transcript expectations (see tests/repl.rs): for each given
# tests/repl/<name>.in (default: all), <name>.out from `go run <name>.go` when that
# equivalent Go program exists (else from minigo), and <name>.err / <name>.exit from
# `minigo repl` (the REPL's own renderings: review the diff).
set -e
cd "$(dirname "$0")"
minigo=../../target/release/minigo
[ $# -gt 0 ] || set -- *.in
for in in "$@"; do
	name=$(basename "$in" .in)
	status=0
	"$minigo" repl < "$name.in" > "$name.out.minigo" 2> "$name.err" || status=$?
	if [ -f "$name.go" ]; then
		go run "$name.go" > "$name.out" < /dev/null || true
		cmp -s "$name.out" "$name.out.minigo" || echo "$name: minigo's stdout differs from go's"
		rm -f "$name.out.minigo"
	else
		mv "$name.out.minigo" "$name.out"
	fi
	[ -s "$name.err" ] || rm -f "$name.err"
	if [ "$status" != 0 ]; then echo "$status" > "$name.exit"; else rm -f "$name.exit"; fi
done
