#!/usr/bin/env bash
# The app as a screen reader sees it (AT-SPI, Linux): Xvfb, a D-Bus session with the
# accessibility bus, the real xcb window, and tests/a11y/atspi_probe.py reading its tree.
# Needs Debian's xvfb at-spi2-core python3-pyatspi dbus-x11 (.ci/run installs them).
# Usage: tests/a11y/run_atspi.sh [python of the app's venv] [extra app arguments...]
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-.venv/bin/python}; shift || true
exec dbus-run-session -- bash -c '
  set -euo pipefail
  PY=$0
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  launcher=$!
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
      >/dev/null 2>&1 && break
    sleep 0.1
  done
  DISPLAY=$display QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
    "$PY" -m wawp_desktop --sandbox "$@" >/tmp/wawp-atspi-app.log 2>&1 &
  app=$!
  status=0
  DISPLAY=$display /usr/bin/python3 tests/a11y/atspi_probe.py || status=$?
  kill $app $launcher $xvfb 2>/dev/null || true
  wait $app 2>/dev/null || true
  exit $status
' "$PY" "$@"
