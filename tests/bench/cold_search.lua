-- wrk script: every request searches /opdrachten/ with a word or two a candidate would type,
-- ordered by relevance (the default with `q`), often with a filter and another page beside
-- it, so the page cache seldom answers and PostgreSQL ranks the matches each time.

local words = {"woordvoerder", "adviseur", "crisiscommunicatie", "participatie", "campagne",
  "omgevingsmanager", "webredacteur", "strateeg", "energietransitie", "communicatie",
  "interne", "online", "pers", "gemeente", "provincie", "ministerie", "waterschap", "utrecht",
  "rotterdam", "senior", "bestuur", "wethouder", "social", "media", "verkiezingen",
  "stikstof", "woningbouw", "zorg", "onderwijs", "veiligheid"}
local roles = {"strategy", "campaigns", "internal", "press", "crisis", "online", "stakeholders",
  "management"}
local kinds = {"ministry", "municipality", "province", "water_board", "agency"}

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  local q = words[math.random(#words)]
  if math.random() < 0.3 then q = q .. "+" .. words[math.random(#words)] end
  local params = {"q=" .. q}
  if math.random() < 0.4 then params[#params + 1] = "role=" .. roles[math.random(#roles)] end
  if math.random() < 0.3 then params[#params + 1] = "org_kind=" .. kinds[math.random(#kinds)] end
  if math.random() < 0.2 then params[#params + 1] = "min_home_days=" .. math.random(1, 4) end
  if math.random() < 0.2 then params[#params + 1] = "page=2" end
  return wrk.format("GET", "/opdrachten/?" .. table.concat(params, "&"))
end
