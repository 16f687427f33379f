// A stand-in for an analytics tag: it writes the first-party cookies a Google tag writes (_ga, _ga_<id>), which the
// registry declares as analytics ("_ga*"), and keeps a client id in localStorage ("analytics_demo_cid", declared
// with Storage = LocalStorage). <ConsentScript Category="analytics"> only writes this script into pages whose
// visitor granted analytics; <ConsentCookieGuard /> drops the same writes from any other script until then.
(function () {
    var id = localStorage.getItem('analytics_demo_cid') || String(Math.floor(Math.random() * 1e9)) + '.' + Date.now();
    localStorage.setItem('analytics_demo_cid', id);
    if (!document.cookie.split('; ').some(function (c) { return c.indexOf('_ga_demo=') === 0; })) {
        document.cookie = '_ga_demo=GA1.1.' + Date.now() + '; Max-Age=34128000; Path=/; SameSite=Lax';
    }
    if (!document.cookie.split('; ').some(function (c) { return c.indexOf('_ga=') === 0; })) {
        document.cookie = '_ga=GA1.1.' + id + '; Max-Age=34128000; Path=/; SameSite=Lax';
    }
    window.analyticsDemoLoaded = true;
})();
