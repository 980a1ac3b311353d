#!/bin/sh
# Installs Debian's Chromium (and a colour emoji font, so 👍/👎 render in screenshots) for the
# browser test (test/browser/), once: does nothing when both are there. Needs root or sudo.
set -eu
CHROMIUM=/usr/bin/chromium
EMOJI_FONT=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
if [ -x "$CHROMIUM" ] && [ -f "$EMOJI_FONT" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=''; else SUDO='sudo'; fi
echo "Cài Chromium cho kiểm thử trình duyệt (apt-get install chromium fonts-noto-color-emoji)…" >&2
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji
