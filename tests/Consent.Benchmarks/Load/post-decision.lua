-- wrk script: every request is a new visitor's «أوافق» (no consent cookie), with a valid antiforgery pair and the
-- banner form's own fields. With CONSENT_KEYED=1 each request also carries a fresh submission key, as every rendered
-- form does (the endpoint then looks the key up in the same transaction that appends the event); without it, none.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("CONSENT_COOKIE")
local body = os.getenv("CONSENT_BODY")
local keyed = os.getenv("CONSENT_KEYED") == "1"

-- 32 lowercase hex digits, unique within the run (a counter, and the thread's number: each wrk thread has its own
-- Lua state) and across runs on the same log (time and randomness): a key the log already holds would be answered
-- from its first event and not recorded again.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local run = nil
local counter = 0

request = function()
  if not keyed then
    return wrk.format(nil, nil, nil, body)
  end
  if run == nil then
    local number = thread_number or 0
    math.randomseed(os.time() + number)
    run = string.format("%08x%04x%04x", os.time() % 0x7fffffff, number % 0x10000, math.random(0, 0xffff))
  end
  counter = counter + 1
  local key = run .. string.format("%08x%08x", counter, math.random(0, 0x7fffffff))
  return wrk.format(nil, nil, nil, body .. "&submissionKey=" .. key)
end

done = function(summary, latency, requests)
  io.write("status counts are per thread in wrk; see the server-side event count for acknowledged decisions\n")
end
