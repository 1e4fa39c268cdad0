-- wrk script for `npm run bench -- --generator wrk` (bench/wrk-generator.ts writes the file it reads).
-- Replays pre-signed raw HTTP requests, each once, in order, then prints one JSON line of results.
-- The file: records of an 8-digit decimal length followed by that many bytes of request.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- Thread state, global so that done() can read it through thread:get (a copy: never the requests themselves).
requests = {}
prepared = 0
sent = 0
-- The process's CPU time once the requests are read: what the load itself costs is counted from there.
loaded_cpu = 0

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local data = file:read("*a")
  file:close()
  local position = 1
  while position <= #data do
    local length = tonumber(data:sub(position, position + 7))
    position = position + 8
    requests[#requests + 1] = data:sub(position, position + length - 1)
    position = position + length
  end
  prepared = #requests
  loaded_cpu = os.clock()
end

function request()
  sent = sent + 1
  return requests[(sent - 1) % #requests + 1]
end

function done(summary, latency, _)
  local handed, ready, loaded = 0, 0, 0
  for _, thread in ipairs(threads) do
    handed = handed + thread:get("sent")
    ready = ready + thread:get("prepared")
    loaded = math.max(loaded, thread:get("loaded_cpu"))
  end
  local errors = summary.errors
  io.write(string.format(
    '\nWRK-RESULT {"durationUs":%d,"responses":%d,"sent":%d,"prepared":%d,"connect":%d,"read":%d,"write":%d,' ..
      '"status":%d,"timeout":%d,"meanUs":%.1f,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"cpuSeconds":%.3f}\n',
    summary.duration, summary.requests, handed, ready, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, os.clock() - loaded))
end
