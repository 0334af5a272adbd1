#!/usr/bin/env bash
# The QGIS version matrix: Debian 13 "trixie" (QGIS 3.40 LTR) and Debian testing "forky"
# (QGIS 3.44) roots built with debootstrap from the mirror the host's apt sources name,
# cached outside the checkout; in each, the checkout's whole test suite and the user path
# (scripts/matrix_user_path.sh). Results: build/matrix/results.txt. Needs root.
#
#   scripts/test_matrix.sh                       both versions, suite + user path
#   scripts/test_matrix.sh --suite trixie        one version
#   scripts/test_matrix.sh --suite forky --worktree /work/wt/compat -- \
#       .venv/bin/python -m pytest --qgis_disable_gui tests/qgis/test_io_iati.py -q
#                                                any command in a copy of that worktree
#   scripts/test_matrix.sh --suite trixie --build-only     only build/refresh the root
#   scripts/test_matrix.sh --suite trixie --shell          an interactive shell there
#
# Environment: SMARTCITY_MATRIX_CACHE (default /var/cache/smartcity-matrix),
# SMARTCITY_MATRIX_MIRROR (default: from the host's apt sources).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${SMARTCITY_MATRIX_CACHE:-/var/cache/smartcity-matrix}
ALL_SUITES=(trixie forky)
ROOT_FORMAT=1  # bump when the way a root is prepared changes: every root is prepared again
VENV_IN_ROOT=/opt/smartcity-venv
CHECKOUTS_IN_ROOT=/srv/checkouts

log() { echo "matrix: $(date -u +%H:%M:%S) $*" >&2; }

