#!/bin/sh
# Installs Debian's Chromium for the browser test (test/browser/), once: does nothing when it is
# already there. Needs root (CI containers run as root) or sudo.
set -eu
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=''; else SUDO='sudo'; fi
echo "Cài Chromium cho kiểm thử trình duyệt (apt-get install chromium)…" >&2
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
