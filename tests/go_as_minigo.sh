#!/usr/bin/env bash
# A stand-in for the minigo binary backed by the real Go toolchain, for checking the golden
# harness and the stored expectations:
#   MINIGO_BIN=$PWD/tests/go_as_minigo.sh cargo test --test golden
# Usage (same as minigo): go_as_minigo.sh run [FLAGS] file.go
#   - builds file.go with `go build -trimpath [FLAGS]` and execs the binary (exit code preserved);
#   - on a compile error prints go's diagnostics (`./file.go:L:C: msg`) and exits 1.
set -u
if [ "${1:-}" != run ]; then echo "usage: $0 run [flags] file.go" >&2; exit 64; fi
shift
flags=()
while [ $# -gt 1 ]; do flags+=("$1"); shift; done
file=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/go_as_minigo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if ! go build -trimpath "${flags[@]}" -o "$tmp/prog" "$file" 2>"$tmp/build.err"; then
    grep -v '^#' "$tmp/build.err" >&2
    exit 1
fi
"$tmp/prog"
