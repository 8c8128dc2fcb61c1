#!/usr/bin/env bash
# Checks the exported API of github.com/openroles/roles against the baseline
# recorded in api/roles.export, with apidiff at a pinned version.
#
#   api/check.sh           fail (exit 1) on any incompatible change
#   api/check.sh -update   record the current API as the new baseline
#
# apidiff itself exits 0 whatever it finds, so this script reads its output:
# with -incompatible it prints nothing when the API is compatible.
# See api/README.md for when to update the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."

apidiff_version=v0.0.0-20261113113407-e3970619a1a4 # golang.org/x/exp
pkg=github.com/openroles/roles
baseline=api/roles.export

apidiff() { go run "golang.org/x/exp/cmd/apidiff@$apidiff_version" "$@"; }

case "${1:-}" in
-update)
	# Run in the module's directory, so that apidiff reads this tree and
	# not a copy of the module from the module cache.
	apidiff -w "$baseline" "$pkg"
	echo "api: wrote $baseline"
	exit 0
	;;
"") ;;
*)
	echo "usage: api/check.sh [-update]" >&2
	exit 2
	;;
esac

if [ ! -f "$baseline" ]; then
	echo "api: no baseline $baseline: run api/check.sh -update at a release" >&2
	exit 1
fi
report=$(apidiff -incompatible "$baseline" "$pkg")
if [ -n "$report" ]; then
	echo "api: incompatible changes to $pkg since $baseline:" >&2
	echo "$report" >&2
	echo "api: restore the old API, or see api/README.md" >&2
	exit 1
fi
echo "api: no incompatible changes since $baseline"
