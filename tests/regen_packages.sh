#!/usr/bin/env bash
# Regenerate the expectations of the folder golden tests (tests/golden/packages.rs) from real Go.
#   tests/regen_packages.sh                         # every folder under tests/go with go.mod or run.args
#   tests/regen_packages.sh tests/go/packages/x ... # just these
# For each folder: ARGS = first line of run.args (default `.`); its leading `*.go` words (or `.`)
# are built with `go build -o TMP/prog` in the folder (GO111MODULE=off without a go.mod), the
# binary runs there with the remaining words as arguments; stdout goes to <folder>.out, stderr to
# <folder>.err, the exit status to <folder>.exit (each removed when empty / 0). A failed build
# writes go build's stderr and exit status 1. The folder's absolute path is written as DIR.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    mapfile -t dirs < <(find "$here/go" \( -name go.mod -o -name run.args \) -printf '%h\n' | sort -u)
else
    dirs=("$@")
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/regen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for d in "${dirs[@]}"; do
    d=$(cd "$d" && pwd -P)
    words=(.)
    [ -f "$d/run.args" ] && read -r -a words <"$d/run.args"
    targets=(); rest=()
    for w in "${words[@]}"; do
        if [ ${#rest[@]} -eq 0 ] && [[ $w == *.go ]]; then targets+=("$w"); else rest+=("$w"); fi
    done
    if [ ${#targets[@]} -eq 0 ]; then targets=("${rest[0]}"); rest=("${rest[@]:1}"); fi
    mode=on; [ -f "$d/go.mod" ] || mode=off
    if (cd "$d" && GO111MODULE=$mode go build -o "$tmp/prog" "${targets[@]}") 2>"$tmp/err"; then
        (cd "$d" && timeout 120 "$tmp/prog" "${rest[@]}" >"$d.out" 2>"$tmp/err" </dev/null)
        rc=$?
    else
        rc=1; : >"$d.out"
    fi
    sed "s|$d|DIR|g" "$tmp/err" >"$d.err"
    echo "$rc" >"$d.exit"
    [ -s "$d.err" ] || rm -f "$d.err"
    [ -s "$d.out" ] || rm -f "$d.out"
    [ "$rc" = 0 ] && rm -f "$d.exit"
    echo "$rc $d"
done
