-- wrk hook for bench/run.sh: after the run, print the totals and the whole latency histogram, so that the
-- script can merge several short runs (rounds) and take percentiles over all of them.
--   BENCH requests=<n> seconds=<s> status_errors=<n> socket_errors=<n>
--   H <latency in microseconds> <count>
done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d seconds=%.3f status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for i = 1, #latency do
    local value, count = latency(i)
    io.write("H ", string.format("%d %d", value, count), "\n")
  end
end
