/**
 * Every view frames the joint to fill its pane: the bounding box of what the canvas draws
 * (labels and the close-up left out) covers at least half of the pane, on a phone and in the
 * presenter's landscape tablet size, standing and at full depth.
 */
import { test, expect } from './guard';
import { SIZES, hideOverlays, inkBox, insetBox, openLive } from './figure';
import { snap } from './pixels';

for (const size of SIZES)
  for (const view of ['side', 'front', 'socket'] as const)
    for (const depth of [0, 1])
      test(`at ${size.width}×${size.height} the ${view} view at depth ${depth} fills at least half its pane`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        const figure = await openLive(page, `/viz/deep-tight/?view=${view}&depth=${depth}`);
        await hideOverlays(figure);
        const skip = await insetBox(figure);
        const canvas = figure.locator('canvas');
        await expect
          .poll(async () => {
            const pic = await snap(canvas);
            const ink = inkBox(pic, skip);
            return ink ? (ink.w * ink.h) / (pic.width * pic.height) : 0;
          })
          .toBeGreaterThanOrEqual(0.5);
      });
