-- wrk hook for bench/staff-search.sh: prints one line with requests/s, p50, p95, p99 (ms) and errors.
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
