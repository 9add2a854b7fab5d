#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of Breakwater on its embedded demo, under Xvfb, with a system tray.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]        (default /tmp/breakwater-shots)
#   BREAKWATER_BINARY  the program to run (default: build-dev/app/breakwater, then
#                      build/app/breakwater)
#   SHOTS_WARMUP       seconds of demo traffic before the first shot (default 25)
#
# Writes, each of the whole 1600x1000 screen:
#   1-overview.png          the flat overview and the first endpoint's charts, settings closed
#   2-overview-grouped.png  View > Group by Group (Ctrl+G)
#   3-detail-flaky.png      the flaky endpoint picked from the keyboard (Ctrl+F, type, Tab)
#   4-settings.png          the endpoint settings panel open beside the table (Ctrl+,)
#   5-tray-NN.png           the screen every 3 s for up to 45 s while a breaker opens, with the
#                           tray's notification when one is shown; 5-tray.png is the last one
#   tray-closeup.png        the tray corner of the last shot, enlarged 3x
# It starts its own Xvfb (xvfb-run -a), a tray host (trayer), and the demo, which serves only
# 127.0.0.1. Settings and data live in a temporary home, removed at the end; breaker
# notifications are switched on there. Everything is bounded: the whole run stops after 150 s.
# Needs: scripts/deps.sh all (xvfb, xauth, imagemagick, xdotool, trayer).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The part that runs inside the X server: the script runs itself again under xvfb-run.
if [[ "${1:-}" == "--inner" ]]; then
    inner=1
else
    inner=0
    out="${1:-/tmp/breakwater-shots}"
fi
warmup="${SHOTS_WARMUP:-25}"
binary="${binary:-${BREAKWATER_BINARY:-}}"
if [[ -z "$binary" ]]; then
    for candidate in "$root/build-dev/app/breakwater" "$root/build/app/breakwater"; do
        if [[ -x "$candidate" ]]; then
            binary="$candidate"
            break
        fi
    done
fi
if [[ -z "$binary" || ! -x "$binary" ]]; then
    echo "screenshots.sh: no breakwater binary; build first or set BREAKWATER_BINARY" >&2
    exit 1
fi
for tool in xvfb-run import xdotool trayer convert; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "screenshots.sh: $tool is missing; run scripts/deps.sh all" >&2
        exit 1
    fi
done
if ((inner == 0)); then
mkdir -p "$out"
out="$(cd "$out" && pwd)"

home="$(mktemp -d /tmp/breakwater-shots-home.XXXXXX)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/config/Breakwater" "$home/data"
# The breaker notification is off until chosen; choose it, as View > Notifications would.
cat >"$home/config/Breakwater/Breakwater.conf" <<'EOF'
[notify]
breakerOpens=true
EOF
export home out warmup binary
rm -f "$out"/[1-5]-*.png "$out"/tray-closeup.png
timeout 150 xvfb-run -a -s "-screen 0 1600x1000x24" bash "$root/scripts/screenshots.sh" --inner
echo "screenshots.sh: wrote $(ls "$out"/*.png | wc -l) images to $out"
exit 0
fi

inner() {
    set -euo pipefail
    pids=()
    cleanup() {
        for pid in "${pids[@]}"; do
            kill "$pid" 2>/dev/null || true
        done
        wait 2>/dev/null || true
    }
    trap cleanup EXIT

    trayer --edge bottom --align right --widthtype pixel --width 120 --heighttype pixel \
        --height 36 --transparent false --tint 0x404040 --SetDockType true \
        --expand false --iconspacing 4 >"$home/trayer.log" 2>&1 &
    pids+=($!)
    # The app asks for a tray once, at start: the tray must be there first.
    for _ in $(seq 1 50); do
        xdotool search --class trayer >/dev/null 2>&1 && break
        sleep 0.1
    done

    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        timeout 140 "$binary" --queue-db "$home/data/queue.sqlite" >"$home/app.log" 2>&1 &
    pids+=($!)
    local window=""
    for _ in $(seq 1 100); do
        window="$(xdotool search --onlyvisible --name '^Breakwater$' 2>/dev/null | head -n 1)" \
            || true
        [[ -n "$window" ]] && break
        sleep 0.2
    done
    if [[ -z "$window" ]]; then
        echo "screenshots.sh: the main window did not appear within 20 s" >&2
        cat "$home/app.log" >&2
        return 1
    fi
    # No window manager: put the window in the top left corner and give it the keyboard.
    xdotool windowmove "$window" 0 0
    xdotool windowfocus --sync "$window" || true
    key() {
        xdotool windowfocus --sync "$window" || true
        xdotool key --clearmodifiers "$@"
        sleep 0.6
    }

    sleep "$warmup"
    key ctrl+comma # settings panel closed: the overview and the charts get the width
    sleep 0.5
    import -window root "$out/1-overview.png"
    key ctrl+g
    import -window root "$out/2-overview-grouped.png"
    key ctrl+g
    key ctrl+f
    xdotool type --delay 40 "Flaky"
    key Tab
    sleep 1
    import -window root "$out/3-detail-flaky.png"
    key ctrl+a BackSpace
    key ctrl+comma
    sleep 0.5
    import -window root "$out/4-settings.png"

    # The tray: a shot every 3 s while the demo's breakers open and close.
    local last=""
    for n in $(seq -w 1 15); do
        last="$out/5-tray-$n.png"
        import -window root "$last"
        sleep 3
    done
    cp "$last" "$out/5-tray.png"
    convert "$last" -gravity SouthEast -crop 360x120+0+0 +repage -scale 300% \
        "$out/tray-closeup.png"
}
inner
