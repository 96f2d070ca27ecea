/**
 * The model's answer with every number rounded to a millionth, for the figures the server
 * renders and the browser then hydrates. Node's and Chromium's `Math.exp` and `Math.pow`
 * differ in the last bit for some inputs (measured: Node 22 against Chromium 156), the
 * model's root searches carry that difference into their results, and the drawing's
 * outline clipping and label layout can turn a last-bit difference into a different point.
 * React then reports the server's picture as not matching the browser's and keeps the
 * server's attributes. A millionth of a degree or a millimetre is far below anything
 * drawn or stated, and two results that differ in the last bit round to the same value.
 */
const SCALE = 1e6;

export function steady<T>(value: T): T {
  if (typeof value === 'number')
    // `+ 0` turns -0 into 0: a page's props reach the browser as JSON, which has no -0.
    return (Number.isFinite(value) ? Math.round(value * SCALE) / SCALE + 0 : value) as T;
  if (Array.isArray(value)) return value.map(steady) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = steady(v);
    return out as T;
  }
  return value;
}
