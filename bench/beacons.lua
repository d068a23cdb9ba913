-- wrk script for bench/beacons.py: every request is a read by a new reader (its own
-- address, as our proxy reports it in X-Forwarded-For; a new run's browser), so none is
-- deduplicated or rate-limited; counts the beacons acknowledged as counted.
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
  -- One browser per run, as a spike's readers share a few: the agent check is memoized.
  agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0."
    .. run .. ".0 Safari/537.36"
end

function request()
  sent = sent + 1
  return wrk.format("POST", "/readership/read", {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = agent,
    ["X-Forwarded-For"] = string.format(
      "10.%d.%d.%d", id % 256, math.floor(sent / 256) % 256, sent % 256
    ),
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
