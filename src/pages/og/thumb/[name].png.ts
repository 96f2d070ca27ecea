/**
 * Gallery thumbnails (/viz/): the model's flat drawing of each preset's joint, rasterised at
 * build time like the link-preview cards (../[name].png.ts), small enough that the gallery of
 * every preset stays light on a phone. Not precached: the service worker keeps each one the
 * first time it is seen (astro.config.mjs, runtimeCaching).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { buildHipGeometry, solveHip } from '../../../model';
import { jointThumbSvg } from '../../../drawing/previewCard';
import { modelInput, hipParameters } from '../../../state/modelInput';
import { PRESETS, PRESET_NAMES, type PresetName } from '../../../state/presets';
import { fontFiles } from '../../../utils/rasterFonts';
import { compareThumbSvg } from '../../../utils/compareCard';
import { COMPARE_NAMES, isCompareName } from '../../../state/compare';

export const getStaticPaths: GetStaticPaths = () =>
  [...PRESET_NAMES, ...COMPARE_NAMES].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params['name'] ?? '';
  const state = isCompareName(name) ? null : PRESETS[name as PresetName].state;
  const svg = state
    ? jointThumbSvg({
        geometry: buildHipGeometry(hipParameters(state)),
        hip: solveHip(modelInput(state)),
        view: state.view,
      })
    : compareThumbSvg(name as Parameters<typeof compareThumbSvg>[0]);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: 480 },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
