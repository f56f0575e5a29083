#!/usr/bin/env bash
# Checks a built reticle .deb: the three binaries, the desktop file (desktop-file-validate), the
# hicolor SVG icon, AppStream metainfo (appstreamcli validate), shlibdeps-computed Depends, and
# that the packaged CLI runs.
set -euo pipefail
deb=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no such package: $deb"
case "$(basename "$deb")" in reticle_*_amd64.deb) ;; *) fail "file name $(basename "$deb") is not reticle_<version>_amd64.deb" ;; esac

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/reticle ./usr/bin/reticle-cli ./usr/bin/reticle-sim \
    ./usr/share/applications/app.reticle.Reticle.desktop \
    ./usr/share/icons/hicolor/scalable/apps/app.reticle.Reticle.svg \
    ./usr/share/metainfo/app.reticle.Reticle.metainfo.xml; do
    grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libmosquitto1 qt6-qpa-plugins libqt6svg6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (shlibdeps not run?): $depends"
done
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "architecture is not amd64"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
desktop-file-validate "$tmp/usr/share/applications/app.reticle.Reticle.desktop" ||
    fail "desktop-file-validate rejected the .desktop file"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --pedantic "$tmp/usr/share/metainfo/app.reticle.Reticle.metainfo.xml" ||
        fail "appstreamcli rejected the metainfo"
fi
grep -q '<svg' "$tmp/usr/share/icons/hicolor/scalable/apps/app.reticle.Reticle.svg" || fail "icon is not an SVG"
version=$(dpkg-deb -f "$deb" Version)
out=$("$tmp/usr/bin/reticle-cli" --version) || fail "packaged reticle-cli does not run"
[ "$out" = "reticle-cli $version" ] || fail "packaged reticle-cli reports '$out', package version is $version"
echo "OK: $(basename "$deb") ($(wc -l <<<"$contents") entries), Depends: $depends"
