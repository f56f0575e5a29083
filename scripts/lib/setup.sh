# Shared by scripts/demo, scripts/test and scripts/package: install missing Debian packages,
# configure and build. Source it; it defines functions only.

RETICLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RETICLE_BUILD_DIR="${RETICLE_BUILD_DIR:-$RETICLE_ROOT/build/release}"

reticle_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
reticle_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs whatever in scripts/debian-packages.txt is missing (nothing when all are present).
reticle_install_deps() {
    local wanted missing=() pkg
    wanted=$(grep -v '^\s*#' "$RETICLE_ROOT/scripts/debian-packages.txt" | grep -v '^\s*$')
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
            sudo="sudo" # will prompt for the password
        else
            reticle_die "missing Debian packages; run: sudo apt-get install -y ${missing[*]}"
        fi
    fi
    command -v apt-get >/dev/null 2>&1 ||
        reticle_die "apt-get not found; Reticle's scripts need Debian 12 (missing: ${missing[*]})"
    reticle_say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq || reticle_die "apt-get update failed; run: sudo apt-get update"
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
        reticle_die "could not install packages; run: sudo apt-get install -y ${missing[*]}"
}

# Configures (once) and builds the release tree with warnings as errors.
reticle_build() {
    if [ ! -f "$RETICLE_BUILD_DIR/build.ninja" ]; then
        reticle_say "Configuring ($RETICLE_BUILD_DIR)"
        cmake -S "$RETICLE_ROOT" -B "$RETICLE_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=Release -DRETICLE_WERROR=ON "$@" >/dev/null ||
            reticle_die "cmake configure failed"
    fi
    reticle_say "Building"
    cmake --build "$RETICLE_BUILD_DIR" --parallel "$(nproc)" || reticle_die "build failed"
}
