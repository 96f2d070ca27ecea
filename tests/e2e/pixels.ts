/** Reading what a canvas really shows, from a screenshot, so a test never trusts a class name. */
import type { Locator } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Picture {
  width: number;
  height: number;
  data: Buffer;
}

export async function snap(target: Locator): Promise<Picture> {
  const png = PNG.sync.read(await target.screenshot({ animations: 'disabled' }));
  return { width: png.width, height: png.height, data: png.data };
}

/** The picture's most common colour (its background), to 5 bits a channel, sampling every `every`th pixel. */
export function backgroundOf(pic: Picture, every = 1): [number, number, number] {
  const counts = new Map<number, number>();
  for (let i = 0; i < pic.data.length; i += 4 * every) {
    const key =
      ((pic.data[i]! >> 3) << 10) | ((pic.data[i + 1]! >> 3) << 5) | (pic.data[i + 2]! >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let bgKey = 0;
  let best = -1;
  for (const [key, n] of counts) if (n > best) [bgKey, best] = [key, n];
  return [((bgKey >> 10) & 31) << 3, ((bgKey >> 5) & 31) << 3, (bgKey & 31) << 3];
}

/** Share of pixels that differ from the picture's most common colour (its background). */
export function inkFraction(pic: Picture, tolerance = 12): number {
  const bg = backgroundOf(pic);
  let ink = 0;
  for (let i = 0; i < pic.data.length; i += 4) {
    const d =
      Math.abs(pic.data[i]! - bg[0]!) +
      Math.abs(pic.data[i + 1]! - bg[1]!) +
      Math.abs(pic.data[i + 2]! - bg[2]!);
    if (d > tolerance * 3) ink += 1;
  }
  return ink / (pic.data.length / 4);
}

/** Share of pixels that differ between two pictures of the same size. */
export function changedFraction(a: Picture, b: Picture, tolerance = 12): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > tolerance * 3) changed += 1;
  }
  return changed / (a.data.length / 4);
}
