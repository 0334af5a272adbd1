#!/usr/bin/env bash
# Install the Debian packages the plugin's tools need (Debian 12, 13 or testing); do nothing
# when all are there. No PostgreSQL major version here: `postgresql` and `postgresql-postgis`
# follow whichever major the Debian release ships (15 on 12, 17 on 13, 18 on testing).
set -euo pipefail

PACKAGES=(
  qgis python3-qgis qgis-providers      # QGIS (3.22 on Debian 12, 3.40 on 13, 3.44 on testing)
  python3-venv python3-pip              # the test venv
  python3-shapely python3-pyproj python3-requests  # Debian builds matching its numpy
  python3-psycopg2                      # the PostGIS registry tests talk to their cluster
  qttools5-dev-tools pyqt5-dev-tools    # lrelease, pylupdate5 (translations)
  xvfb xauth                            # the real desktop, headless
  poppler-utils                         # pdftotext/pdftoppm to check exported maps
  fonts-noto-core                       # Noto Sans: Latin with Vietnamese, Thai, Khmer, Lao, Myanmar
  fonts-noto-cjk                        # Noto Sans CJK: Korean in exported maps
  fonts-open-sans                       # QGIS 3.40+ wants it and would try to download it
  postgresql postgresql-postgis         # throwaway cluster for the PostGIS registry tests
  make                                  # the developer commands
)
# The QGIS version matrix (scripts/test_matrix.sh) builds Debian roots with debootstrap.
[ "${SMARTCITY_SETUP_NO_MATRIX:-}" = 1 ] || PACKAGES+=(debootstrap rsync)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get update && apt-get install -y ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: this needs Debian 12 or newer (apt-get not found). Missing: ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing Debian packages: ${missing[*]}" >&2
  echo "setup: run this as root, then run make again:" >&2
  echo "    sudo sh -c '$command'" >&2
  exit 1
fi
echo "setup: installing ${missing[*]} (takes a few minutes)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
