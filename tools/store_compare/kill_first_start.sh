#!/bin/sh
# kill -9 at random moments of a first start, then check the next start
# (docs/PERFORMANCE.md, "Crashes"):
#
#     tools/store_compare/kill_first_start.sh CORPUS WORKDIR [TIMES]
#
# Needs `store_compare` built (see its main.rs). For each kill: a first start
# with an empty cache, SIGKILL after a random share of a whole first start's
# time, then a next start whose articles must be the clean load's and whose
# CPU time must not exceed a first start's (by more than a tenth: noise).
set -eu
corpus=$1 work=$2 times=${3:-10}
bin=$(dirname "$0")/../../target/release/store_compare
mkdir -p "$work"
rm -rf "$work/clean"
clean=$("$bin" --start "$corpus" "$work/clean")
echo "clean first start: $clean"
whole_ms=${clean%% ms*}
whole_cpu=$(echo "$clean" | awk '{ print $4 }')
want=${clean#* restored=false }
# Random moments, then (SAVES more times) as soon as the save's temporary
# file shows, which a random moment seldom hits.
for i in $(seq 1 $((times + ${SAVES:-3}))); do
    cache=$work/cache-$i
    rm -rf "$cache"
    "$bin" --start "$corpus" "$cache" >/dev/null &
    pid=$!
    if [ "$i" -le "$times" ]; then
        at=$(awk -v s="$i" -v w="$whole_ms" 'BEGIN { srand(s * 7919); printf "%d", rand() * w * 1.1 }')
        sleep "$(awk -v m="$at" 'BEGIN { printf "%.3f", m / 1000 }')"
    else
        at="its save"
        until ls "$cache" 2>/dev/null | grep -q tmp || ! kill -0 "$pid" 2>/dev/null; do sleep 0.005; done
    fi
    kill -9 "$pid" 2>/dev/null && killed=yes || killed="no (had finished)"
    wait "$pid" 2>/dev/null || true
    left=$(ls "$cache" 2>/dev/null | tr '\n' ' ')
    next=$("$bin" --start "$corpus" "$cache")
    got=${next#* restored=* }
    cpu=$(echo "$next" | awk '{ print $4 }')
    verdict=ok
    [ "$got" = "$want" ] || verdict="WRONG ARTICLES"
    # CPU time, not wall time: the machine is shared and its load varies.
    awk -v c="$cpu" -v w="$whole_cpu" 'BEGIN { exit !(c <= w * 1.1) }' ||
        verdict="$verdict; more CPU than a first start"
    echo "kill $i at $at (killed: $killed; left: ${left:-nothing}) -> next start: $next: $verdict"
    ls "$cache" | grep -q tmp && echo "  a temporary file is left: $(ls "$cache")"
done
