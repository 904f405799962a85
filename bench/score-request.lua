-- wrk script for bench/job-evaluation.sh: POST a score preview of the NHS scheme with every factor at level 2.
-- The session cookie comes from the command line (-H). Run from the repository root: the totals and latency
-- histogram are printed by bench/wrk-report.lua, as for the other measurements.
local factors = {
  "COMMUNICATION", "KNOWLEDGE", "ANALYTICAL", "PLANNING", "PHYSICAL_SKILLS", "PATIENT_CARE", "POLICY", "FINANCIAL",
  "HUMAN_RESOURCES", "INFORMATION", "RESEARCH", "FREEDOM_TO_ACT", "PHYSICAL_EFFORT", "MENTAL_EFFORT",
  "EMOTIONAL_EFFORT", "WORKING_CONDITIONS",
}
local levels = {}
for i, code in ipairs(factors) do levels[i] = string.format('"%s":2', code) end

wrk.method = "POST"
wrk.body = '{"levels":{' .. table.concat(levels, ",") .. '}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Requested-With"] = "bandwise"

dofile("bench/wrk-report.lua")
