/**
 * Every view frames the joint to fill its pane: the bounding box of what the canvas draws
 * (labels and the close-up left out) covers at least half of the pane, on a phone and in the
 * presenter's landscape tablet size, standing and at full depth.
 */
import { test } from './guard';
import { SIZES, expectFillsHalfItsPane, openLive } from './figure';

// At full depth (the preset's own depth) labels.spec.ts checks this on the page it opens for
// the labels, so that the same 3D scene is not drawn twice; standing is checked here.
for (const size of SIZES)
  for (const view of ['side', 'front', 'socket'] as const)
    test(`at ${size.width}×${size.height} the ${view} view standing (depth 0) fills at least half its pane`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const figure = await openLive(page, `/viz/deep-tight/?view=${view}&depth=0`);
      await expectFillsHalfItsPane(figure);
    });
