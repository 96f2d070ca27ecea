/**
 * What the smoke test checks on each page, in any engine: the figure draws (live with ink,
 * or its flat drawing where there is no WebGL — never nothing), the depth slider moves it
 * (the hip-bend readout changes, and a live picture too), and the page reports no error.
 * Errors are collected by PROBE, which the test server puts first in every page's <head>.
 */
import { changedFraction, inkFraction, type Picture } from '../../tests/e2e/pixels.ts';
import type { Driver, Key } from './drivers.ts';
import { waitFor } from './wait.ts';

/** Collects what a reader never sees but a test must: errors, rejections, CSP refusals. */
export const PROBE = `(() => {
  const errors = (window.__engineErrors = []);
  addEventListener('error', (e) => {
    // Firefox fires error on the <link rel="modulepreload"> that Vite adds before a dynamic
    // import, although the import then loads: failed loads are caught by the server instead.
    if (e.target && e.target.rel === 'modulepreload') return;
    errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'a resource failed'));
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP refused ' + e.effectiveDirective + ' ' + e.blockedURI));
  const original = console.error;
  console.error = function (...args) { errors.push('console.error: ' + args.map(String).join(' ')); return original.apply(this, args); };
})();`;
export const PROBE_PATH = '/__engine-probe.js';

export interface Case {
  name: string;
  path: string;
}
export const CASES: Case[] = [
  { name: 'main article', path: '/articles/deep-squat-hip-rotation/' },
  { name: 'permalink', path: '/viz/deep-tight/' },
  { name: 'presenter', path: '/clinic/' },
];

/** Marks the first figure and its depth slider so both engines can find them by CSS. */
const MARK = `
  const figure = document.querySelector('figure.hipviz');
  if (!figure) return 'no figure';
  figure.setAttribute('data-engine-figure', '');
  (figure.querySelector('.hipviz-joint') ?? figure).scrollIntoView({ block: 'center' });
  const sliders = [...document.querySelectorAll('input[type="range"]')];
  const depth = sliders.find((s) => figure.contains(s) && /squat depth/i.test(s.labels?.[0]?.textContent ?? '')) ??
    sliders.find((s) => /squat depth/i.test(s.labels?.[0]?.textContent ?? ''));
  if (!depth) return 'no depth slider';
  depth.setAttribute('data-engine-slider', '');
  return 'ok';`;

const STATE = `
  const figure = document.querySelector('[data-engine-figure]');
  const island = figure.closest('astro-island');
  const poster = figure.querySelector('svg.hipviz-poster');
  const box = poster ? poster.getBoundingClientRect() : null;
  const style = poster ? getComputedStyle(poster) : null;
  return {
    hydrated: !island || !island.hasAttribute('ssr'),
    status: figure.getAttribute('data-status'),
    height: figure.getBoundingClientRect().height,
    posterVisible: !!box && box.width > 100 && box.height > 50 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0,
    bend: figure.querySelector('[data-readout="flexion"] dd')?.textContent?.trim() ?? document.querySelector('[data-readout="flexion"] dd')?.textContent?.trim() ?? '',
    value: Number(document.querySelector('[data-engine-slider]').value),
    max: Number(document.querySelector('[data-engine-slider]').max),
  };`;

interface FigureOnPage {
  hydrated: boolean;
  status: string;
  height: number;
  posterVisible: boolean;
  bend: string;
  value: number;
  max: number;
}

const JOINT = '[data-engine-figure] .hipviz-joint';
/** A picture is steady when two shots in a row differ in less than this share of pixels. */
const STEADY = 0.001;

/**
 * The figure's picture once it has stopped changing (the first frames drawn, a glide ended)
 * and looks as `ok` wants; after `timeoutMs`, the last one, for the checks to judge.
 */
async function steadyShot(
  driver: Driver,
  timeoutMs: number,
  ok: (picture: Picture) => boolean = () => true,
): Promise<Picture> {
  let previous = await driver.shot(JOINT);
  const shots = await waitFor(
    'a steady picture',
    async () => {
      const now = await driver.shot(JOINT);
      const pair = { changed: changedFraction(previous, now), now };
      previous = now;
      return pair;
    },
    (pair) => pair.changed < STEADY && ok(pair.now),
    timeoutMs,
  ).catch(() => ({ now: previous }));
  return shots.now;
}

export interface Outcome {
  faults: string[];
  note: string;
}

/** Opens one page and checks it; `takeFailures` gives the server's error answers since the last call. */
export async function checkPage(
  driver: Driver,
  origin: string,
  takeFailures: () => string[],
  c: Case,
  expectWebgl: 'any' | 'none',
): Promise<Outcome> {
  const faults: string[] = [];
  const notes: string[] = [];
  takeFailures();
  await driver.goto(`${origin}${c.path}`);
  const marked = await driver.run<string>(MARK);
  if (marked !== 'ok') return { faults: [marked], note: '' };
  const state = () => driver.run<FigureOnPage>(STATE);
  // A permalink or presenter page shows its poster and starts the 3D at the reader's first
  // touch or key: once hydrated, a Shift on the slider (it changes nothing else).
  await waitFor('the island', state, (s) => s.hydrated, 45_000);
  await driver.press('[data-engine-slider]', 'Shift');
  const settled = await waitFor(
    'the figure',
    state,
    (s) => s.hydrated && /live|no-webgl/.test(s.status),
    45_000,
  );
  if (settled.height < 200) faults.push(`the figure collapsed to ${Math.round(settled.height)} px`);
  if (expectWebgl === 'none' && settled.status !== 'no-webgl')
    faults.push(`with WebGL off the figure is "${settled.status}"`);
  const live = settled.status === 'live';
  if (!live && !settled.posterVisible) faults.push('no WebGL, and the flat drawing is not visible');
  const before = await steadyShot(driver, 10_000, (p) => inkFraction(p) >= 0.02);
  const ink = inkFraction(before);
  notes.push(settled.status, `${(ink * 100).toFixed(0)}% ink`);
  if (ink < 0.02)
    faults.push(
      `the figure's picture is blank (${(ink * 100).toFixed(1)}% ink, status ${settled.status})`,
    );

  const key: Key = settled.value >= settled.max ? 'Home' : 'End';
  await driver.press('[data-engine-slider]', key);
  const moved = await waitFor(
    'the hip-bend readout',
    state,
    (s) => s.bend !== settled.bend,
    10_000,
  ).catch((e: Error) => {
    faults.push(`the slider did not move the figure: ${e.message}`);
    return undefined;
  });
  if (moved) notes.push(`hip bend ${settled.bend} → ${moved.bend}`);
  if (moved && live) {
    // A jump glides for about half a second: the picture that counts is where it lands.
    const after = await steadyShot(driver, 10_000, (p) => changedFraction(before, p) >= 0.003);
    const changed = changedFraction(before, after);
    notes.push(`${(changed * 100).toFixed(1)}% changed by the slider`);
    if (changed < 0.003)
      faults.push(
        `the live picture did not change with the slider (${(changed * 100).toFixed(2)}% of pixels)`,
      );
  }
  const errors = await driver.run<string[]>(
    'return window.__engineErrors || ["the error probe did not run"];',
  );
  faults.push(...errors, ...takeFailures());
  return { faults, note: notes.join(', ') };
}
