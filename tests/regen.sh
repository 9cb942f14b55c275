#!/usr/bin/env bash
# Regenerate the expectations of `// run` golden tests from real Go (never by hand).
#   tests/regen.sh                      # every // run file under tests/go (go1.22 ones skipped)
#   tests/regen.sh tests/go/slices/append_growth.go ...   # just these
# For each file: `go build -trimpath [FLAGS] -o TMP/prog name.go` in the file's directory, run the
# binary from that directory (standard input: name.in when it exists), and write stdout to name.out, stderr to name.err (removed when
# empty) and the exit code into the recipe line (`// run [FLAGS] exit=N [procs=…]`, no exit= when 0).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    mapfile -t files < <(find "$here/go" -name '*.go' | sort)
else
    files=("$@")
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/regen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0
for f in "${files[@]}"; do
    f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
    recipe=$(head -n1 "$f")
    read -r -a words <<<"$recipe"
    if [ "${words[0]:-}" != "//" ] || [ "${words[1]:-}" != run ]; then continue; fi
    flags=()
    procs=
    skip=0
    for w in "${words[@]:2}"; do
        case $w in
            go1.22) skip=1 ;;
            exit=*) ;;
            procs=*) procs=$w ;;
            -*) flags+=("$w") ;;
            *) echo "$f: unknown recipe word $w" >&2; status=1; skip=1 ;;
        esac
    done
    [ $skip = 1 ] && continue
    dir=$(dirname "$f"); base=$(basename "$f" .go)
    if ! (cd "$dir" && go build -trimpath "${flags[@]}" -o "$tmp/prog" "$base.go"); then
        echo "$f: go build failed" >&2; status=1; continue
    fi
    stdin=/dev/null; [ -f "$dir/$base.in" ] && stdin="$dir/$base.in"
    (cd "$dir" && timeout 120 "$tmp/prog" >"$base.out" 2>"$base.err" <"$stdin")
    rc=$?
    [ -s "$dir/$base.err" ] || rm -f "$dir/$base.err"
    [ -s "$dir/$base.out" ] || rm -f "$dir/$base.out"
    line="// run${flags[*]:+ ${flags[*]}}"
    [ $rc != 0 ] && line="$line exit=$rc"
    [ -n "$procs" ] && line="$line $procs"
    if [ "$line" != "$recipe" ]; then
        sed -i "1s|.*|$line|" "$f"
    fi
    echo "$rc $f"
done
exit $status
