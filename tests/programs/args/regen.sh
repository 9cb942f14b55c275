#!/usr/bin/env bash
# Regenerates flags.cases from real Go: each line of flags.args is one command line for
# `go build`'s binary of flags.go; its exit code, stdout and stderr (the usage line's program
# name replaced by PROG) are recorded. Run from this folder.
set -eu
exe=$(mktemp -d)/flags
go build -o "$exe" flags.go
while IFS= read -r args; do
	set +e
	# shellcheck disable=SC2086
	"$exe" $args >"$exe.out" 2>"$exe.err"
	code=$?
	set -e
	echo "=== $args"
	echo "exit $code"
	echo "--- stdout"
	cat "$exe.out"
	echo "--- stderr"
	sed 's|^Usage of .*:|Usage of PROG:|' "$exe.err"
done <flags.args >flags.cases
