#!/usr/bin/env bash
# The .deb, end to end, as root on Debian/Ubuntu (.ci/run calls it after packaging/build.py):
#   1. build dist/wawp-desktop_<version>_<arch>.deb (packaging/build_deb.py: desktop-file-validate,
#      appstreamcli and lintian run there);
#   2. before installing: if this machine lacks a library of Qt's X11 plugin, the bundle's first
#      start must name it and its package (preflight) instead of Qt's abort;
#   3. apt-get install ./dist/wawp-desktop_*.deb (apt pulls in the Depends);
#   4. `wawp-desktop --self-test` from PATH in a D-Bus session with gnome-keyring (must report
#      the SecretService backend): once offscreen, once under Xvfb on the real xcb platform,
#      which also saves a screenshot of the X screen to dist/wawp-desktop-xcb.png;
#   5. apt-get purge, then check that nothing of the package is left under /opt or /usr;
#   6. purge the libraries the install pulled in (WAWP_DEB_CI_KEEP_DEPS=1 keeps them), so a
#      developer's machine is as before.
# Environment: PYTHON (default .venv/bin/python, with the package's test dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
export DEBIAN_FRONTEND=noninteractive
apt_get() { apt-get -o DPkg::Lock::Timeout=600 -y -qq "$@"; }
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'deb_ci: FAILED: %s\n' "$*" >&2; exit 1; }

tools=(lintian desktop-file-utils appstream xvfb gnome-keyring dbus-x11)
missing=()
for p in "${tools[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt_get update
  apt_get install --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# The app's settings and keyring go to a throwaway HOME.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY

keyring_session() {
  dbus-run-session -- sh -c 'echo -n ci-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
}

say "build the .deb"
rm -f dist/wawp-desktop_*.deb
"$python" packaging/build_deb.py
debs=(dist/wawp-desktop_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in dist/, found: ${debs[*]}"
deb=${debs[0]}

say "Xvfb"
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
read -r -t 60 display_number <"$work/display" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
x_display=":$display_number"
echo "Xvfb on $x_display"

plugin=dist/wawp-desktop/_internal/PySide6/Qt/plugins/platforms/libqxcb.so
absent=$(LD_LIBRARY_PATH=dist/wawp-desktop/_internal ldd "$plugin" | awk '/not found/ {print $1}' | sort -u)
if [ -n "$absent" ]; then
  say "first start without the package's libraries ($(echo $absent)): preflight explains"
  set +e
  # No terminal here, so it would also open a window and wait for OK: PATH without the
  # dialog programs (zenity, kdialog, xmessage) keeps it to the printed message.
  mkdir "$work/no-dialogs"
  env PATH="$work/no-dialogs" DISPLAY="$x_display" dist/wawp-desktop/wawp-desktop --sandbox \
    </dev/null >"$work/pre.out" 2>&1
  code=$?
  set -e
  cat "$work/pre.out"
  [ "$code" -eq 3 ] || fail "expected exit status 3 from the preflight, got $code"
  for lib in $absent; do grep -q -- "$lib" "$work/pre.out" || fail "preflight did not name $lib"; done
  grep -q "sudo apt install" "$work/pre.out" || fail "preflight did not name the packages"
fi

say "apt-get install ./$deb"
dpkg-query -W -f='${Package}\n' | sort >"$work/before"
apt_get update
apt_get install --no-install-recommends "./$deb"
dpkg-query -W -f='${Package}\n' | sort >"$work/after"
dpkg -L wawp-desktop >"$work/files"
echo "$(wc -l <"$work/files") paths installed; pulled in: $(comm -13 "$work/before" "$work/after" | grep -vx wawp-desktop | tr '\n' ' ')"
[ "$(command -v wawp-desktop)" = /usr/bin/wawp-desktop ] || fail "wawp-desktop is not /usr/bin/wawp-desktop on PATH"

check_self_test() {  # $1: label; the rest: the command
  local label=$1; shift
  say "self-test from PATH: $label"
  set +e
  keyring_session env WAWP_SELFTEST_REQUIRE_KEYRING=1 "$@" wawp-desktop --self-test --sandbox \
    </dev/null >"$work/self-test.out" 2>&1
  local code=$?
  set -e
  cat "$work/self-test.out"
  [ "$code" -eq 0 ] || fail "$label self-test exited with $code"
  grep -q '^ok   keyring backend: SecretService' "$work/self-test.out" \
    || fail "$label self-test did not use the SecretService backend"
  grep -q '^self-test passed$' "$work/self-test.out" || fail "$label self-test did not pass"
}
check_self_test "offscreen" QT_QPA_PLATFORM=offscreen
screenshot="$PWD/dist/wawp-desktop-xcb.png"
rm -f "$screenshot"
check_self_test "xcb on Xvfb" DISPLAY="$x_display" QT_QPA_PLATFORM=xcb WAWP_SELFTEST_SCREENSHOT="$screenshot"
grep -q '^ok   screenshot ' "$work/self-test.out" && [ -s "$screenshot" ] || fail "no screenshot"
kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=

say "apt-get purge wawp-desktop"
apt_get purge wawp-desktop
left=()
while IFS= read -r path; do
  case "$path" in /opt/*|/usr/*) ;; *) continue ;; esac
  if [ -L "$path" ] || [ -f "$path" ]; then
    left+=("$path")
  elif [ -d "$path" ] && ! dpkg -S "$path" >/dev/null 2>&1 && [ -z "$(ls -A "$path")" ]; then
    left+=("$path/")  # an empty folder that no other package owns
  fi
done <"$work/files"
while IFS= read -r path; do left+=("$path"); done < <(find /opt /usr -name '*wawp*' 2>/dev/null)
[ ${#left[@]} -eq 0 ] || fail "left after purge: ${left[*]}"
echo "nothing of wawp-desktop is left under /opt or /usr ($(wc -l <"$work/files") paths checked)"

if [ "${WAWP_DEB_CI_KEEP_DEPS:-0}" != 1 ]; then
  say "purge the libraries the install pulled in"
  dpkg-query -W -f='${Package}\n' | sort >"$work/now"
  apt-mark showauto | sort >"$work/auto"
  mapfile -t pulled < <(comm -13 "$work/before" "$work/now" | comm -12 - "$work/auto")
  if [ ${#pulled[@]} -gt 0 ]; then
    apt_get purge "${pulled[@]}" >/dev/null
    echo "purged: ${pulled[*]}"
  else
    echo "none"
  fi
fi

size=$(stat -c %s "$deb")
say ".deb OK: $deb, $(awk -v b="$size" 'BEGIN {printf "%.1f", b / 1e6}') MB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "screenshot of the installed app on Xvfb: $screenshot"
