#!/usr/bin/env bash
# A first start of the release binary in tmux, measured from outside as a user sees it:
# seconds until the status bar shows every article listed, and until the names are in,
# with byline's CPU seconds (user + system) at each.
# Usage: tools/tmux_first_start.sh FOLDER EXPECTED_COUNT [BINARY]   (e.g. /tmp/bench/bbc100k 100,125)
# With BYLINE_XDG=DIR the cache, state and config folders are DIR's, kept after the run: a
# second run with the same DIR measures a next start (or, after touching a file, a start
# that brings the index up to date) instead of a first start.
# Build first: cargo build --release.
# The poll uses bash builtins only (`$EPOCHREALTIME`, pattern matching, arithmetic): one process
# (`tmux capture-pane`) per 50 ms look, so the measuring takes little of the two cores.
set -euo pipefail
folder=$1 expected=$2
bin=${3:-$(cd "$(dirname "$0")/.." && pwd)/target/release/byline}
session=byline-first-$$
if [ -n "${BYLINE_XDG:-}" ]; then
  xdg=$BYLINE_XDG
  mkdir -p "$xdg"
  trap 'tmux kill-session -t $session 2>/dev/null || true' EXIT
else
  xdg=$(mktemp -d)
  trap 'tmux kill-session -t $session 2>/dev/null || true; rm -rf "$xdg"' EXIT
fi
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
    # Quit as a user would: quitting waits for the index being saved.
    tmux send-keys -t "$session" q
    for _ in $(seq 600); do
      tmux has-session -t "$session" 2>/dev/null || break
      sleep 0.1
    done
    break
  fi
  if ((us > 120000000)); then
    echo "timeout: $line"
    exit 1
  fi
  sleep 0.05
done
