/**
 * The one WebGL counter, for the browser tests and the benchmark (bench/browser.ts): before any
 * script of the page runs, it counts draw calls, notes each frame that drew (the time it reached
 * the screen), and tracks every context created. Tests check "no frames while idle" and "at
 * most three live contexts"; the benchmark times a key press to the next drawn frame.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __draws: number;
    /** performance.now() when each frame that drew was on screen (the next animation frame). */
    __frames: number[];
    __contexts: (WebGLRenderingContext | WebGL2RenderingContext)[];
  }
}

/** Runs in the page (so it must not use anything from outside its own body). */
export function webglCounter(): void {
  window.__draws = 0;
  window.__frames = [];
  window.__contexts = [];
  let inFrame = false;
  const onDraw = () => {
    window.__draws += 1;
    if (inFrame) return;
    inFrame = true;
    requestAnimationFrame(() => {
      inFrame = false;
      window.__frames.push(performance.now());
    });
  };
  for (const proto of [
    WebGLRenderingContext.prototype,
    WebGL2RenderingContext.prototype,
  ] as unknown as Record<string, unknown>[]) {
    for (const name of [
      'drawArrays',
      'drawElements',
      'drawArraysInstanced',
      'drawElementsInstanced',
      'drawRangeElements',
    ]) {
      const original = proto[name] as ((...args: unknown[]) => unknown) | undefined;
      if (typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        onDraw();
        return original.apply(this, args);
      };
    }
  }
  const getContext = HTMLCanvasElement.prototype.getContext as (
    this: HTMLCanvasElement,
    ...args: unknown[]
  ) => unknown;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const ctx = getContext.apply(this, args);
    const type = String(args[0]);
    if (
      ctx &&
      type.startsWith('webgl') &&
      !window.__contexts.includes(ctx as WebGL2RenderingContext)
    )
      window.__contexts.push(ctx as WebGL2RenderingContext);
    return ctx;
  } as typeof HTMLCanvasElement.prototype.getContext;
}

export async function instrumentWebGL(page: Page): Promise<void> {
  await page.addInitScript(webglCounter);
}

export const drawCount = (page: Page) => page.evaluate(() => window.__draws);

/** Frames that drew so far. */
export const frameCount = (page: Page) => page.evaluate(() => window.__frames.length);

/**
 * Waits, in animation frames rather than time, until `frames` frames in a row pass without a
 * draw; false when that has not happened within `within` frames (the figure never goes idle).
 */
export const quietFor = (page: Page, frames: number, within = 600) =>
  page.evaluate(
    ([n, limit]) =>
      new Promise<boolean>((resolve) => {
        let last = window.__draws;
        let quiet = 0;
        let seen = 0;
        const tick = () => {
          seen += 1;
          quiet = window.__draws === last ? quiet + 1 : 0;
          last = window.__draws;
          if (quiet >= n) resolve(true);
          else if (seen >= limit) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [frames, within] as const,
  );

/** Contexts that are alive now (created, attached to a canvas in the page, and not lost). */
export const liveContextCount = (page: Page) =>
  page.evaluate(
    () =>
      window.__contexts.filter(
        (c) => !c.isContextLost() && (c.canvas as HTMLCanvasElement).isConnected,
      ).length,
  );
