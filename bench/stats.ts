/** Small numeric helpers shared by the benchmark's parts. */
export const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Bytes to kilobytes (KiB), one decimal. */
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
