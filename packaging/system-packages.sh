#!/bin/sh
# Make sure the system packages in packaging/system-packages.txt are installed.
#   system-packages.sh run    the libraries the app needs (make run)
#   system-packages.sh test   those and the test tools (make test, .ci/run)
# Installs what is missing when it can (root, or sudo without a password); otherwise stops with
# one message naming the command to run. On a system without dpkg it says so and carries on.
# TRUSTDESK_NO_INSTALL=1: never install, only name the command.
set -eu
purpose="${1:-test}"
list="$(dirname "$0")/system-packages.txt"

case "$purpose" in
  run) wanted=$(awk '!/^#/ && $2 == "run" {print $1}' "$list") ;;
  test) wanted=$(awk '!/^#/ && NF >= 2 {print $1}' "$list") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
# "{python}" in a name is the version of the Python that makes .venv (PYTHON, or python3).
pyver=$(${PYTHON:-python3} -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
wanted=$(for pkg in $wanted; do
  case "$pkg" in
    *"{python}"*) [ -n "$pyver" ] && echo "$pkg" | sed "s/{python}/$pyver/g" ;;
    *) echo "$pkg" ;;
  esac
done)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian or Ubuntu system: please install the equivalents of the packages in" >&2
  echo "packaging/system-packages.txt ('$purpose' lines) with your package manager." >&2
  exit 0
fi

missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "${TRUSTDESK_NO_INSTALL:-}" = 1 ]; then
  sudo="no"
elif [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  sudo="no"
fi
if [ "$sudo" = no ]; then
  echo "TrustDesk needs some system packages first. Please run:" >&2
  echo "  sudo apt-get install --no-install-recommends$missing" >&2
  exit 1
fi

echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
