#!/usr/bin/env bash
# Gateway baselines: wrk against nginx serving a file, bare Kestrel returning the same bytes, and optionally the
# real gateway, in one run on loopback; then p50/p99 at half of each target's peak rate with hey (rate-limited).
#
#   flock /tmp/platform-build.lock bash bench/gateway/run.sh [PAYLOAD]
#
# PAYLOAD: an HTML file, or an http://127.0.0.1:PORT/... or http://localhost:PORT/... URL fetched once (so every
#          server sends the bytes a real page has); default: a generated ~12 KB HTML page.
# Environment:
#   DURATION=10s      each measured run (wrk and hey)
#   THREADS=2         wrk threads
#   CONNECTIONS=64    wrk connections; the half-peak pass uses CONNECTIONS/2 hey workers
#   GATEWAY=0         1 = also start the real gateway (Release build) and measure TARGET_PATH on it
#   TARGET_PATH=/@demo/   path requested from the gateway (nginx and Kestrel answer every path alike)
#   SKIP_BUILD=0      1 = use existing Release builds
#   COLD_POSTS=300    with GATEWAY=1: posts imported into a blog "cold" (through the import CLI) whose first views
#                     are timed one by one after the gateway starts (activation from storage, p50/p99)
#   EXACT_REQUESTS=20000  with GATEWAY=1: a fixed-count run (curl --parallel) whose requests must all be counted as views
# wrk and curl requests carry a browser User-Agent, so the gateway counts them as views; hey cannot set one, so its
# fixed-rate requests read as a tool's and are not counted (the page is served the same way otherwise).
# Writes bench/results/gateway.md. Loopback only. Run it holding the shared build lock, as shown above.
set -euo pipefail

cd "$(dirname "$0")/../.."
repo=$(pwd)
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
GATEWAY=${GATEWAY:-0}
TARGET_PATH=${TARGET_PATH:-/@demo/}
SKIP_BUILD=${SKIP_BUILD:-0}
COLD_POSTS=${COLD_POSTS:-300}
EXACT_REQUESTS=${EXACT_REQUESTS:-20000}
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
payload_arg=${1:-}

die() { echo "run.sh: $*" >&2; exit 1; }

# (a) tools
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
missing=()
for tool in wrk nginx hey curl python3; do
  have "$tool" || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    die "missing ${missing[*]}; install as root: apt-get install -y wrk nginx-light hey curl python3"
  fi
  apt-get install -y wrk nginx-light hey curl python3 >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk nginx-light hey curl python3 >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/gateway-bench.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

wait_http() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || die "no answer from $1"
    sleep 0.2
  done
}

# builds
if [ "$SKIP_BUILD" != 1 ]; then
  dotnet build -c Release bench/Platform.Bench.Kestrel -nologo -v q >/dev/null || die "build of bench/Platform.Bench.Kestrel failed"
  if [ "$GATEWAY" = 1 ]; then
    dotnet build -c Release src/Platform.Gateway -nologo -v q >/dev/null || die "build of src/Platform.Gateway failed"
  fi
fi

# (e) gateway first, on an empty data folder (so it seeds the demo blog), with a second blog of COLD_POSTS posts
if [ "$GATEWAY" = 1 ]; then
  gateway_dll=src/Platform.Gateway/bin/Release/net10.0/Platform.Gateway.dll
  mkdir -p "$work/data" "$work/cold/_posts"
  python3 - "$work/cold/_posts" "$COLD_POSTS" <<'PY'
