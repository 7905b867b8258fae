#!/bin/sh
# Try TrustDesk on a fresh Debian machine: build a minimal Debian chroot, put a fresh clone of
# this repository in it, run `make test` there, then `make run` on an Xvfb display and save a
# screenshot of the window it reaches. Every step is timed.
#
#   sudo packaging/fresh-machine/run.sh [DIR]
#
# DIR (default: a new folder under ${TMPDIR:-/tmp}) must not exist yet, or be a chroot this
# script made earlier (then the bootstrap is reused). Environment:
#   DEBIAN_MIRROR   the Debian mirror to bootstrap from (default http://deb.debian.org/debian)
#   DEBIAN_SUITE    the release (default bookworm)
#   REPO            what to clone (default: this repository, its current commit)
#   PYTEST_ARGS     passed on to `make test`
#   KEEP=1          leave the chroot in place afterwards
# Needs root (debootstrap, chroot and mounts), Linux, and a network for apt and pip.
set -eu

MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE="${DEBIAN_SUITE:-bookworm}"
HERE=$(cd "$(dirname "$0")/../.." && pwd)
REPO="${REPO:-$HERE}"
DIR="${1:-$(mktemp -d "${TMPDIR:-/tmp}/trustdesk-fresh.XXXXXX")}"
OUT="$DIR.results"
mkdir -p "$OUT"
LOG="$OUT/times.txt"
: > "$LOG"

if [ "$(id -u)" -ne 0 ]; then
  echo "This needs root (debootstrap, chroot, mounts): sudo $0 $*" >&2
  exit 1
fi

now() { date +%s; }
step() {  # step NAME COMMAND...: run a command, note how long it took
  name=$1; shift
  echo "== $name"
  t0=$(now)
  status=0
  "$@" || status=$?
  echo "$name: $(( $(now) - t0 )) s (exit $status)" | tee -a "$LOG"
  return $status
}

in_root() {  # a clean login-like environment inside the chroot
  env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 TERM=dumb chroot "$DIR" /bin/sh -c "$1"
}

mounted=""
cleanup() {
  for m in $mounted; do umount -l "$DIR/$m" 2>/dev/null || true; done
  if [ "${KEEP:-}" != 1 ]; then
    # Nothing may be mounted below DIR any more before it is removed.
    if ! grep -q " $DIR/" /proc/mounts; then rm -rf "$DIR"; fi
  fi
}
trap cleanup EXIT INT TERM

started=$(now)
command -v debootstrap >/dev/null 2>&1 || step "install debootstrap" \
  sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap"

if [ ! -x "$DIR/usr/bin/python3" ]; then
  step "debootstrap $SUITE" debootstrap --variant=minbase \
    --include=python3,python3-venv,python3-pip,make,git,ca-certificates \
    "$SUITE" "$DIR" "$MIRROR" > "$OUT/debootstrap.log" 2>&1
fi
# apt inside the chroot uses the same mirror (debootstrap wrote it to sources.list).
cp /etc/resolv.conf "$DIR/etc/resolv.conf"
# Certificate authorities this machine was told to trust (a network that inspects TLS): the
# chroot trusts them too, or pip could not reach the package index from inside it.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$DIR/usr/local/share/ca-certificates/"
  in_root "update-ca-certificates >/dev/null"
fi
# The chroot's root is a mount point of its own (private), as on a real machine: tests that make
# a private mount namespace (a small tmpfs for the full-disk test) need that.
mount --bind "$DIR" "$DIR"
mount --make-private "$DIR"
mounted="."
for m in proc sys dev dev/pts; do
  mkdir -p "$DIR/$m"
  case $m in
    proc) mount -t proc proc "$DIR/proc" ;;
    sys) mount -t sysfs sys "$DIR/sys" ;;
    dev) mount --bind /dev "$DIR/dev" ;;
    dev/pts) mount -t devpts devpts "$DIR/dev/pts" ;;
  esac
  mounted="$m $mounted"
done

rm -rf "$DIR/src/trustdesk"
mkdir -p "$DIR/src"
step "git clone" git clone --quiet --no-local "$REPO" "$DIR/src/trustdesk"
git -C "$DIR/src/trustdesk" log -1 --format='commit %H %s' | tee -a "$LOG"

test_status=0
step "make test" in_root "cd /src/trustdesk && make test PYTEST_ARGS='${PYTEST_ARGS:--q}'" \
  > "$OUT/make-test.log" 2>&1 || test_status=$?
tail -n 40 "$OUT/make-test.log"

# `make run` on a fresh X display: wait for a window, photograph the screen, close the app.
cat > "$DIR/src/shot.py" <<'PY'
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    shot = QApplication.primaryScreen().grabWindow(0)
    image = shot.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)}
    if len(colours) > 8:
        time.sleep(2)
        QApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
        print("window seen after", round(60 - (deadline - time.monotonic()), 1), "s")
        sys.exit(0)
    time.sleep(0.5)
sys.exit("no window within 60 s")
PY
run_status=0
step "make run on Xvfb" in_root '
  cd /src/trustdesk
  Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  sleep 1
  DISPLAY=:77 setsid make run > /src/make-run.log 2>&1 & app=$!
  DISPLAY=:77 QT_QPA_PLATFORM=xcb .venv/bin/python /src/shot.py /src/welcome.png; status=$?
  kill -- -$app $xvfb 2>/dev/null; wait 2>/dev/null
  exit $status' || run_status=$?
cp "$DIR/src/make-run.log" "$OUT/" 2>/dev/null || true
cp "$DIR/src/welcome.png" "$OUT/" 2>/dev/null || true

echo "whole set-up: $(( $(now) - started )) s" | tee -a "$LOG"
echo "results in $OUT (times.txt, make-test.log, make-run.log, welcome.png)"
[ "$test_status" -eq 0 ] && [ "$run_status" -eq 0 ]
