#!/usr/bin/env bash
# The user path of the QGIS version matrix, run inside a matrix root (also works on a host):
# the packaged zip installed into a throwaway profile, then from the command line
# `qgis_process` lists the smartcity: algorithms, and exportmap, exportatlas and importiati
# produce their files. Usage: matrix_user_path.sh PLUGIN_ZIP OUT_DIR
# Prints one "user path: PROBLEM" line per problem; exits 1 when there was any.
set -uo pipefail

zip=$(realpath "$1")
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-/usr/bin/python3}
rm -rf "$out" && mkdir -p "$out"
root=$(mktemp -d /tmp/smartcity-user-path.XXXXXX)
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/runtime" "$root/home"

problems=0
problem() { echo "user path: $*"; problems=$((problems + 1)); }

# Debian 12's /usr/bin/qgis_process wrapper passes a flag 3.22 rejects: its .bin where there is one.
qgis_process=/usr/bin/qgis_process.bin
[ -x "$qgis_process" ] || qgis_process=/usr/bin/qgis_process

"$python" "$here/scripts/deploy.py" "$zip" --profiles-path "$root/profiles" --profile default \
  > "$out/deploy.log" 2>&1 || problem "deploy.py could not install $zip (see deploy.log)"

run() {  # run NAME ARGS... : qgis_process in the throwaway profile, output kept in OUT/NAME.log
  local name=$1; shift
  env -i PATH=/usr/bin:/bin HOME="$root/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$root/runtime" QGIS_CUSTOM_CONFIG_PATH="$root" \
    timeout 300 "$qgis_process" "$@" > "$out/$name.log" 2>&1
  local status=$?
  [ $status -eq 0 ] || problem "qgis_process $* exited $status (see $name.log)"
  return $status
}

if run list list; then
  for algorithm in exportmap exportatlas importiati; do
    grep -q "smartcity:$algorithm" "$out/list.log" || problem "qgis_process list shows no smartcity:$algorithm"
  done
fi
run exportmap run smartcity:exportmap -- "TITLE=Who cooperates where" DPI=150 OUTPUT="$out/overview.pdf"
run exportatlas run smartcity:exportatlas -- DPI=100 OUTPUT="$out/city_profiles.pdf"
run importiati --json run smartcity:importiati -- \
  INPUT="$here/tests/fixtures/iati/handmade-2.03.xml" GEOPACKAGE="$out/imported.gpkg"

for pdf in overview.pdf city_profiles.pdf; do
  if [ ! -s "$out/$pdf" ]; then
    problem "$pdf was not written"
  elif ! pdfinfo "$out/$pdf" > "$out/$pdf.info" 2>&1; then
    problem "$pdf does not open (pdfinfo: $(tail -1 "$out/$pdf.info"))"
  fi
done
if [ -s "$out/overview.pdf" ]; then
  pdftotext "$out/overview.pdf" - 2>/dev/null | grep -q "Who cooperates where" \
    || problem "overview.pdf does not show its title"
fi
if [ -s "$out/city_profiles.pdf" ]; then
  pages=$(sed -n 's/^Pages: *//p' "$out/city_profiles.pdf.info")
  [ "${pages:-0}" -gt 1 ] || problem "city_profiles.pdf has ${pages:-no} pages (one per city expected)"
fi
if [ ! -s "$out/imported.gpkg" ]; then
  problem "importiati wrote no GeoPackage"
else
  report=$("$python" - "$out/importiati.log" "$out/imported.gpkg" <<'EOF'
import json, sqlite3, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
results = json.loads(text[text.index("{"):])["results"]
database = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True)
rows = database.execute("SELECT count(*) FROM projects").fetchone()[0]
print(int(results["ADDED"]) + int(results["UPDATED"]), rows)
EOF
  ) || report=""
  read -r imported rows <<< "${report:-0 0}"
  [ "${imported:-0}" -gt 0 ] && [ "${rows:-0}" -gt 0 ] \
    || problem "importiati added no project (added+updated, rows: ${report:-unreadable}; see importiati.log)"
fi

if [ $problems -eq 0 ]; then
  echo "user path: ok ($(ls "$out" | tr '\n' ' '))"
fi
[ $problems -eq 0 ]