import sys, os
folder, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    day = 1 + i % 28
    with open(os.path.join(folder, f"2025-{1 + i % 12:02d}-{day:02d}-cold-post-{i}.md"), "w") as f:
        f.write(f"---\ntitle: Cold post {i}\ntags: [cold, t{i % 10}]\ncategories: [Bench]\n---\n")
        f.write("A paragraph of text for the cold post. " * 40 + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
PY
  # First start on the empty folder seeds the demo blog; stop it gracefully, import the cold posts, start again.
  seed_port=$(free_port)
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$gateway_dll" --urls "http://127.0.0.1:$seed_port" "--Platform:DataPath=$work/data" >"$work/seed.out" 2>&1 &
  seed_pid=$!
  wait_http "http://127.0.0.1:$seed_port/health/ready" 30
  kill -TERM "$seed_pid"; wait "$seed_pid" || true
  Logging__LogLevel__Default=Warning dotnet "$gateway_dll" import jekyll "$work/cold" --blog cold --create \
    "--Platform:DataPath=$work/data" >"$work/import.out" 2>&1 || die "import of the cold posts failed: $(tail -5 "$work/import.out")"
  gateway_port=$(free_port)
  DOTNET_gcServer=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$gateway_dll" --urls "http://127.0.0.1:$gateway_port" "--Platform:DataPath=$work/data" >"$work/gateway.out" 2>&1 &
  pids+=($!)
  wait_http "http://127.0.0.1:$gateway_port/health/ready" 30
  [ -n "$payload_arg" ] || payload_arg="http://127.0.0.1:$gateway_port$TARGET_PATH"
fi

# (b) payload
payload="$work/payload.html"
case "$payload_arg" in
  "")
    python3 - "$payload" <<'PY'
import sys
parts = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Benchmark post</title>',
         '<style>body{font:16px/1.6 system-ui;max-width:42rem;margin:2rem auto}</style></head><body><article>',
         '<h1>Benchmark post</h1>']
i = 0
while sum(len(p) for p in parts) < 12 * 1024 - 200:
    parts.append(f'<p>Paragraph {i}: the quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.</p>\n')
    i += 1
parts.append('</article></body></html>\n')
open(sys.argv[1], 'w').write(''.join(parts))
PY
    ;;
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*)
    curl -fsS -o "$payload" "$payload_arg" || die "could not fetch $payload_arg"
    ;;
  http*)
    die "only loopback URLs may be fetched: $payload_arg"
    ;;
  *)
    [ -f "$payload_arg" ] || die "no such file: $payload_arg"
    cp "$payload_arg" "$payload"
    ;;
esac
chmod 644 "$payload"
payload_bytes=$(stat -c %s "$payload")
payload_sha=$(sha256sum "$payload" | cut -c1-16)

# (c) nginx
nginx_port=$(free_port)
sed -e "s|@PORT@|$nginx_port|g" -e "s|@ROOT@|$work|g" -e "s|@TMP@|$work|g" bench/gateway/nginx.conf.template > "$work/nginx.conf"
"$NGINX" -c "$work/nginx.conf" -p "$work" >"$work/nginx.out" 2>&1 &
pids+=($!)

# (d) bare Kestrel
kestrel_port=$(free_port)
DOTNET_gcServer=0 dotnet bench/Platform.Bench.Kestrel/bin/Release/net10.0/Platform.Bench.Kestrel.dll "$payload" --urls "http://127.0.0.1:$kestrel_port" >"$work/kestrel.out" 2>&1 &
pids+=($!)

targets=("nginx|http://127.0.0.1:$nginx_port/" "kestrel|http://127.0.0.1:$kestrel_port/")
if [ "$GATEWAY" = 1 ]; then
  targets+=("gateway|http://127.0.0.1:$gateway_port$TARGET_PATH")
fi

wait_http "http://127.0.0.1:$nginx_port/" 10
wait_http "http://127.0.0.1:$kestrel_port/" 30

