-- wrk script of the benchmark harness (bench/run). Arguments after "--":
--   (none)           the URL given to wrk, every time
--   paths FILE       cycle through the request paths in FILE (one a line), from a random start per thread
--   vary NAME        the URL's path plus "?NAME=<counter>" (or "&..."), distinct on every request,
--                    so an answer cache keyed by query parameters never hits
-- done() prints one line "BENCH {json}" that the harness parses; latencies are in microseconds.
local mode, arg = nil, nil
local paths = {}
local i = 0
local counter = 0

function init(args)
  mode, arg = args[1], args[2]
  if mode == "paths" then
    for line in io.lines(arg) do
      if #line > 0 then paths[#paths + 1] = line end
    end
    i = math.random(#paths)
  end
  counter = math.random(1000000) * 1000000
end

function request()
  if mode == "paths" then
    i = i % #paths + 1
    return wrk.format(nil, paths[i])
  elseif mode == "vary" then
    counter = counter + 1
    local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. sep .. arg .. "=" .. counter)
  end
  return wrk.format(nil, wrk.path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,"socket_errors":%d,"status_errors":%d,' ..
    '"p50":%d,"p95":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
