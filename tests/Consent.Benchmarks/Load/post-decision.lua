-- wrk script: every request is a new visitor's «أوافق» (no consent cookie), with a valid antiforgery pair.
wrk.method = "POST"
wrk.body = os.getenv("CONSENT_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("CONSENT_COOKIE")

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write("status counts are per thread in wrk; see the server-side event count for acknowledged decisions\n")
end
