#!/usr/bin/env bash
# Scale corpus: N distinct JPEGs of 1-3 megapixels (crops, scales, tones, mirrors and mosaics of the
# Debian background photographs) in OUT/ddd/iiiiii.jpg. Resumable; niced, one process per core
# (SCALE_CORPUS_JOBS=1 for one; SCALE_CORPUS_MEGAPIXELS=LO,HI for other sizes).
# usage: scale-corpus.sh OUT N [ORIGINALS_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: scale-corpus.sh OUT N [ORIGINALS_DIR]}; n=${2:?usage: scale-corpus.sh OUT N}
src=${3:-$out.src}
originals=$("$here/scale-originals.sh" "$src")
jobs=${SCALE_CORPUS_JOBS:-$(nproc)}
pids=()
for ((k = 0; k < jobs; k++)); do
  nice -n 15 /usr/bin/python3 "$here/scale_corpus.py" "$originals" "$out" "$n" "$k" "$jobs" & pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=$?; done
exit $status
