#!/usr/bin/env bash
# Scale corpus: N distinct JPEGs of 1-3 megapixels (crops, scales, tones, mirrors and mosaics of the
# Debian background photographs) in OUT/ddd/iiiiii.jpg. Resumable; one core, niced.
# usage: scale-corpus.sh OUT N [ORIGINALS_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: scale-corpus.sh OUT N [ORIGINALS_DIR]}; n=${2:?usage: scale-corpus.sh OUT N}
src=${3:-$out.src}
originals=$("$here/scale-originals.sh" "$src")
exec nice -n 15 /usr/bin/python3 "$here/scale_corpus.py" "$originals" "$out" "$n"
