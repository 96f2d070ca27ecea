/**
 * Hostile and broken query strings, in the browser: random bytes, very long values, NaN,
 * markup, repeated keys. Whatever the link says, the page logs no error, no markup from the
 * link reaches the page, and the figure still teaches (its sentence and readouts are there and
 * make sense). The parser's own property tests are in src/state/url.test.ts; this checks the
 * whole path from the address bar to the picture. Cases come from a fixed seed, so a failure
 * repeats.
 */
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';

const KEYS = [
  'depth',
  'ir',
  'capsule',
  'alpha',
  'lce',
  'shape',
  'ankle',
  'turnout',
  'comp',
  'view',
  'cam',
  'v',
  'fig',
];
/** Every payload that could become markup carries "pwn", so its absence from the DOM is checkable. */
const NASTY = [
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '1_0',
  '',
  '%',
  '%00',
  '%FF%FE',
  '%E2%80%AE',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1" data-pwn>',
  "'><svg/onload=window.__pwned=1 data-pwn>",
  'javascript:window.__pwned=1//pwn',
  '__proto__',
  'constructor',
  '[object Object]',
  '9'.repeat(300),
  'a'.repeat(6000), // a long value, under the 8–16 KB request line that servers accept
  '1,2,3,4',
  ',,',
  'default',
];

const enc = (s: string) => encodeURIComponent(s);
const value = fc.oneof(
  fc.constantFrom(...NASTY).map((v) => (v.startsWith('%') ? v : enc(v))),
  fc
    .uint8Array({ maxLength: 24 })
    .map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')), // raw bytes, often not UTF-8
  fc.string({ unit: 'binary', maxLength: 24 }).map(enc),
  fc.double().map((d) => enc(String(d))),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
);
const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map(enc) },
);
// Repeated keys come naturally from picking keys from a short list.
const query = fc
  .array(fc.tuple(key, value), { minLength: 1, maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

const HAND_WRITTEN = [
  'depth=NaN&ir=NaN&capsule=NaN&alpha=NaN&lce=NaN&ankle=NaN&turnout=NaN',
  'depth=1e309&alpha=-1e309&cam=NaN,NaN,NaN',
  'depth=0.2&depth=0.9&depth=<script>',
  `depth=${enc('<script>window.__pwned=1</script>')}&view=${enc('"><b data-pwn>')}`,
  `view=${'x'.repeat(6000)}`,
  'v=999999&depth=0.5',
  'v=-1&shape=cam&shape=pincer',
  'cam=1,2&cam=90,90,90,90',
  'comp=maybe&comp=0&comp=1',
  '%FF=%FE&depth=%C0%AF',
  '&&&=&==&depth',
  'fig=&fig=%00&depth=0.7',
];

/**
 * Random queries per page, besides the hand-written ones. Each costs a page load; the parser
 * itself meets thousands of random queries in src/state/url.test.ts, so here a few suffice
 * to vary what reaches the page (the hand-written cases carry the payloads that matter).
 */
const RANDOM_CASES = 10;

function cases(seed: number, random: number, extra: string[]): string[] {
  return [...extra, ...fc.sample(query, { seed, numRuns: random })];
}

/** What the page must still be after any link: no script ran, no markup arrived, the figure teaches. */
async function stillTeaches(page: Page, figureSelector: string): Promise<string[]> {
  const figure = page.locator(figureSelector);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', /.*/);
  return figure.evaluate((fig) => {
    const faults: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined)
      faults.push('a script from the link ran');
    for (const el of document.querySelectorAll('*')) {
      if (el.hasAttribute('data-pwn') || el.tagName.toLowerCase() === 'pwn')
        faults.push(`injected <${el.tagName.toLowerCase()}>`);
      for (const a of el.attributes)
        if (/pwn/i.test(a.value) || /^on/i.test(a.name))
          faults.push(`injected attribute ${a.name}="${a.value.slice(0, 40)}"`);
    }
    const sentence = fig.querySelector('.hipviz-sentence')?.textContent?.trim() ?? '';
    if (!/^(In this model|Standing)/.test(sentence))
      faults.push(`sentence: "${sentence.slice(0, 60)}"`);
    const readouts = [...fig.querySelectorAll('.hipviz-readouts dd')].map(
      (dd) => dd.textContent?.trim() ?? '',
    );
    if (readouts.length < 6) faults.push(`only ${readouts.length} readouts`);
    for (const r of readouts)
      if (r === '' || /NaN|undefined|Infinity|null/.test(r)) faults.push(`readout "${r}"`);
    const slider = fig.querySelector<HTMLInputElement>('input[type="range"]');
    if (slider && !Number.isFinite(Number(slider.value)))
      faults.push(`slider value ${slider.value}`);
    if (!/poster|loading|live|no-webgl/.test(fig.getAttribute('data-status') ?? ''))
      faults.push(`status ${fig.getAttribute('data-status')}`);
    if (fig.getBoundingClientRect().height < 200) faults.push('the figure collapsed');
    return faults;
  });
}

/** Makes the page believe it has no WebGL, so a case costs a page load, not a 3D scene. */
async function withoutWebgl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      return String(type).startsWith('webgl')
        ? null
        : getContext.call(this, type as '2d', ...(rest as []));
    } as typeof getContext;
  });
}

async function fuzz(
  page: Page,
  problems: string[],
  urls: string[],
  figureSelector: string,
): Promise<void> {
  const failures: string[] = [];
  for (const url of urls) {
    const seen = problems.length;
    const response = await page.goto(url);
    const faults =
      response?.status() === 200
        ? await stillTeaches(page, figureSelector)
        : [`HTTP ${response?.status()}`];
    faults.push(...problems.slice(seen));
    if (faults.length) failures.push(`${url.slice(0, 160)}\n    ${faults.join('\n    ')}`);
  }
  problems.splice(0, problems.length); // each case reported its own, with its URL
  expect(failures).toEqual([]);
}

// The numbers a link carries reach the 3D scene too: the worst of them with WebGL live.
test('a live 3D figure survives NaN, infinities and markup in its link', async ({
  page,
  problems,
}) => {
  test.setTimeout(90_000);
  const urls = HAND_WRITTEN.slice(0, 4).map((q) => `/viz/deep-tight/?${q}`);
  await fuzz(page, problems, urls, 'figure.hipviz');
});

// The rest on the figure's drawing (no WebGL), so that many cases stay quick.
test('a permalink page survives hostile query strings', async ({ page, problems }) => {
  test.setTimeout(90_000);
  await withoutWebgl(page);
  const urls = cases(8, RANDOM_CASES, HAND_WRITTEN).map((q) => `/viz/deep-tight/?${q}`);
  await fuzz(page, problems, urls, 'figure.hipviz');
});

test('an article figure named in the link survives hostile query strings', async ({
  page,
  problems,
}) => {
  test.setTimeout(90_000);
  await withoutWebgl(page);
  const named = 'fig-tight-bottom';
  const urls = cases(80, RANDOM_CASES / 2, HAND_WRITTEN.slice(0, 6)).map(
    (q) => `/articles/deep-squat-hip-rotation/?fig=${named}&${q}#${named}`,
  );
  await fuzz(page, problems, urls, `figure#${named}`);
});
