#!/usr/bin/env bash
# Make the folder bench/scaling.py measures from: a stripped release minigo, the benchmark
# programs (plus parked1m.go, one million parked goroutines) and each one built with go.
# usage: bench/make_kit.sh KIT_DIR [BENCH_PROGRAMS_DIR]   (default ../shared/bench/programs)
set -eu
kit=$1
progs=${2:-"$(dirname "$0")/../../shared/bench/programs"}
mkdir -p "$kit/progs" "$kit/go"
cargo build --release
strip -o "$kit/minigo" target/release/minigo
cp "$progs"/*.go "$kit/progs/"
sed 's/const n = 100000$/const n = 1000000/' "$progs/parked.go" >"$kit/progs/parked1m.go"
for f in "$kit"/progs/*.go; do
	name=$(basename "$f" .go)
	(cd "$kit/progs" && go build -o "../go/$name" "$name.go")
done
echo "kit ready in $kit"
