/**
 * Link-preview images, computed from the model at build time (no browser): one per named
 * preset, and `default.png` for every other page. SVG from src/drawing/previewCard.ts,
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

export const getStaticPaths: GetStaticPaths = () =>
  [...PRESET_NAMES, 'default'].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
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
  const png = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
