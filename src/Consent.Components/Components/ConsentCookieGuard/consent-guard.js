// The cookie and storage guard of Consent.Components (COMPLIANCE C1, C9): ConsentCookieGuard writes this function
// into <head> and calls it with the registry and the visitor's consent the server rendered the page with.
// c.g: granted category keys (necessary included); c.k: [name or pattern, category, storage (0 cookie,
// 1 localStorage, 2 sessionStorage), domain, path]; c.a: undeclared cookies, 0 blocked, 1 allowed, or the optional
// category keys that must all be granted (AllowWhenAllGranted); c.x: 1 when the
// visitor's consent is known (cleanup runs only then); c.e: the consent endpoint path; c.r: where to report (Development).
// Written for a line-based minifier: whole-line comments only, a semicolon at the end of every statement.
(function (c) {
var w = window, d = document, D = Document.prototype, cd = Object.getOwnPropertyDescriptor(D, "cookie");
var g = c.g, k = c.k, q = [], seen = {}, S = w.Storage && Storage.prototype, si = S && S.setItem;
function has(n) {
return g.indexOf(n) >= 0;
}
var C = w.Consent = { granted: g.slice(), isGranted: has };
k.forEach(function (e) {
if (/\*/.test(e[0])) e.r = RegExp("^" + e[0].replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
});
// The server lists exact names before patterns, so the first match is the one its registry finds.
function find(n, a) {
for (var i = 0; i < k.length; i++) {
var e = k[i];
if (e[2] == a && (e.r ? e.r.test(n) : e[0] == n)) return e;
}
}
function rep(a, n, b) {
var key = a + n;
if (!c.r || seen[key]) return;
seen[key] = 1;
q.push({ s: a, n: n, b: b });
if (q.length == 1) setTimeout(flush, 500);
}
function flush() {
if (q.length) navigator.sendBeacon(c.r, JSON.stringify(q));
q = [];
}
// Whether a write may go through; anything undeclared or refused is reported.
function pass(n, a) {
var e = find(n, a), u = c.a, y = e ? has(e[1]) : a || (u.every ? u.every(has) : u);
if (!e || !y) rep(a, n, !y);
return !!y;
}
// [name, whether the write deletes]: Max-Age wins over Expires, as in browsers.
function parse(v) {
var parts = String(v).split(";"), f = parts[0], i = f.indexOf("="), ma, ex;
for (var j = 1; j < parts.length; j++) {
var t = parts[j], m = t.indexOf("="), an = (m < 0 ? t : t.slice(0, m)).trim().toLowerCase(), av = m < 0 ? "" : t.slice(m + 1).trim();
if (an == "max-age" && /^-?\d+$/.test(av)) ma = +av;
if (an == "expires" && !isNaN(Date.parse(av))) ex = Date.parse(av);
}
return [i < 0 ? "" : f.slice(0, i).trim(), ma != null ? ma <= 0 : ex != null && ex < Date.now()];
}
Object.defineProperty(D, "cookie", {
configurable: true,
get: function () { return cd.get.call(this); },
set: function (v) {
var p = parse(v);
if (p[1] || pass(p[0], 0)) cd.set.call(this, v);
}
});
if (w.CookieStore) {
var cs = CookieStore.prototype.set;
CookieStore.prototype.set = function (a, b) {
var o = a && typeof a == "object" ? a : { name: a, value: b }, n = String(o.name == null ? "" : o.name);
if (o.expires != null && +o.expires < Date.now() || pass(n, 0)) return cs.apply(this, arguments);
return Promise.resolve();
};
}
var L, SS;
try {
L = w.localStorage;
SS = w.sessionStorage;
} catch (x) {
}
if (si) {
S.setItem = function (n) {
var a = this === L ? 1 : this === SS ? 2 : 0;
if (!a || pass(String(n), a)) return si.apply(this, arguments);
};
}
function expire(n, e) {
var h = location.hostname.split("."), s = location.pathname.split("/"), ds = ["", e[3]], ps = ["/", e[4]], i;
for (i = 0; i < h.length - 1; i++) ds.push(h.slice(i).join("."));
for (i = 2; i <= s.length; i++) ps.push(s.slice(0, i).join("/"));
ds.forEach(function (m) {
ps.forEach(function (p) {
if (m != null && p) cd.set.call(d, n + "=; Max-Age=0; Path=" + p + (m ? "; Domain=" + m : ""));
});
});
}
// C9: what a category no longer granted left behind goes on the next page, before any other script runs.
function clean() {
if (!c.x) return;
cd.get.call(d).split(";").forEach(function (p) {
var n = p.split("=")[0].trim(), e = find(n, 0);
if (e && !has(e[1])) expire(n, e);
});
[L, SS].forEach(function (s, a) {
for (var i = s ? s.length : 0; i--;) {
var n = s.key(i), e = find(n, a + 1);
if (e && !has(e[1])) s.removeItem(n);
}
});
}
// A decision taken through fetch on the consent endpoint answers with the new state: apply it without a reload.
function update(s) {
var o = s && s.categories, n = [];
if (!o) return;
for (var key in o) if (o[key] === true) n.push(key);
if (n.join() == g.join()) return;
g = n;
c.x = 1;
C.granted = n.slice();
clean();
d.dispatchEvent(new CustomEvent("consent:change", { detail: { granted: n.slice() } }));
}
var f = w.fetch;
if (f) {
w.fetch = function (i) {
var r = f.apply(this, arguments), u;
try {
u = new URL(i && i.url || i, location.href);
} catch (x) {
}
if (u && u.origin == location.origin && u.pathname == c.e) {
r.then(function (res) {
if (res.ok) res.clone().json().then(update, function () {});
}, function () {});
}
return r;
};
}
clean();
})
