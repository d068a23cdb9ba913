-- wrk script for bench/run.py: every request carries a query string never sent before
-- (`?utm=<thread>-<n>`), as tracking links do; the caches must answer all from one entry.
-- With the argument "same", the plain path each time: the same cost in wrk, for comparison.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  sent = 0
  same = args[1] == "same"
end

function request()
  sent = sent + 1
  if same then
    return wrk.format("GET", wrk.path)
  end
  return wrk.format("GET", wrk.path .. "?utm=" .. id .. "-" .. sent)
end
