-- wrk script for soak.sh: a mix of GET /api/path over many distinct goals and profiles (four in five
-- requests) and POST /api/schedule with varied bodies and progress (one in five; each runs a 10,000-sample
-- Monte Carlo, so it costs 20-90 ms of CPU), so that the answer cache does not answer everything
-- (schedules are never cached). With MALFORMED set in the environment, about a third of the requests are malformed.
-- Counts the responses by class and prints them, so that soak.sh can check for 5xx.

local goals = {"async networking", "cli", "systems programming", "graphics", "browser", "network programming",
               "macros", "", "async", "cross-language"}
local schedule_goals = {"async networking", "cli", "graphics", "browser", "network programming", "async"}
local completed = {"", "rustlings", "rustlings,ripgrep", "rustlings,mini-redis"}
local known = {"", "async:1", "async:3", "networking:2", "cli:4"}
local malformed_mix = os.getenv("MALFORMED") ~= nil
counts = {}  -- global: done() reads it from each thread with thread:get
local threads = {}

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(list) return list[math.random(#list)] end

local function path_request()
  local q = "goal=" .. enc(pick(goals)) .. "&maxDifficulty=" .. math.random(3, 5)
  local c = pick(completed); if c ~= "" then q = q .. "&completed=" .. c end
  local k = pick(known); if k ~= "" then q = q .. "&known=" .. enc(k) end
  return wrk.format("GET", "/api/path?" .. q)
end

local function schedule_request()
  local body = string.format('{"goal": "%s", "hoursPerWeek": %d, "start": "2027-01-%02d", "progress": '
      .. '[{"project": "rustlings", "status": "started", "on": "2026-11-02"}, '
      .. '{"project": "rustlings", "status": "done", "on": "2026-12-%02d"}]}',
      pick(schedule_goals), math.random(4, 20), math.random(1, 28), math.random(1, 28))
  return wrk.format("POST", "/api/schedule", {["Content-Type"] = "application/json"}, body)
end

local malformed = {
  function() return wrk.format("POST", "/api/schedule", {["Content-Type"] = "application/json"}, '{"goal": "async",') end,
  function() return wrk.format("POST", "/api/schedule", {["Content-Type"] = "application/json"}, '{"hoursPerWeek": "x"}') end,
  function() return wrk.format("POST", "/api/next", {["Content-Type"] = "application/json"}, '{"a": 1, "a": 2}') end,
  function() return wrk.format("POST", "/api/next", {["Content-Type"] = "text/plain"}, 'hello') end,
  function() return wrk.format("POST", "/api/schedule", {["Content-Type"] = "application/json"}, string.rep("[", 3000)) end,
  function() return wrk.format("POST", "/api/progress", {["Content-Type"] = "application/json"},
      '{"progress": [{"project": "nope", "status": "done", "on": "2027-01-01"}]}') end,
  function() return wrk.format("GET", "/api/next?limit=99999999999999999999") end,
  function() return wrk.format("GET", "/api/next?goal=%zz&goal=%C3%28") end,
  function() return wrk.format("GET", "/api/path?completed=" .. string.rep("x,", 150)) end,
  function() return wrk.format("GET", "/api/next?goal=" .. string.rep("a", 5000)) end,
  function() return wrk.format("DELETE", "/api/path") end,
  function() return wrk.format("GET", "/api/nothing-here") end,
}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  counts = {["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0}
end

function request()
  if malformed_mix and math.random(3) == 1 then
    return pick(malformed)()
  end
  if math.random(5) > 1 then return path_request() end
  return schedule_request()
end

function response(status, headers, body)
  local class = math.floor(status / 100)
  if class == 2 then counts["2xx"] = counts["2xx"] + 1
  elseif class == 4 then counts["4xx"] = counts["4xx"] + 1
  elseif class == 5 then counts["5xx"] = counts["5xx"] + 1
  else counts.other = counts.other + 1 end
end

function done(summary, latency, requests)
  local total = {["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = total[k] + v end
  end
  io.write(string.format("classes: 2xx=%d 4xx=%d 5xx=%d other=%d\n", total["2xx"], total["4xx"], total["5xx"], total.other))
end
