#!/usr/bin/env bash
# The vector index benchmark (releng/bench/vectors.md): Scry's Lucene index (dev.scry.index: HNSW vector
# fields, float32/int8/int4/bit VectorStorage) against hnswlib and Faiss (flat and HNSW), on the same
# generated vectors, one thread each, in one run. Not part of `mvnw verify` (it prints figures and asserts
# nothing). Installs python3-hnswlib and python3-faiss with apt-get if they are missing (needs root).
#   releng/bench/vectors.sh [--n 100000] [--q 1000] [--dim 512] [--seed 1] [--make make_vectors.py]
#                           [--peers peers.py] [--data DIR] [--ef 10,20,40,80,160] [--no-peers]
#                           [-- VectorBench options...]
# --ef is the candidate sweep for both sides (hnswlib/Faiss ef, Lucene's k).
# VectorBench options: --storage float32,int8,int4,bit  --n 10,50 (the product's result counts)
# --commit-every 200 (0: one commit at the end)  --no-merge (skip the one-segment what-if)
# --keep --index DIR (keep the indexes in DIR).
# A quick run: releng/bench/vectors.sh --n 10000 --q 200
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=100000 q=1000 dim=512 seed=1 data= peers_on=1 ef=10,20,40,80,160
make=$root/releng/bench/make_vectors.py
peers=$root/releng/bench/peers.py
while [ $# -gt 0 ]; do
  case $1 in
    --n) n=$2; shift 2 ;;
    --q) q=$2; shift 2 ;;
    --dim) dim=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --make) make=$2; shift 2 ;;
    --peers) peers=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --ef) ef=$2; shift 2 ;;
    --no-peers) peers_on=; shift ;;
    --) shift; break ;;
    *) echo "vectors.sh: unknown option $1 (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
done
python=/usr/bin/python3
given_data=$data
data=${data:-${TMPDIR:-/tmp}/scry-vectors/n$n-q$q-d$dim-s$seed}

# The peers are Debian's packages (they bring numpy, which make_vectors.py needs too).
if ! "$python" -c 'import numpy, hnswlib, faiss' 2>/dev/null; then
  echo "vectors.sh: installing python3-hnswlib python3-faiss" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-hnswlib python3-faiss python3-numpy >&2
fi

# The set: generated once per size and seed, then reused.
if [ ! -s "$data/base.fvecs" ] || [ ! -s "$data/query.fvecs" ] || [ ! -s "$data/gt.ivecs" ]; then
  "$python" "$make" "$data" --n "$n" --q "$q" --dim "$dim" --seed "$seed" >&2
fi

# Scry's side: dev.scry.index compiled from the tree (offline when ~/.m2 has everything).
. "$root/.mvn/java-home.sh"
bench="$root/releng/dev.scry.bench"
"$root/mvnw" -B -q -o -f "$bench/pom.xml" compile >/dev/null 2>&1 || "$root/mvnw" -B -q -f "$bench/pom.xml" compile >&2

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
load() { uptime | sed 's/.*load average: /load average /'; }
echo "$(load) (before Scry)" >"$out/load"
# The product's JVM flags (see the scry start script): Lucene scores vectors with the Panama Vector API.
"$JAVA_HOME/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" \
  dev.scry.bench.VectorBench "$data" --index "$out/index" --ef "$ef" "$@" 2> >(grep -v -e '^WARNING: Using incubator' -e 'PanamaVectorizationProvider' >&2) \
  | tee "$out/scry" >&2
if [ -n "$peers_on" ]; then
  echo "$(load) (after Scry, before the peers)" >>"$out/load"
  "$python" "$peers" "$data" --ef "$ef" | tee "$out/peers" >&2
fi
echo "$(load) (at the end)" >>"$out/load"

versions=$(dpkg-query -W -f '${Package} ${Version}, ' python3-hnswlib python3-faiss 2>/dev/null || true)
echo "Scry vector index benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM," \
  "Debian $(cat /etc/debian_version 2>/dev/null || echo '?'); $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p);" \
  "$("$python" --version) with ${versions%, }"
echo "set: ${given_data:+$data, or if it lacked files }make_vectors.py --n $n --q $q --dim $dim --seed $seed; recall@10 against gt.ivecs; qps = single-thread k=10 queries/s"
sed 's/^/# /' "$out/load"
echo
{
  printf 'system\tparams\tbuild_s\trecall@10\tqps\tindex_mb\n'
  cat "$out/scry" ${peers_on:+"$out/peers"} | grep -v '^#'
} | awk -F '\t' '{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n[NR] = NF }
  END { for (r = 1; r <= NR; r++) { line = ""; for (i = 1; i <= n[r]; i++) line = line sprintf("%-" w[i] + 2 "s", cell[r, i]); sub(/ +$/, "", line); print line } }'
echo
grep -h '^#' "$out/scry" ${peers_on:+"$out/peers"} || true
