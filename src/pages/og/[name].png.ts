/**
 * Link-preview images, computed from the model at build time (no browser): one per named
 * preset and compare pair, and `default.png` for every other page. SVG from src/drawing/previewCard.ts,
 * rasterised by resvg with the DejaVu fonts shipped in an npm package, so the picture is
 * the same on every machine.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { buildHipGeometry, solveHip } from '../../model';
import { previewCardSvg } from '../../drawing/previewCard';
import { modelInput, hipParameters } from '../../state/modelInput';
import { PRESETS, PRESET_NAMES, type PresetName } from '../../state/presets';
import { fontFiles } from '../../utils/rasterFonts';
import { compareCardSvg } from '../../utils/compareCard';
import { COMPARE_NAMES, isCompareName } from '../../state/compare';

export const getStaticPaths: GetStaticPaths = () =>
  [...PRESET_NAMES, ...COMPARE_NAMES, 'default'].map((name) => ({ params: { name } }));

const raster = (svg: string) =>
  new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();

export const GET: APIRoute = ({ params }) => {
  const pair = params['name'] ?? '';
  if (isCompareName(pair))
    return new Response(new Uint8Array(raster(compareCardSvg(pair))), {
      headers: { 'Content-Type': 'image/png' },
    });
  const name = (params['name'] === 'default' ? 'deep-tight' : params['name']) as PresetName;
  const preset = PRESETS[name];
  const state = preset.state;
  const svg = previewCardSvg({
    title: params['name'] === 'default' ? 'The hip in a deep squat' : preset.title,
    geometry: buildHipGeometry(hipParameters(state)),
    hip: solveHip(modelInput(state)),
    depth: state.depth,
    view: state.view,
  });
  const png = raster(svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
