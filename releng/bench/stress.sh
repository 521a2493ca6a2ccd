#!/usr/bin/env bash
# Stop-signal stress test (README, "How libraries stay in step with the disk"): sends SIGINT (to the
# whole process group, as Ctrl+C in a terminal does) and SIGTERM (to the scry process, as kill does)
# at random moments to `scry add` runs with OCR on over a generated corpus, each run on a fresh
# library, and prints for each signal how many runs survived (exit 0 or 130, no JVM crash file, the
# library reopens holding the pictures the run said it saved), the pictures lost (said saved but not
# in the library) and the hs_err files. The moments are uniform over the time an uninterrupted add takes. Not part of `mvnw verify`; run it after a build:
#   releng/bench/stress.sh [RUNS_PER_SIGNAL (20)] [PICTURES (16)]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${SCRY_PRODUCT:-$root/releng/dev.scry.distribution/target/products/dev.scry/linux/gtk/x86_64}
runs=${1:-20}
pictures=${2:-16}
[ -x "$product/scry" ] || { echo "stress.sh: no product at $product; build it first (./mvnw -o verify)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/scry-stress.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for i in $(seq 1 "$pictures"); do # distinct pictures with lines of text, so OCR has work to do
  convert -size 1200x900 -seed "$i" plasma:fractal -blur 0x2 -fill white -stroke black -font DejaVu-Sans -pointsize 44 \
    -annotate +60+150 "Invoice $i total $((i * 37)).50 EUR" -annotate +60+300 "Gate B$i closes 18:$((10 + i))" \
    -annotate +60+450 "page $i of $pictures scry stress" "$work/corpus/picture-$i.jpg"
done
set -m # each run is a job of its own: Ctrl+C semantics (SIGINT not ignored), its own process group
# One uninterrupted run says how long an add takes here; the signals come uniformly within that time
# (starting Java, loading the OCR models, indexing, committing).
start=$(date +%s%N)
"$product/scry" --home "$work/home-calibration" add "$work/corpus" >/dev/null 2>&1
span=$(( ($(date +%s%N) - start) / 10000000 )) # hundredths of a second
echo "an uninterrupted add of $pictures pictures takes $((span / 100)).$((span % 100 / 10)) s" >&2
random_delay() { local d=$(( 30 + (RANDOM * 32768 + RANDOM) % span )); printf '%d.%02d' $((d / 100)) $((d % 100)); }
report=""
for signal in INT TERM; do
  survived=0 lost=0 crashes=0
  for run in $(seq 1 "$runs"); do
    home="$work/home-$signal-$run"
    mkdir -p "$home/cwd"
    delay=$(random_delay)
    ( cd "$home/cwd" && exec "$product/scry" --home "$home" add "$work/corpus" >"$home/out.txt" 2>"$home/err.txt" ) &
    pid=$!
    sleep "$delay"
    if [ "$signal" = INT ]; then kill -INT -- "-$pid" 2>/dev/null || true; else kill -TERM "$pid" 2>/dev/null || true; fi
    rc=0
    wait "$pid" || rc=$?
    saved=$(sed -n 's/^interrupted: \([0-9]*\) pictures\{0,1\} saved, the next add or sync resumes$/\1/p' "$home/err.txt")
    if [ "$rc" = 0 ]; then saved=$pictures; fi
    hs=$(find "$home" -name 'hs_err*' | wc -l)
    crashes=$((crashes + hs))
    reopened=0
    listed=$("$product/scry" --home "$home" lib list 2>&1) || reopened=$?
    count=$(printf '%s\n' "$listed" | sed -n 's/^default\t\([0-9]*\) pictures\{0,1\}$/\1/p')
    [ -z "$count" ] && count=0 # the signal came before the library was created
    missing=$(( ${saved:-0} > count ? ${saved:-0} - count : 0 ))
    lost=$((lost + missing))
    ok=no
    # 143 without the interrupted line: the signal came while Java was starting, before any work
    if { [ "$rc" = 0 ] || [ "$rc" = 130 ] || { [ "$rc" = 143 ] && [ -z "$saved" ]; }; } \
        && [ "$hs" = 0 ] && [ "$reopened" = 0 ] && [ "$missing" = 0 ]; then
      ok=yes
      survived=$((survived + 1))
    fi
    printf 'SIG%s run %2d after %5ss: exit %3s, said saved %3s, library holds %3s, hs_err %s, survived %s\n' \
      "$signal" "$run" "$delay" "$rc" "${saved:--}" "$count" "$hs" "$ok" >&2
  done
  report="${report}SIG$signal: survived $survived/$runs, pictures lost $lost, hs_err files $crashes"$'\n'
done
printf '%s' "$report"
