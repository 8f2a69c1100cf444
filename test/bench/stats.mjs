/**
 * Summaries for benchmark samples: the median with a 95% confidence interval from order
 * statistics (no assumption about the distribution), and the 95th percentile.
 */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (q) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))];
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  // Ranks j < k with P(X(j) ≤ median ≤ X(k)) ≈ 95% (normal approximation of the binomial).
  const half = (1.96 * Math.sqrt(n)) / 2;
  const low = sorted[Math.max(0, Math.floor(n / 2 - half) - 1)];
  const high = sorted[Math.min(n - 1, Math.ceil(n / 2 + half) - 1)];
  return { n, median, low, high, p95: at(0.95), min: sorted[0], max: sorted[n - 1] };
}

/** Fisher–Yates, for alternating contenders in a different order each round. */
export function shuffled(list, random = Math.random) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
