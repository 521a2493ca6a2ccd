#!/usr/bin/env bash
# Stop-signal and hostile-file stress test (README, "How libraries stay in step with the disk"; issue 11).
# - SIGINT (to the whole process group, as Ctrl+C in a terminal does) and SIGTERM (to the scry process,
#   as kill does) at random moments to `scry add` runs with OCR on over a generated corpus, each run on a
#   fresh library: a run survives with exit 0 or 130, no JVM crash file, the library reopens holding the
#   pictures the run said it saved. Pictures lost: said saved but not in the library.
# - SIGKILL (to the whole process group: the launcher and its Java) at random moments, the runs in a
#   chain on one library (a new chain once a library holds the whole corpus): a run survives when
#   `lib list` and `lib info` answer, a search answers, no crash file, and the library holds no fewer
#   pictures than it did before the run. Pictures lost: held before the kill, gone after. Then one more
#   add on every chain's library, which must equal a clean build (`export --json` paths, sorted).
# - Lucene's CheckIndex on every library's index/ after each signal run ("CheckIndex clean N/N").
# - Peak RSS (GNU time's maximum resident set size) of `add FILE` and `ocr FILE` for hostile files
#   (a 30000x30000 PNG, a PNG claiming 100000x100000, a truncated JPEG, a JPEG claiming 65500x65500, an
#   empty file, random bytes named .jpg, a 1x1 PNG, a Latin-1 file name): exit code, message, RSS.
# The moments are uniform over the time an uninterrupted add takes. Not part of `mvnw verify`; run it
# after a build:
#   releng/bench/stress.sh [RUNS_PER_SIGNAL (20)] [PICTURES (16)] [PARTS ("INT TERM KILL hostile")]
# Progress and per-run lines go to stderr, the figures to stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${SCRY_PRODUCT:-$root/releng/dev.scry.distribution/target/products/dev.scry/linux/gtk/x86_64}
runs=${1:-20}
pictures=${2:-16}
parts=${3:-INT TERM KILL hostile}
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
lucene=$(ls "$product"/plugins/*lucene*core*.jar 2>/dev/null | head -1)
java_bin=$( . "$product/java-home.sh" && echo "$JAVA_HOME/bin/java") # the Java 21+ the launcher picks
checked=0 clean=0
# CheckIndex on a library's index, the verdict in $checkindex (an index never committed, killed before its
# first commit, counts as clean: there is nothing to check, and the library opens as empty)
check_index() {
  local dir=$1/libraries/default/index
  checked=$((checked + 1))
  if ! ls "$dir"/segments_* >/dev/null 2>&1; then clean=$((clean + 1)); checkindex=none; return; fi # no commit yet
  if "$java_bin" --add-modules jdk.incubator.vector -cp "$lucene" org.apache.lucene.index.CheckIndex "$dir" \
      >"$1/checkindex.txt" 2>&1; then
    clean=$((clean + 1)); checkindex=clean
  else
    checkindex=BROKEN
  fi
}
held() { # pictures in the home's default library (0 when there is none)
  local n
  n=$("$product/scry" --home "$1" lib list 2>/dev/null | sed -n 's/^default\t\([0-9]*\) pictures\{0,1\}$/\1/p')
  echo "${n:-0}"
}
paths() { # the library's paths, sorted (export --json without times)
  "$product/scry" --home "$1" export --json 2>/dev/null | sed -n 's/^{"path": \("[^"]*"\).*/\1/p' | sort
}
report=""
if [[ " $parts " = *" INT "* || " $parts " = *" TERM "* || " $parts " = *" KILL "* ]]; then
# One uninterrupted run says how long an add takes here; the signals come uniformly within that time
# (starting Java, loading the OCR models, indexing, committing).
start=$(date +%s%N)
"$product/scry" --home "$work/home-calibration" add "$work/corpus" >/dev/null 2>&1
span=$(( ($(date +%s%N) - start) / 10000000 )) # hundredths of a second
echo "an uninterrupted add of $pictures pictures takes $((span / 100)).$((span % 100 / 10)) s" >&2
paths "$work/home-calibration" >"$work/clean-paths.txt"
random_delay() { local d=$(( 30 + (RANDOM * 32768 + RANDOM) % span )); printf '%d.%02d' $((d / 100)) $((d % 100)); }
for signal in INT TERM KILL; do
  [[ " $parts " = *" $signal "* ]] || continue
  survived=0 lost=0 crashes=0 chain=1 chained=""
  for run in $(seq 1 "$runs"); do
    if [ "$signal" = KILL ]; then
      home="$work/home-KILL-chain-$chain"
      before=$(held "$home")
    else
      home="$work/home-$signal-$run"
      before=0
    fi
    mkdir -p "$home/cwd"
    delay=$(random_delay)
    ( cd "$home/cwd" && exec "$product/scry" --home "$home" add "$work/corpus" >"$home/out.txt" 2>"$home/err.txt" ) &
    pid=$!
    sleep "$delay"
    case $signal in
      INT) kill -INT -- "-$pid" 2>/dev/null || true ;;
      TERM) kill -TERM "$pid" 2>/dev/null || true ;;
      KILL) kill -KILL -- "-$pid" 2>/dev/null || true ;;
    esac
    rc=0
    { wait "$pid"; } 2>/dev/null || rc=$? # no "Killed" job notice
    saved=$(sed -n 's/^interrupted: \([0-9]*\) pictures\{0,1\} saved, the next add or sync resumes$/\1/p' "$home/err.txt")
    if [ "$rc" = 0 ]; then saved=$pictures; fi
    hs=$(find "$home" -name 'hs_err*' | wc -l)
    crashes=$((crashes + hs))
    reopened=0
    listed=$("$product/scry" --home "$home" lib list 2>&1) || reopened=$?
    count=$(printf '%s\n' "$listed" | sed -n 's/^default\t\([0-9]*\) pictures\{0,1\}$/\1/p')
    [ -z "$count" ] && count=0 # the signal came before the library was created
    if [ "$signal" = KILL ]; then
      answers=yes
      if [ -d "$home/libraries/default" ]; then
        "$product/scry" --home "$home" lib info >/dev/null 2>&1 || answers=no
        "$product/scry" --home "$home" search -n 3 --image "$work/corpus/picture-1.jpg" >/dev/null 2>&1 || answers=no
      fi
      missing=$(( before > count ? before - count : 0 ))
    else
      answers=yes
      missing=$(( ${saved:-0} > count ? ${saved:-0} - count : 0 ))
    fi
    lost=$((lost + missing))
    check_index "$home" # sets checkindex
    ok=no
    # 143 without the interrupted line: the signal came while Java was starting, before any work
    if { [ "$signal" = KILL ] || [ "$rc" = 0 ] || [ "$rc" = 130 ] || { [ "$rc" = 143 ] && [ -z "$saved" ]; }; } \
        && [ "$hs" = 0 ] && [ "$reopened" = 0 ] && [ "$missing" = 0 ] && [ "$answers" = yes ] && [ "$checkindex" != BROKEN ]; then
      ok=yes
      survived=$((survived + 1))
    fi
    if [ "$signal" = KILL ]; then
      printf 'SIGKILL run %2d (chain %d) after %5ss: exit %3s, held before %3s, holds %3s, lib info and search %s, CheckIndex %s, hs_err %s, survived %s\n' \
        "$run" "$chain" "$delay" "$rc" "$before" "$count" "$answers" "$checkindex" "$hs" "$ok" >&2
      [[ " $chained " = *" $chain "* ]] || chained="$chained $chain"
      [ "$count" -ge "$pictures" ] && chain=$((chain + 1)) # whole: the next kills go to a new library
    else
      printf 'SIG%s run %2d after %5ss: exit %3s, said saved %3s, library holds %3s, CheckIndex %s, hs_err %s, survived %s\n' \
        "$signal" "$run" "$delay" "$rc" "${saved:--}" "$count" "$checkindex" "$hs" "$ok" >&2
    fi
  done
  report="${report}SIG$signal: survived $survived/$runs, pictures lost $lost, hs_err files $crashes"$'\n'
  if [ "$signal" = KILL ]; then
    same=0 total=0
    for c in $chained; do
      home="$work/home-KILL-chain-$c"
      "$product/scry" --home "$home" add "$work/corpus" >"$home/final-out.txt" 2>"$home/final-err.txt" || true
      total=$((total + 1))
      if paths "$home" | cmp -s - "$work/clean-paths.txt" && [ "$(held "$home")" = "$(held "$work/home-calibration")" ]; then
        same=$((same + 1))
      else
        echo "SIGKILL chain $c: after one more add the library differs from a clean build" >&2
      fi
    done
    report="${report}SIGKILL: after one more add, $same/$total libraries equal a clean build ($(wc -l <"$work/clean-paths.txt") paths)"$'\n'
  fi