# Same bytes everywhere (the gateway's page is compared only when it was the payload's source).
for t in "${targets[@]}"; do
  name=${t%%|*}; url=${t#*|}
  sha=$(curl -fsS "$url" | sha256sum | cut -c1-16)
  if [ "$sha" != "$payload_sha" ]; then
    if [ "$name" = gateway ]; then echo "note: gateway body differs from the payload (pass its URL as PAYLOAD to compare like for like)" >&2
    else die "$name does not serve the payload bytes"; fi
  fi
done

to_ms() { # wrk/hey latency token (e.g. 812.00us, 1.20ms, 0.0012 secs) -> ms
  awk -v v="$1" -v u="${2:-}" 'BEGIN {
    if (u == "secs") { printf "%.3f", v * 1000; exit }
    n = v + 0; s = v; sub(/^[0-9.]+/, "", s)
    if (s == "us") n /= 1000; else if (s == "s") n *= 1000; else if (s == "m") n *= 60000
    printf "%.3f", n }'
}

declare -A rps p50 p99 half got hp50 hp99
for t in "${targets[@]}"; do
  name=${t%%|*}; url=${t#*|}
  echo "== $name: warm-up 3 s, then wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "User-Agent: $UA" "$url" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "User-Agent: $UA" --latency "$url")
  echo "$out" >"$work/wrk-$name.txt"
  if echo "$out" | grep -q "Non-2xx"; then die "$name answered non-2xx: $(echo "$out" | grep Non-2xx)"; fi
  rps[$name]=$(echo "$out" | awk '/^Requests\/sec:/ {printf "%.0f", $2}')
  p50[$name]=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99[$name]=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
done

# (f) p50/p99 at a fixed rate: half the gateway's peak (or, without the gateway, half the slowest peak), the same
# rate for every target. wrk 4 cannot limit its rate (that is wrk2), so hey does it: -q is per worker, so
# workers * q = the target rate.
if [ -n "${rps[gateway]:-}" ]; then peak=${rps[gateway]}; else peak=$(printf '%s\n' "${rps[@]}" | sort -n | head -1); fi
workers=$((CONNECTIONS / 2))
per_worker=$(( peak / 2 / workers ))
[ "$per_worker" -ge 1 ] || per_worker=1
rate=$((per_worker * workers))
for t in "${targets[@]}"; do
  name=${t%%|*}; url=${t#*|}
  echo "== $name: hey -z $DURATION -c $workers -q $per_worker ($rate req/s)" >&2
  hout=$(hey -z "$DURATION" -c "$workers" -q "$per_worker" -H "User-Agent: $UA" -disable-compression "$url")
  echo "$hout" >"$work/hey-$name.txt"
  if echo "$hout" | awk '/responses$/ && $1 !~ /^\[2/ {bad = 1} END {exit !bad}'; then die "$name answered non-2xx under hey: $(echo "$hout" | grep -A3 'Status code')"; fi
  half[$name]=$rate
  got[$name]=$(echo "$hout" | awk '$1 == "Requests/sec:" {printf "%.0f", $2}')
  hp50[$name]=$(to_ms "$(echo "$hout" | awk '$1 == "50%" && $2 == "in" {print $3}')" secs)
  hp99[$name]=$(to_ms "$(echo "$hout" | awk '$1 == "99%" && $2 == "in" {print $3}')" secs)
done

# (g) the gateway's counters: a fixed number of requests must add exactly that many views; and first views of
# posts that are not activated yet (each loads its state from SQLite), one at a time.
views_now() { curl -fsS -A "$UA" "$1" | python3 -c 'import re,sys; print(int(re.search(r"class=\"views\">([0-9,]+)", sys.stdin.read()).group(1).replace(",", "")))'; }
if [ "$GATEWAY" = 1 ]; then
  url="http://127.0.0.1:$gateway_port$TARGET_PATH"
  before=$(views_now "$url")
  echo "== gateway: $EXACT_REQUESTS requests, curl --parallel (32), browser User-Agent (exact view count)" >&2
  # (hey cannot set a User-Agent: its requests read as a tool's, which the gateway rightly does not count as views.)
  awk -v n="$EXACT_REQUESTS" -v u="$url" 'BEGIN { for (i = 0; i < n; i++) printf "url = \"%s\"\noutput = \"/dev/null\"\n", u }' >"$work/exact.curl"
  curl -s -Z --parallel-max 32 -A "$UA" -K "$work/exact.curl" -w '%{http_code}\n' >"$work/exact-codes.txt"
  ok=$(grep -c '^200$' "$work/exact-codes.txt")
  after=$(views_now "$url")
  counted=$((after - before - 1))
  curl -fsS -A "$UA" -o /dev/null "http://127.0.0.1:$gateway_port/@cold/"
  curl -fsS "http://127.0.0.1:$gateway_port/@cold/sitemap.xml" | python3 -c 'import re,sys; [print(u) for u in re.findall(r"<loc>([^<]*cold-post[^<]*)</loc>", sys.stdin.read())]' >"$work/cold-urls.txt"
  echo "== gateway: first views of $(wc -l <"$work/cold-urls.txt") posts not yet activated" >&2
  while read -r cold; do curl -fsS -A "$UA" -o /dev/null -w '%{time_total}\n' "$cold"; done <"$work/cold-urls.txt" >"$work/cold-times.txt"
  read -r cold_n cold_p50 cold_p99 < <(python3 -c 'import sys; t=sorted(float(x)*1000 for x in open(sys.argv[1])); n=len(t); print(n, "%.2f" % t[n//2], "%.2f" % t[min(n-1, int(n*0.99))])' "$work/cold-times.txt")
  warm_p50=$(for i in $(seq 1 200); do curl -fsS -A "$UA" -o /dev/null -w '%{time_total}\n' "$(head -1 "$work/cold-urls.txt")"; done | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int(NR/2)]*1000}')
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

mkdir -p bench/results
{
  echo "# Gateway baselines"
  echo
  echo "Run: $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; payload $payload_bytes bytes (sha256 $payload_sha...);"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (closed loop, peak); then hey -z $DURATION -c $workers at one fixed rate for all (rate-limited)."
  echo
  echo "| target | req/s (peak) | p50 ms | p99 ms | half-peak target req/s | achieved req/s | p50 ms @half | p99 ms @half |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for t in "${targets[@]}"; do
    n=${t%%|*}
    echo "| $n | ${rps[$n]} | ${p50[$n]} | ${p99[$n]} | ${half[$n]} | ${got[$n]} | ${hp50[$n]} | ${hp99[$n]} |"
  done
  echo
  echo "| ratio (req/s) | value |"
  echo "|---|---:|"
  echo "| kestrel / nginx | $(ratio "${rps[kestrel]}" "${rps[nginx]}") |"
  if [ -n "${rps[gateway]:-}" ]; then
    echo "| gateway / kestrel | $(ratio "${rps[gateway]}" "${rps[kestrel]}") |"
    echo "| gateway / nginx | $(ratio "${rps[gateway]}" "${rps[nginx]}") |"
    echo "| gateway p99 @half / kestrel p99 @half | $(ratio "${hp99[gateway]}" "${hp99[kestrel]}") |"
    echo
    echo "| gateway counters and cold views | value |"
    echo "|---|---:|"
    echo "| requests made (curl --parallel, 200 OK) | $ok |"
    echo "| views counted (page's count after - before - 1) | $counted |"
    echo "| first view of a post not activated, p50 / p99 ms ($cold_n posts, curl, sequential) | $cold_p50 / $cold_p99 |"
    echo "| the same post once activated, p50 ms (curl, sequential) | $warm_p50 |"
  fi
  echo
  echo "Achieved below the half-peak target means the load generator (hey shares the cores) was the limit;"
  echo "compare targets at the same achieved rate. hey reports latency in 0.1 ms steps."
} | tee bench/results/gateway.md
for f in "$work"/wrk-*.txt "$work"/hey-*.txt; do echo "== $(basename "$f")"; cat "$f"; done > bench/results/gateway-raw.txt
