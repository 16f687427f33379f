#!/usr/bin/env bash
# Page weight of the banner on the real sample: bytes (raw and gzip -9) of the HTML and CSS the banner adds to a
# page, and the JavaScript that must run for consent to work.
#   bash tests/Consent.Benchmarks/Load/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
dotnet build samples/Consent.Sample -c Release -v quiet -nologo >/dev/null
WORK="$(mktemp -d)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
ASPNETCORE_ENVIRONMENT=Production Consent__Audit__ConnectionString="Data Source=$WORK/audit.db" \
  dotnet samples/Consent.Sample/bin/Release/net10.0/Consent.Sample.dll --urls "http://127.0.0.1:$PORT" >"$WORK/sample.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"

python3 - "$BASE" <<'PY'
import gzip, re, sys, urllib.request, http.cookiejar, urllib.parse
base = sys.argv[1]
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs): return None
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def get(path):
    with opener.open(base + path) as r: return r.read()
def gz(data): return len(gzip.compress(data, 9))

first = get("/")
html = first.decode("utf-8")
banner = re.search(r'<section id="consent-banner".*?</section>', html, re.S).group(0).encode("utf-8")
head_link = re.search(r'<link[^>]*consent-page\.css[^>]*>', html).group(0).encode("utf-8")
token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', html).group(1)
data = urllib.parse.urlencode({"__RequestVerificationToken": token, "action": "reject-all", "returnUrl": "/"}).encode()
try:
    opener.open(urllib.request.Request(base + "/consent", data=data))
except urllib.error.HTTPError as e:
    assert e.code == 303, e.code
after = get("/")

styles = re.search(r'(Consent\.Sample\.[a-z0-9]+\.styles\.css)', html).group(1)
bundle_path = re.search(r"@import '([^']*Consent\.Components[^']*)'", get("/" + styles).decode()).group(1)
bundle = get("/" + bundle_path)
banner_css = b"".join(re.findall(rb"/\* [^*]*/Components/CookieConsentBanner/[^*]*\*/.*?(?=/\* [^*]*\.razor\.rz\.scp\.css \*/|\Z)", bundle, re.S))
page_css = get("/_content/Consent.Components/consent-page.css")
scripts = re.findall(r'<script[^>]*>.*?</script>', html, re.S)
consent_js = [s for s in scripts if "dataLayer" in s or "consent" in s.lower() and "blazor" not in s]

rows = [
    ("banner HTML (the <section> with its forms)", banner),
    ("<link> to consent-page.css in <head>", head_link),
    ("banner CSS (its rules in the components' bundle)", banner_css),
    ("consent-page.css (room for the banner, focus above it)", page_css),
]
print("| what | raw bytes | gzip -9 bytes |")
print("|---|---:|---:|")
for name, data in rows:
    print(f"| {name} | {len(data)} | {gz(data)} |")
total = b"".join(d for _, d in rows)
print(f"| **banner total, HTML + CSS** (one stream) | {len(total)} | **{gz(total)}** |")
print(f"| whole page with banner vs after a choice | {len(first)} vs {len(after)} | {gz(first)} vs {gz(after)} |")
print(f"| whole components CSS bundle (banner, gate, declaration, …) | {len(bundle)} | {gz(bundle)} |")
print()
print(f"JavaScript that must run for consent to work: 0 bytes (the banner is plain forms; the page's only script tags are: "
      + ", ".join(sorted(set(re.sub(r'\s+', ' ', s[:60]) for s in re.findall(r'<script[^>]*>', html)))) + ").")
print(f"Optional inline script of <GoogleConsentMode /> on this page: {sum(len(s.encode()) for s in consent_js)} bytes raw.")
PY