done
report="${report}CheckIndex clean $clean/$checked"$'\n'
fi
if [[ " $parts " = *" hostile "* ]]; then
  h=$work/hostile
  mkdir -p "$h"
  # 30000x30000 grey PNG, black square: written row by row (ImageMagick would hold 900 MP in memory)
  python3 - "$h" <<'PY'
import struct, sys, zlib
d = sys.argv[1]
def chunk(t, b):
    return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xffffffff)
def png(path, w, h, rows):
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)))
        z = zlib.compressobj(6)
        data = b"".join(z.compress(r) for r in rows) + z.flush()
        f.write(chunk(b"IDAT", data) + chunk(b"IEND", b""))
W = 30000
white = b"\x00" + b"\xff" * W
square = b"\x00" + b"\xff" * 100 + b"\x00" * 1901 + b"\xff" * (W - 2001)
png(d + "/big-30000x30000.png", W, W, (square if 100 <= y <= 2000 else white for y in range(W)))
# a bomb: a few kilobytes claiming 100000x100000 (10^10 pixels)
png(d + "/bomb-100000x100000.png", 100000, 100000, (b"\x00" + b"\xff" * 100000 for y in range(200)))
png(d + "/one-pixel.png", 1, 1, [b"\x00\x80"])
PY
  convert -size 1600x1200 -seed 7 plasma:fractal "$h/whole.jpg"
  head -c "$(( $(stat -c %s "$h/whole.jpg") / 2 ))" "$h/whole.jpg" >"$h/truncated.jpg"
  # a JPEG whose frame header claims 65500x65500: rewrite the SOF0 height and width
  python3 - "$h" <<'PY'
