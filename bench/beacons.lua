-- wrk script for bench/beacons.py: every request is a read by a new reader (its own
-- user agent), so none is deduplicated; counts the beacons acknowledged as counted.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  article = args[1]
  run = args[2]  -- a new run's readers are new readers
  sent = 0
  counted = 0
  errors = 0
  body = '{"article": ' .. article .. '}'
end

function request()
  sent = sent + 1
  return wrk.format("POST", "/readership/read", {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) BenchReader/" .. run .. "." .. id .. "." .. sent,
  }, body)
end

function response(status, headers, body)
  if status == 202 then
    counted = counted + 1
  else
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total_counted, total_errors = 0, 0
  for _, thread in ipairs(threads) do
    total_counted = total_counted + thread:get("counted")
    total_errors = total_errors + thread:get("errors")
  end
  io.write(string.format("counted %d errors %d\n", total_counted, total_errors))
end
