# Sourced by demo.sh and test.sh: installs the Debian packages named in $@ that are missing.
install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The library needs Boost headers >= 1.74; the CLI needs Boost.JSON (>= 1.75): Debian's libboost1.81-dev.
BUILD_PACKAGES=(cmake make g++ libboost1.81-dev)
# The tests also validate NITF with xmllint, build a pkg-config consumer, and build and test the Python
# module (pybind11, pytest) on a Dask cluster.
TEST_PACKAGES=(doctest-dev python3 libxml2-utils pkgconf python3-dev pybind11-dev python3-pytest python3-dask
               python3-distributed)
