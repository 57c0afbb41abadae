-- wrk script: every request asks /opdrachten/ with another combination of the contract's
-- filter parameters, so the page cache almost never answers and the database and the
-- templates do the work. Values per parameter, counting "absent" as one:
--   org_kind 7, province 13, role 9, min_home_days 7, min_guaranteed_home_days 6,
--   max_onboarding_weeks 7, crisis 4, abroad 2, max_hours 6, min_hours 5, min_rate 5,
--   starts_before 5, starts_after 5, sort 5, page 2
-- = 72,235,800,000 combinations. Pages past the end (page 2 of a short list) are 404s; wrk
-- reports them as "Non-2xx", and the benchmark prints how many there were. Empty lists load
-- their suggestions' counts in a request of their own (htmx), which this run does not make.

local kinds = {"ministry", "municipality", "province", "water_board", "agency", "other"}
local provinces = {"drenthe", "flevoland", "friesland", "gelderland", "groningen", "limburg",
  "noord-brabant", "noord-holland", "overijssel", "utrecht", "zeeland", "zuid-holland"}
local roles = {"strategy", "campaigns", "internal", "press", "crisis", "online", "stakeholders",
  "management"}
local home_days = {"0", "1", "2", "3", "4", "5"}
local onboarding = {"0", "2", "4", "6", "8", "12"}
local crisis = {"none", "on_call", "on_site"}
local hours = {"16", "24", "32", "36", "40"}
local guaranteed = {"1", "2", "3", "4", "5"}
local least_hours = {"16", "24", "32", "36"}
local rates = {"70", "90", "110", "130"}
local sorts = {"newest", "home_days", "start", "closing"}
-- Relative to the day the benchmark runs: tests/bench/bench.py passes today's date.
local starts = {}

function init(args)
  -- A different sequence per thread.
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  for i = 1, 4 do starts[i] = args[i] end
  if #starts == 0 then starts = nil end
end

local function pick(list, chance, params, name)
  if math.random() < chance then
    params[#params + 1] = name .. "=" .. list[math.random(#list)]
  end
end

request = function()
  local params = {}
  pick(kinds, 0.4, params, "org_kind")
  pick(provinces, 0.3, params, "province")
  pick(roles, 0.4, params, "role")
  pick(home_days, 0.3, params, "min_home_days")
  pick(guaranteed, 0.2, params, "min_guaranteed_home_days")
  pick(onboarding, 0.25, params, "max_onboarding_weeks")
  pick(crisis, 0.2, params, "crisis")
  if math.random() < 0.15 then params[#params + 1] = "abroad=1" end
  pick(hours, 0.2, params, "max_hours")
  pick(least_hours, 0.15, params, "min_hours")
  pick(rates, 0.15, params, "min_rate")
  if starts then
    pick(starts, 0.2, params, "starts_before")
    pick(starts, 0.15, params, "starts_after")
  end
  pick(sorts, 0.75, params, "sort")
  if math.random() < 0.1 then params[#params + 1] = "page=2" end
  return wrk.format("GET", "/opdrachten/?" .. table.concat(params, "&"))
end