# ------------------------------------------------------------------ mounts (always undone)
mounted=()
unmount_all() {
  local index
  for ((index = ${#mounted[@]} - 1; index >= 0; index--)); do
    umount "${mounted[index]}" 2>/dev/null || umount -l "${mounted[index]}" 2>/dev/null || true
  done
  mounted=()
}
child=""
stop_child() {  # the command running in the root, when this script is stopped
  [ -z "$child" ] || kill -TERM "$child" 2>/dev/null || true
  [ -z "$child" ] || wait "$child" 2>/dev/null || true
}
trap unmount_all EXIT
trap 'stop_child; unmount_all; exit 130' INT
trap 'stop_child; unmount_all; exit 143' TERM

mount_root() {  # the kernel file systems QGIS, Xvfb and PostgreSQL need
  local root=$1 point
  unmount_stale "$root"
  for point in proc sys dev dev/pts dev/shm; do
    mkdir -p "$root/$point"
    mount --bind "/$point" "$root/$point"
    mounted+=("$root/$point")
  done
}

unmount_stale() {  # mounts left by a run that was killed (we hold the root's lock)
  local root=$1 point
  { findmnt -rn -o TARGET | grep -E "^$(realpath "$root")/" || true; } | sort -r | while read -r point; do
    log "unmounting $point left from an earlier run"
    umount "$point" 2>/dev/null || umount -l "$point"
  done
}

remove_root() {  # only when nothing is mounted inside: never follow a bind mount of /dev
  local root=$1
  [ -e "$root" ] || return 0
  unmount_stale "$root"
  if findmnt -rn -o TARGET | grep -qE "^$(realpath "$root")/"; then
    echo "matrix: $root still has mounts; not removing it" >&2; return 1
  fi
  rm -rf --one-file-system "$root"
}

# ------------------------------------------------------------------ in the root
in_root() {  # in_root ROOT COMMAND...: a clean environment; pip's settings from the host's
  local root=$1; shift
  local environment=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
                     LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive SMARTCITY_SETUP_NO_MATRIX=1
                     SMARTCITY_MATRIX_SUITE="$(basename "$root")")
  local name
  for name in $(compgen -e); do
    # A local wheel folder of the host (PIP_FIND_LINKS=/some/dir) does not exist in the root.
    [ "$name" = PIP_FIND_LINKS ] && [ "${!name:0:1}" = / ] && [ ! -e "$root${!name}" ] && continue
    case $name in
      PIP_*|http_proxy|https_proxy|no_proxy|HTTP_PROXY|HTTPS_PROXY|NO_PROXY|SMARTCITY_*) environment+=("$name=${!name}") ;;
    esac
  done
  # In the background and waited for: a TERM to this script then runs its trap at once
  # (stop the command, unmount) instead of after the command; stdin stays the terminal's.
  chroot "$root" /usr/bin/env -i "${environment[@]}" "$@" <&0 &
  child=$!
  local status=0
  wait $child || status=$?
  child=""
  return $status
}

host_files_into_root() {  # network settings of the host: DNS, local CAs, pip and apt proxy
  local root=$1
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
  fi
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"
  if [ -d /etc/xdg/pip ]; then
    mkdir -p "$root/etc/xdg" && rm -rf "$root/etc/xdg/pip" && cp -r /etc/xdg/pip "$root/etc/xdg/pip"
  fi
  apt-config dump | grep -iE '^Acquire::(https?|ftp)::Proxy' > "$root/etc/apt/apt.conf.d/90host-proxy" || true
}

configure_apt() {  # sources from the host's mirror; a snapshot mirror outlives Valid-Until
  local root=$1 suite=$2 mirror=$3 security=$4
  {
    echo "deb $mirror $suite main"
    if [ "$suite" = trixie ]; then
      echo "deb $mirror $suite-updates main"
      [ "$security" = - ] || echo "deb $security $suite-security main"
    fi
  } > "$root/etc/apt/sources.list"
  cat > "$root/etc/apt/apt.conf.d/90smartcity-matrix" <<'EOF'
Acquire::Check-Valid-Until "false";
Acquire::Retries "3";
APT::Get::Assume-Yes "true";
EOF
  # No service may start inside the root while packages install (PostgreSQL's main cluster...).
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
}

packages_stamp() {  # what the root's packages depend on (this checkout's list): a change installs again
  local suite=$1 mirror=$2
  { echo "format $ROOT_FORMAT $suite $mirror"; cat "$REPO/scripts/setup_system.sh"; } | sha256sum | cut -c1-16
}

venv_stamp() {  # the test venv depends on the pinned tools only
  { echo "format $ROOT_FORMAT"; cat "$REPO/requirements/test.txt"; } | sha256sum | cut -c1-16
}

build_root() {  # debootstrap once; then install packages and the venv when their stamps changed
  local suite=$1 root=$CACHE/$1 mirror security script stamp started
  local mirrors
  if [ -n "${SMARTCITY_MATRIX_MIRROR:-}" ]; then
    mirrors="$SMARTCITY_MATRIX_MIRROR ${SMARTCITY_MATRIX_SECURITY_MIRROR:--}"
  else
    mirrors=$(/usr/bin/python3 "$REPO/scripts/matrix_support.py" mirror) || return 1
  fi
  read -r mirror security <<< "$mirrors"
  [ "$rebuild" = 0 ] || remove_root "$root"
  if [ ! -f "$root/.smartcity-base" ]; then
    started=$SECONDS
    script=/usr/share/debootstrap/scripts/$suite
    [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid  # Debian 12's debootstrap knows no forky
    log "$suite: debootstrap from $mirror into $root"
    remove_root "$root.partial"
    debootstrap --variant=minbase --include=ca-certificates "$suite" "$root.partial" "$mirror" "$script" \
      > "$CACHE/$suite.debootstrap.log" 2>&1 \
      || { tail -20 "$CACHE/$suite.debootstrap.log" >&2; echo "matrix: debootstrap $suite failed" >&2; return 1; }
    touch "$root.partial/.smartcity-base"
    remove_root "$root"
    mv "$root.partial" "$root"
    log "$suite: base system in $((SECONDS - started)) s"
  fi
  stamp=$(packages_stamp "$suite" "$mirror")
  host_files_into_root "$root"
  if [ "$(cat "$root/.smartcity-packages" 2>/dev/null)" = "$stamp" ] \
      && [ "$(cat "$root/.smartcity-venv" 2>/dev/null)" = "$(venv_stamp)" ]; then
    return 0
  fi
  started=$SECONDS
  mount_root "$root"
  mkdir -p "$root/tmp/smartcity-setup"
  cp "$REPO/scripts/setup_system.sh" "$REPO/scripts/check_environment.py" \
     "$REPO/requirements/test.txt" "$root/tmp/smartcity-setup/"
  if [ "$(cat "$root/.smartcity-packages" 2>/dev/null)" != "$stamp" ]; then
    log "$suite: installing QGIS and the test tools (3 to 10 minutes)"
    configure_apt "$root" "$suite" "$mirror" "$security"
    rm -f "$root/.smartcity-packages"
    in_root "$root" update-ca-certificates >/dev/null
    in_root "$root" apt-get update -qq
    in_root "$root" bash /tmp/smartcity-setup/setup_system.sh \
      > "$CACHE/$suite.setup.log" 2>&1 \
      || { tail -30 "$CACHE/$suite.setup.log" >&2; echo "matrix: installing packages in $suite failed" >&2; return 1; }
    in_root "$root" apt-get clean
    echo "$stamp" > "$root/.smartcity-packages"
  fi
  if [ "$(cat "$root/.smartcity-venv" 2>/dev/null)" != "$(venv_stamp)" ]; then
    log "$suite: the test venv ($VENV_IN_ROOT)"
    rm -f "$root/.smartcity-venv"
    rm -rf "$root$VENV_IN_ROOT"
    in_root "$root" /usr/bin/python3 -m venv --system-site-packages "$VENV_IN_ROOT"
    in_root "$root" "$VENV_IN_ROOT/bin/python" -m pip install --quiet --disable-pip-version-check \
      -r /tmp/smartcity-setup/test.txt
    venv_stamp > "$root/.smartcity-venv"
  fi
  in_root "$root" "$VENV_IN_ROOT/bin/python" /tmp/smartcity-setup/check_environment.py
  rm -rf "$root/tmp/smartcity-setup"
  unmount_all
  log "$suite: root ready in $((SECONDS - started)) s ($(du -sh --one-file-system "$root" | cut -f1))"
}

sync_checkout() {  # the working tree (not only what is committed), without build products
  local root=$1 name
  name=$(basename "$worktree")
  local target=$root$CHECKOUTS_IN_ROOT/$name
  mkdir -p "$target"
  rsync -a --delete --exclude=/.venv --exclude=/build --exclude=/out --exclude=/dist \
    --exclude=/.git --exclude=__pycache__ --exclude=.pytest_cache --exclude=/.qgis-profiles \
    "$worktree/" "$target/"
  ln -sfn "$VENV_IN_ROOT" "$target/.venv"
  touch "$root$VENV_IN_ROOT/.setup-done"  # the root's venv is set up: make must not redo it
  echo "$CHECKOUTS_IN_ROOT/$name"
}

qgis_version() {
  in_root "$1" /usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])' \
    2>/dev/null || echo unknown
}

