-- wrk script for bench/run.py: every request carries a query string never sent before
-- (`?utm=<thread>-<n>`), as tracking links do; the caches must answer all from one entry.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  sent = 0
end

function request()
  sent = sent + 1
  return wrk.format("GET", wrk.path .. "?utm=" .. id .. "-" .. sent)
end
