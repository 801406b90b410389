#!/usr/bin/env bash
# Attach the built installers to a GitHub release for TAG (a draft, created if missing), with
# a SHA256SUMS file. Needs the gh CLI, logged in or with GH_TOKEN set (CI passes GITHUB_TOKEN).
# Usage: publish_release.sh TAG FILE...
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 TAG FILE..." >&2; exit 2; }
tag=$1
shift
sums=$(mktemp -d)/SHA256SUMS
(for f in "$@"; do (cd "$(dirname "$f")" && sha256sum "$(basename "$f")"); done) > "$sums"
cat "$sums"
if ! gh release view "$tag" >/dev/null 2>&1; then
    gh release create "$tag" --draft --title "Hearth ${tag#v}" --generate-notes
fi
gh release upload "$tag" --clobber "$@" "$sums"
