-- wrk script for ForumHelper's load harness (see run-load.sh).
-- Rotates through the signed interactions written by `ForumHelper.Benchmarks requests`
-- (one per line: kind TAB timestamp TAB signature TAB body), counts the replies by status,
-- counts the advice answers (replies carrying feedback buttons), and prints one JSON line at the end.
-- Optional: FORUMHELPER_DELAY_MS waits that long between a connection's requests (for a steady soak).

local path = os.getenv("FORUMHELPER_REQUESTS") or "requests.tsv"
local pause = tonumber(os.getenv("FORUMHELPER_DELAY_MS") or "0")
local threads = {}

function setup(thread)
   thread:set("thread_number", #threads)
   table.insert(threads, thread)
end

function init(args)
   requests = {}
   statuses = {}
   answers = 0
   local file = assert(io.open(path, "r"), "cannot open " .. path)
   for line in file:lines() do
      local _, timestamp, signature, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", "/interactions", {
         ["Content-Type"] = "application/json",
         ["X-Signature-Timestamp"] = timestamp,
         ["X-Signature-Ed25519"] = signature,
      }, body)
   end
   file:close()
   -- Threads start at different places, so they do not send the same requests in step.
   next_request = (thread_number * 7919) % #requests
end

function request()
   next_request = next_request % #requests + 1
   return requests[next_request]
end

if pause > 0 then
   function delay()
      return pause
   end
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 200 and body:find('"feedback:', 1, true) then
      answers = answers + 1
   end
end

function done(summary, latency, requests)
   local totals, advice = {}, 0
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         totals[tostring(status)] = (totals[tostring(status)] or 0) + count
      end
      advice = advice + thread:get("answers")
   end
   local parts = {}
   for status, count in pairs(totals) do
      parts[#parts + 1] = string.format('"%s":%d', status, count)
   end
   local errors = summary.errors
   io.write(string.format(
      '{"requests":%d,"seconds":%.2f,"per_second":%.0f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"p999_ms":%.3f,"max_ms":%.3f,' ..
      '"advice_answers":%d,"statuses":{%s},"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency:percentile(99.9) / 1000, latency.max / 1000,
      advice, table.concat(parts, ","), errors.connect, errors.read, errors.write, errors.timeout))
end
