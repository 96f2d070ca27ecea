/** axe on one page at a phone's and a tablet's size, in light and dark; shared by the a11y specs. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const SIZES = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'tablet', width: 820, height: 1180 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Scrolls to the bottom and back so every `client:visible` figure hydrates before axe looks. */
// 120 s: a long article hydrates a dozen figures, some drawing in software WebGL, and two test
// workers share two cores; this waits for a condition, it does not time the page.
export async function scrollThrough(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.round(innerHeight * 0.9));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      // One frame, so the islands' IntersectionObservers see each stretch of the page; or a
      // tenth of a second, when the page draws no frame (a busy machine, a hidden tab).
      await new Promise((r) => {
        requestAnimationFrame(() => setTimeout(r, 0));
        setTimeout(r, 100);
      });
    }
    scrollTo(0, 0);
  });
  // Astro drops `ssr` from an island once it has hydrated. On a busy machine the pass above can
  // outrun the IntersectionObservers (a stretch scrolled past between two frames is never seen
  // as visible), so each poll brings the first island still waiting into view until none is.
  // The island element itself is `display: contents` (no box, so scrollIntoView on it does
  // nothing, which left CI runs waiting for the full timeout): its first child with a box is
  // what Astro's observer watches, and what is scrolled to.
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('astro-island[ssr]');
      if (!waiting) return true;
      const boxed = [...waiting.children].find((el) => el.getClientRects().length > 0);
      (boxed ?? waiting).scrollIntoView({ block: 'center' });
      return false;
    },
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );
  await page.evaluate(() => scrollTo(0, 0));
}

/** Waits for running transitions to end, so that axe never reads a colour halfway through one. */
async function settled(page: Page): Promise<void> {
  // Two frames, or a second when the page draws none (a busy machine): a full CI run once
  // hung here for the whole test timeout waiting on a frame that never came.
  await page.evaluate(
    () =>
      new Promise((r) => {
        requestAnimationFrame(() => requestAnimationFrame(r));
        setTimeout(r, 1_000);
      }),
  );
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
}

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];
const describeViolations = (violations: Violations) =>
  violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 6)
        .map(
          (n) =>
            `${n.target.join(' ')}${v.id.startsWith('color') ? ` ${JSON.stringify(n.any[0]?.data ?? {})}` : ''}`,
        )
        .join(' | ')}`,
  );

/** Rules whose outcome a colour scheme can change; the rest read the DOM, which is the same in both. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe at both sizes (or the first of `sizes`): every rule in light, the colour rules again in
 * dark (the rest read the DOM, the same in both). The page loads once at the phone's size and
 * is scrolled through so every figure has hydrated; the tablet's size is the same page
 * resized, as a turned device.
 */
export async function sweep(
  page: Page,
  path: string,
  sizes: readonly (typeof SIZES)[number][] = SIZES,
): Promise<string[]> {
  const found: string[] = [];
  await page.setViewportSize({ width: sizes[0]!.width, height: sizes[0]!.height });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  await scrollThrough(page);
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await settled(page);
      const axe = new AxeBuilder({ page });
      const results = await (scheme === 'light' ? axe : axe.withRules(COLOUR_RULES)).analyze();
      found.push(
        ...describeViolations(results.violations).map((v) => `[${size.name}, ${scheme}] ${v}`),
      );
    }
  }
  return found;
}
