#!/usr/bin/env bash
# Installs what is missing, builds, and launches LIVECell Curator (on the bundled sample when no
# arguments are given; any arguments are passed to the application).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
APP=build/bin/livecell-curator
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot be shown." >&2
  echo "Run it under a virtual display instead:  xvfb-run -a -s '-screen 0 1280x800x24' $APP $*" >&2
  echo "or headless tools:                      build/bin/livecell-cli --help" >&2
  exit 3
fi
exec "$APP" "$@"
