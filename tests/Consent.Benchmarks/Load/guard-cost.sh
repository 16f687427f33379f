#!/usr/bin/env bash
# What <ConsentCookieGuard /> costs a page of the real sample: its bytes (raw and gzip -9, code and data apart, and the
# whole page with and without it), and the time its script takes to run on page load in Chromium, measured with
# performance.now() around it in FRAMES fresh documents (each an iframe, so each has its own, unguarded, prototypes).
# Chromium rounds performance.now() to 0.1 ms on a page that is not cross-origin isolated: read medians, not single runs.
#   bash tests/Consent.Benchmarks/Load/guard-cost.sh [FRAMES]      # default 200; Chromium from CONSENT_TEST_CHROMIUM
set -euo pipefail
cd "$(dirname "$0")/../../.."
FRAMES="${1:-200}"
CHROMIUM="${CONSENT_TEST_CHROMIUM:-/usr/bin/chromium}"
dotnet build samples/Consent.Sample -c Release -v quiet -nologo >/dev/null
WORK="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PORT=$(free_port)
HARNESS_PORT=$(free_port)
ASPNETCORE_ENVIRONMENT=Production Consent__Audit__ConnectionString="Data Source=$WORK/audit.db" \
  dotnet samples/Consent.Sample/bin/Release/net10.0/Consent.Sample.dll --urls "http://127.0.0.1:$PORT" >"$WORK/sample.log" 2>&1 &
PID=$!
trap 'kill $PID ${HPID:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.2; done

python3 - "http://127.0.0.1:$PORT" "$WORK" "$FRAMES" <<'PY'
import gzip, re, sys, urllib.request
base, work, frames = sys.argv[1], sys.argv[2], int(sys.argv[3])
html = urllib.request.urlopen(base + "/").read().decode("utf-8")
guard = re.search(r"<head>.*?(<script[^>]*>(\(function\(c\).*?)</script>)", html, re.S)
element, script = guard.group(1), guard.group(2)
code = script[:script.rindex("})({") + 2]
data = script[len(code):]
gz = lambda s: len(gzip.compress(s.encode("utf-8"), 9))
without = html.replace(element, "")
print("| what | raw bytes | gzip -9 bytes |")
print("|---|---:|---:|")
print(f"| guard code (the minified function) | {len(code.encode())} | {gz(code)} |")
print(f"| guard data on the sample's first visit ({data.count('[') - 2} declarations) | {len(data.encode())} | {gz(data)} |")
print(f"| the whole `<script>` element | {len(element.encode())} | {gz(element)} |")
print(f"| home page, first visit, with vs without the guard | {len(html.encode())} vs {len(without.encode())} | {gz(html)} vs {gz(without)} |")
# The harness: the same guard, with the sample's data, in fresh documents. "empty" measures the measuring itself;
# "cleanup" has the guard remove two analytics cookies and a storage key it finds (a page after a withdrawal).
seed = "document.cookie='_ga=GA1.1.1; path=/';document.cookie='_ga_demo=GA1.1.2; path=/';localStorage.setItem('analytics_demo_cid','1');"
# "reads" only reads document.cookie and both storages once, as the guard's cleanup does: in Chromium each is a
# synchronous call to another process, so it shows how much of the guard's time is the browser's, not its code's.
reads = "void document.cookie;void localStorage.length;void sessionStorage.length;"
for name, before, body in (("empty", "", ""), ("reads", "", reads), ("guard", "", script), ("cleanup", seed, script)):
    open(f"{work}/{name}.html", "w").write(
        # One script: between two script elements the parser may run other frames' work, which is not the guard's.
        f"<!DOCTYPE html><html><head><script>{before}var t0=performance.now();{body}parent.record(performance.now()-t0);</script>"
        "</head><body></body></html>")
frames_html = "".join(f'<iframe src="/NAME.html?{i}"></iframe>' for i in range(frames))
for name in ("empty", "reads", "guard", "cleanup"):
    open(f"{work}/{name}-run.html", "w").write(
        "<!DOCTYPE html><html><head><script>var t=[];function record(x){t.push(x);}</script></head><body>"
        + frames_html.replace("NAME", name)
        + "<pre id=r></pre><script>addEventListener('load',function(){t.sort(function(a,b){return a-b});"
        "var q=function(p){return t[Math.min(t.length-1,Math.floor(p*t.length))].toFixed(3)};"
        "document.getElementById('r').textContent='RESULT '+t.length+' '+q(0.5)+' '+q(0.9)+' '+q(0.99);});</script></body></html>")
PY
(cd "$WORK" && python3 -m http.server "$HARNESS_PORT" --bind 127.0.0.1 >/dev/null 2>&1) &
HPID=$!
sleep 1
echo
echo "| run ($FRAMES documents) | median ms | p90 ms | p99 ms |"
echo "|---|---:|---:|---:|"
for name in empty reads guard cleanup; do
  line=$("$CHROMIUM" --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/profile-$name" --dump-dom \
    "http://127.0.0.1:$HARNESS_PORT/$name-run.html" 2>/dev/null | grep -o 'RESULT [0-9. ]*' || true)
  read -r _ count median p90 p99 <<<"$line"
  echo "| $name | $median | $p90 | $p99 |  ($count measured)"
done
