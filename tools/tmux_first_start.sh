#!/usr/bin/env bash
# A first start of the release binary in tmux, measured from outside as a user sees it:
# seconds until the status bar shows every article listed, and until the names are in,
# with byline's CPU seconds (user + system) at each.
# Usage: tools/tmux_first_start.sh FOLDER EXPECTED_COUNT [BINARY]   (e.g. /tmp/bench/bbc100k 100,125)
# Build first: cargo build --release.
# The poll uses bash builtins only (`$EPOCHREALTIME`, pattern matching, arithmetic): one process
# (`tmux capture-pane`) per 50 ms look, so the measuring takes little of the two cores.
set -euo pipefail
folder=$1 expected=$2
bin=${3:-$(cd "$(dirname "$0")/.." && pwd)/target/release/byline}
xdg=$(mktemp -d)
session=byline-first-$$
trap 'tmux kill-session -t $session 2>/dev/null || true; rm -rf "$xdg"' EXIT
cpu() { # CPU seconds of byline so far
  local stat
  stat=$(<"/proc/$1/stat") || { echo "?"; return; }
  stat=${stat##*) }
  read -r -a f <<<"$stat"
  echo $(((f[11] + f[12]) / 100)).$(printf %02d $(((f[11] + f[12]) % 100)))
}
start=$EPOCHREALTIME
tmux new -d -s "$session" -x 120 -y 40 \
  "XDG_CACHE_HOME=$xdg XDG_STATE_HOME=$xdg XDG_CONFIG_HOME=$xdg exec $bin $folder"
pid=$(tmux display -p -t "$session" '#{pane_pid}')
listed=""
while true; do
  pane=$(tmux capture-pane -p -t "$session")
  line=${pane##*$'\n'}
  now=$EPOCHREALTIME
  us=$((${now/./} - ${start/./}))
  elapsed=$((us / 1000000)).$(printf %03d $((us / 1000 % 1000)))
  if [ -z "$listed" ] && [[ $line == *"$expected/$expected"* && $line != *loading* ]]; then
    listed=$elapsed
    echo "listed $listed s, CPU $(cpu "$pid") s: $line"
  fi
  if [ -n "$listed" ] && [[ $line != *analysing* && $line != *loading* ]]; then
    echo "analysed $elapsed s, CPU $(cpu "$pid") s: $line"
    break
  fi
  if ((us > 120000000)); then
    echo "timeout: $line"
    exit 1
  fi
  sleep 0.05
done
