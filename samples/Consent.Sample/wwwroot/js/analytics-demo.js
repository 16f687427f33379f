// A stand-in for an analytics tag: it sets a first-party cookie that the registry declares as analytics ("_ga*").
// <ConsentScript Category="analytics"> only writes this script into pages whose visitor granted analytics.
(function () {
    if (!document.cookie.split('; ').some(function (c) { return c.indexOf('_ga_demo=') === 0; })) {
        document.cookie = '_ga_demo=GA1.1.' + Date.now() + '; Max-Age=34128000; Path=/; SameSite=Lax';
    }
    window.analyticsDemoLoaded = true;
})();
