/**
 * Instruments WebGL in the page before any script runs: counts draw calls and tracks every
 * context created, so tests can check "no frames while idle" and "at most three live contexts".
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __draws: number;
    __contexts: (WebGLRenderingContext | WebGL2RenderingContext)[];
  }
}

export async function instrumentWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__draws = 0;
    window.__contexts = [];
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
          window.__draws += 1;
          return original.apply(this, args);
        };
      }
    }
    const getContext = HTMLCanvasElement.prototype.getContext as (
      this: HTMLCanvasElement,
      ...args: unknown[]
    ) => unknown;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      ...args: unknown[]
    ) {
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
  });
}

export const drawCount = (page: Page) => page.evaluate(() => window.__draws);

/** Contexts that are alive now (created, attached to a canvas in the page, and not lost). */
export const liveContextCount = (page: Page) =>
  page.evaluate(
    () =>
      window.__contexts.filter(
        (c) => !c.isContextLost() && (c.canvas as HTMLCanvasElement).isConnected,
      ).length,
  );
