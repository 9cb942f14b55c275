#!/usr/bin/env bash
# Run the whole golden suite (known failures included) and rewrite tests/go/known_failures.txt
# with exactly the names of the failing trials.
#   tests/update_known_failures.sh [extra libtest-mimic args, e.g. a name filter]
# Note: with a name filter only the filtered trials run, but the list is still rewritten from
# their results alone; run it without a filter to get the complete list.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list="$root/tests/go/known_failures.txt"
log=$(mktemp "${TMPDIR:-/tmp}/golden.XXXXXX")
trap 'rm -f "$log"' EXIT
(cd "$root" && cargo test --test golden -- --include-ignored "$@") >"$log" 2>&1
summary=$(grep -E '^test result:' "$log" | tail -n1)
if [ -z "$summary" ]; then
    echo "the golden suite did not run:" >&2
    tail -n 40 "$log" >&2
    exit 1
fi
{
    echo "# Golden trials that minigo does not pass yet (one name per line; '#' starts a comment)."
    echo "# They run as ignored tests: cargo test --test golden -- --ignored"
    echo "# Regenerate with tests/update_known_failures.sh"
    sed -n -E 's/^test ([^ ]+) +\.\.\. FAILED$/\1/p' "$log" | sort -u
} >"$list"
echo "$summary"
echo "$(grep -cv '^#' "$list") known failures written to $list"