import sys
d = sys.argv[1]
b = bytearray(open(d + "/whole.jpg", "rb").read())
i = b.index(b"\xff\xc0")
b[i + 5:i + 9] = (65500).to_bytes(2, "big") * 2
open(d + "/claims-65500x65500.jpg", "wb").write(b)
open(d.encode() + b"/caf\xe9-latin1.jpg", "wb").write(open(d + "/whole.jpg", "rb").read())
PY
  : >"$h/empty.jpg"
  head -c 100000 /dev/urandom >"$h/random-bytes.jpg"
  rm "$h/whole.jpg"
  python3 -c 'import sys, zlib; b = open(sys.argv[1], "rb").read(); i = b.index(b"IDAT")
n = int.from_bytes(b[i - 4:i], "big"); assert len(zlib.decompress(b[i + 4:i + 4 + n])) == 30000 * 30001
print("big-30000x30000.png: a valid PNG, %d bytes" % len(b))' "$h/big-30000x30000.png" >&2
  for f in "$h"/*; do
    name=$(basename "$f" | LC_ALL=C sed 's/[^ -~]/?/g')
    for verb in add ocr; do
      home="$work/home-hostile-$verb-$name"
      if [ "$verb" = add ]; then set -- "$product/scry" --home "$home" add "$f"; else set -- "$product/scry" --home "$home" ocr "$f"; fi
      rc=0
      /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || rc=$?
      rss=$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$work/time.txt")
      wall=$(sed -n 's/^\tElapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
      if [ "$rc" = 0 ]; then # the summary, or the text read (none in these pictures)
        message="stdout: $(head -1 "$work/out.txt")"
      else # the first line that is not progress nor the JVM's
        message=$(grep -v -e '^WARNING' -e '^Indexing' -e '^\s*$' "$work/err.txt" | head -1 | sed "s|$h/||g" || true)
      fi
      message=$(printf '%s' "$message" | LC_ALL=C sed 's/[^ -~]/?/g')
      report="${report}$(printf '%-26s %s: exit %3s, peak RSS %4d MB, %7s s, %s' "$name" "$verb" "$rc" "$(( ${rss:-0} / 1024 ))" "$wall" "$message")"$'\n'
    done
  done
fi
printf '%s' "$report"
