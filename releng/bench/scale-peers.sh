#!/usr/bin/env bash
# Peers on the scale library's own vectors (README, "A library of 100,000 pictures"): writes the
# fingerprint's picture vectors of a library that scale.sh built (WORK/N) as a TEXMEX set, with the
# fingerprints of its whole-picture and crop query pictures as queries and exact inner-product
# neighbours as truth (dev.scry.bench.ScaleVectors), then runs releng/bench/vectors.sh on that set:
# Lucene through Scry's index writer and searcher, hnswlib and Faiss through the peers script, one
# thread each, in one run. Prints vectors.sh's table, with date, machine and load average.
#   releng/bench/scale-peers.sh WORK/N [--peers PEERS.py] [--data DIR] [-- vectors.sh options...]
# --peers: the peers script (default releng/bench/peers.py); --data: where the set goes (default
# WORK/N/vectors). vectors.sh options after --, e.g. -- --ef 10,20,40,80,160 -- --storage float32,int8
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:?usage: scale-peers.sh WORK/N [--peers PEERS.py] [--data DIR] [-- vectors.sh options...]}; shift
peers=$root/releng/bench/peers.py data=$dir/vectors
while [ $# -gt 0 ]; do
  case $1 in
    --peers) peers=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "scale-peers.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
index=$(dirname "$(find "$dir/home" -name 'segments_*' | head -1)")
[ -d "$dir/queries/whole" ] || { echo "scale-peers.sh: $dir has no query pictures (run scale.sh's queries stage first)" >&2; exit 1; }
. "$root/.mvn/java-home.sh"
bench=$root/releng/dev.scry.bench
"$root/mvnw" -B -q -o -f "$bench/pom.xml" compile >&2
if [ ! -s "$data/gt.ivecs" ]; then
  "$JAVA_HOME/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
    -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" dev.scry.bench.ScaleVectors "$index" "$data" \
    "$dir/queries/whole,$dir/queries/crop" 2> >(grep -v -e '^WARNING: Using incubator' -e 'PanamaVectorizationProvider' >&2)
fi
echo "# vectors: the fingerprint's picture vectors of $index ($(($(stat -c %s "$data/base.fvecs") / 4 / 228)) of 227 floats);" \
  "queries: the whole-picture and crop query pictures of $dir/queries"
"$root/releng/bench/vectors.sh" --data "$data" --peers "$peers" "$@"
