#!/usr/bin/env bash
# Builds fuzz/seeds/ (git-ignored): every golden and example program (tests/go/**/*.go,
# examples/**/*.go), one flat file each, named after its path. All three targets start from
# it together with their committed corpus fuzz/corpus/<target>/:
#   cargo +nightly fuzz run -s none <target> fuzz/corpus/<target> fuzz/seeds
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf fuzz/seeds
mkdir -p fuzz/seeds
find tests/go examples -name '*.go' -print0 | while IFS= read -r -d '' f; do
  cp "$f" "fuzz/seeds/${f//\//_}"
done
echo "fuzz/seeds: $(ls fuzz/seeds | wc -l) programs"
