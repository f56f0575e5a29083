#!/usr/bin/env bash
# Usage: build-and-check-deb.sh BUILD_DIR OUT_DIR VERSION
set -euo pipefail
build_dir=$1 out_dir=$2 version=$3
rm -rf "$out_dir"
mkdir -p "$out_dir"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out_dir" >"$out_dir/cpack.log" 2>&1 ||
    { cat "$out_dir/cpack.log"; exit 1; }
deb="$out_dir/reticle_${version}_amd64.deb"
[ -f "$deb" ] || { echo "FAIL: expected $deb; found:"; ls "$out_dir"; exit 1; }
exec "$(dirname "${BASH_SOURCE[0]}")/check-deb.sh" "$deb"
