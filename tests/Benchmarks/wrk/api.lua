-- wrk scenarios for build/bench.sh:  wrk ... -s api.lua <base-url> -- <scenario> <token> [arg]
--   list [search]   GET /api/students?page=1&pageSize=20[&search=...]
--   get <id>        GET /api/students/<id>
--   create <prefix> POST /api/students with a unique email and student number per request
--   mixed <id>      list, get and create in turn (for the memory check)
--   roster <id>     GET /api/classes/<id>/enrollments
--   transcript <id> GET /api/students/<id>/transcript
--   readwrite <file> <prefix>  9 reads in 10 (list, get, roster), 1 write (create a student, or set a score),
--                   on the enrollments of <file> (one "classId studentId" a line); creates use <prefix>
-- done() prints one line of key=value figures that bench.sh parses; any non-2xx response or
-- socket error counts in errors=.
-- setup() runs in the main Lua state; thread:set makes thread_number a global of each thread's own state.
local threads_started = 0

function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_number", threads_started)
end

local scenario, token, arg, prefix
local sent = 0
local pairs_of = {}

local function read_pairs(path)
  local file = assert(io.open(path, "r"), "cannot open " .. path)
  for line in file:lines() do
    local class_id, student_id = line:match("^(%S+)%s+(%S+)$")
    if class_id then pairs_of[#pairs_of + 1] = { class_id = class_id, student_id = student_id } end
  end
  file:close()
  assert(#pairs_of > 0, path .. " lists no enrollment")
end

function init(args)
  scenario, token, arg, prefix = args[1], args[2], args[3], args[4]
  if scenario == "readwrite" then read_pairs(arg) end
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
  -- wrk.format replaces wrk.headers when given headers, so the body's type is set here for all.
  wrk.headers["Content-Type"] = "application/json"
end

local function list_request()
  local path = "/api/students?page=1&pageSize=20"
  if arg ~= nil and arg ~= "" and scenario == "list" then path = path .. "&search=" .. arg end
  return wrk.format("GET", path)
end

local function get_request(id) return wrk.format("GET", "/api/students/" .. id) end

local function create_request(prefix)
  local n = string.format("%s%d%07d", prefix, thread_number, sent)
  local body = string.format(
    '{"studentNumber":"B%s","firstName":"Bench","lastName":"Create%s","email":"bench.%s@example.edu","dateOfBirth":"2001-02-03"}',
    string.upper(n), n, n)
  return wrk.format("POST", "/api/students", nil, body)
end

local function roster_request(id) return wrk.format("GET", "/api/classes/" .. id .. "/enrollments") end

-- Each thread walks its own half of the enrollments, so two writes to one row are far apart in time.
local function readwrite_request()
  local pair = pairs_of[(sent * 2 + thread_number) % #pairs_of + 1]
  local turn = sent % 10
  if turn == 0 then
    if sent % 20 == 0 then return create_request(prefix) end
    local body = string.format('{"score":%d.%02d}', sent % 10, sent % 100)
    return wrk.format("PUT", "/api/classes/" .. pair.class_id .. "/enrollments/" .. pair.student_id .. "/score", nil, body)
  end
  if turn <= 3 then return list_request() end
  if turn <= 6 then return get_request(pair.student_id) end
  return roster_request(pair.class_id)
end

function request()
  sent = sent + 1
  if scenario == "list" then return list_request() end
  if scenario == "get" then return get_request(arg) end
  if scenario == "create" then return create_request(arg) end
  if scenario == "roster" then return roster_request(arg) end
  if scenario == "transcript" then return wrk.format("GET", "/api/students/" .. arg .. "/transcript") end
  if scenario == "readwrite" then return readwrite_request() end
  local turn = sent % 3
  if turn == 0 then return list_request() end
  if turn == 1 then return get_request(arg) end
  return create_request("m" .. string.sub(tostring(os.time()), -6))
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f mean_ms=%.3f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000, errors))
end