run_suite() {  # the whole suite and the user path; results into $results_dir
  local suite=$1 root=$CACHE/$1 checkout out status=0 user_path=() version started
  checkout=$(sync_checkout "$root")
  out=$results_dir/$suite
  rm -rf "$out" && mkdir -p "$out"
  mount_root "$root"
  version=$(qgis_version "$root")
  started=$SECONDS
  log "$suite: QGIS $version: the whole suite (make test)"
  mkdir -p "$root$checkout/build" && touch "$root$checkout/build/.matrix-run-started"
  # What `make test` runs (each QGIS test file in its own process, so a crash ends one file, not
  # the run), with every outcome also logged for the results file.
  in_root "$root" bash -c "cd $checkout && rm -rf build/matrix && mkdir -p build/matrix && make package && \
    QT_QPA_PLATFORM=offscreen SMARTCITY_UPDATE_SCREENSHOT=1 \
    SMARTCITY_MATRIX_TEST_LOG=$checkout/build/matrix/tests.jsonl .venv/bin/python scripts/run_tests.py \
      -p no:cacheprovider -rfEs --qgis_disable_gui tests" \
    > "$out/make-test.log" 2>&1 || status=1
  log "$suite: suite done in $((SECONDS - started)) s: $(grep -E '^tests: [0-9]+ passed' "$out/make-test.log" | tail -1)"
  cp "$root$checkout/build/matrix/tests.jsonl" "$out/tests.jsonl" 2>/dev/null || true
  # The desktop tests' screenshots taken on this QGIS (SMARTCITY_UPDATE_SCREENSHOT=1), for the README.
  find "$root$checkout/docs/images" -name '*.png' -newer "$root$checkout/build/.matrix-run-started" \
    -exec cp {} "$out/" \; 2>/dev/null || true
  started=$SECONDS
  log "$suite: the user path (packaged zip, qgis_process)"
  in_root "$root" bash -c "cd $checkout && make package >/dev/null && \
    bash scripts/matrix_user_path.sh dist/smartcity_plugin-*.zip build/matrix/user-path" \
    > "$out/user-path.log" 2>&1 || status=1
  rm -rf "$out/user-path" && cp -r "$root$checkout/build/matrix/user-path" "$out/user-path" 2>/dev/null || true
  mapfile -t user_path < <(sed -n 's/^user path: //p' "$out/user-path.log" | grep -v '^ok')
  if [ ${#user_path[@]} -eq 0 ] && ! grep -q '^user path: ok' "$out/user-path.log"; then
    user_path=("did not finish: $(tail -1 "$out/user-path.log")")
  fi
  log "$suite: user path done in $((SECONDS - started)) s"
  unmount_all
  local arguments=(record --results "$results_dir/results.txt" --suite "$suite" --qgis "$version"
                   --tests "$out/tests.jsonl" --stamp "$(date -u '+%Y-%m-%d %H:%M UTC'), $(basename "$worktree")@$(git -C "$worktree" rev-parse --short HEAD 2>/dev/null || echo '?')")
  local problem
  for problem in "${user_path[@]}"; do arguments+=(--user-path-problem "$problem"); done
  /usr/bin/python3 "$REPO/scripts/matrix_support.py" "${arguments[@]}"
  return $status
}

# The whole run is one function: bash has read all of it before it starts, so editing this
# file while a long run goes on cannot change what that run does.
main() {
  suites=()
  worktree=$REPO
  results_dir=""
  rebuild=0
  build_only=0
  shell=0
  command=()

  usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
  while [ $# -gt 0 ]; do
    case $1 in
      --suite) suites+=("$2"); shift 2 ;;
      --worktree) worktree=$(cd "$2" && pwd); shift 2 ;;
      --results) results_dir=$2; shift 2 ;;
      --rebuild) rebuild=1; shift ;;
      --build-only) build_only=1; shift ;;
      --shell) shell=1; shift ;;
      -h|--help) usage 0 ;;
      --) shift; command=("$@"); break ;;
      *) echo "matrix: unknown argument $1" >&2; usage 2 ;;
    esac
  done
  [ ${#suites[@]} -gt 0 ] || suites=("${ALL_SUITES[@]}")
  results_dir=${results_dir:-$worktree/build/matrix}
  for suite in "${suites[@]}"; do
    case " ${ALL_SUITES[*]} " in *" $suite "*) ;; *) echo "matrix: unknown suite $suite" >&2; exit 2 ;; esac
  done
  if [ "$(id -u)" -ne 0 ]; then
    echo "matrix: debootstrap and chroot need root" >&2; exit 1
  fi
  for tool in debootstrap rsync flock chroot; do
    command -v $tool >/dev/null || { echo "matrix: $tool missing (make setup installs it)" >&2; exit 1; }
  done

  mkdir -p "$CACHE"
  failed=0
  for suite in "${suites[@]}"; do
    root=$CACHE/$suite
    exec {lock}>"$CACHE/$suite.lock"
    flock -n $lock || { log "$suite: waiting for another matrix run in this root"; flock $lock; }
    build_root "$suite"  # not in a condition: set -e must stop a half-built root
    if [ "$build_only" = 1 ]; then
      :
    elif [ "$shell" = 1 ] || [ ${#command[@]} -gt 0 ]; then
      checkout=$(sync_checkout "$root")
      mount_root "$root"
      [ "$shell" = 1 ] && command=(bash -i)
      log "$suite: QGIS $(qgis_version "$root"): ${command[*]} (in $checkout)"
      quoted=$(printf '%q ' "${command[@]}")
      in_root "$root" bash -c "cd $checkout && QT_QPA_PLATFORM=\${QT_QPA_PLATFORM:-offscreen} $quoted" || failed=1
      unmount_all
    else
      run_suite "$suite" || failed=1
    fi
    exec {lock}>&-
  done
  if [ "$build_only" = 0 ] && [ ${#command[@]} -eq 0 ] && [ "$shell" = 0 ]; then
    log "results in $results_dir/results.txt:"
    grep '^QGIS' "$results_dir/results.txt" >&2 || true
  fi
  return $failed
}

main "$@"
exit $?
