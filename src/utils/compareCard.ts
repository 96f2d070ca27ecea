/**
 * Pictures of a compare pair, drawn from the model at build time like the presets' (the
 * rasterising routes are src/pages/og/): the two joints side by side, each with its parts
 * named and its own label, as a 1200×630 link preview (with the title and the sentence of
 * difference) and as a gallery thumbnail. Built from the same joint drawing as a preset's
 * thumbnail (src/drawing/previewCard.ts), so the two hips are drawn exactly alike.
 */
import { buildHipGeometry, solveHip } from '../model';
import { PALETTES } from '../drawing/palette';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  THUMB_HEIGHT,
  THUMB_WIDTH,
  jointThumbSvg,
  wrap,
} from '../drawing/previewCard';
import {
  COMPARE_PAIRS,
  compareStates,
  differenceSentence,
  type CompareName,
} from '../state/compare';
import { hipParameters, modelInput } from '../state/modelInput';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** The two hips of a pair at its starting state: their joint pictures and the sentence. */
function solvedPair(pair: CompareName) {
  const states = compareStates(pair, COMPARE_PAIRS[pair].start);
  const hips = states.map((s) => solveHip(modelInput(s)));
  const joints = states.map((s, i) =>
    jointThumbSvg({ geometry: buildHipGeometry(hipParameters(s)), hip: hips[i]!, view: s.view }),
  );
  // With no measurement entered the two hips are the same: the card says what the page is for.
  const sentence =
    pair === 'typical-vs-yours'
      ? COMPARE_PAIRS[pair].description
      : differenceSentence(pair, hips[0]!, hips[1]!);
  return { joints, sentence };
}

/** One joint picture (a whole <svg>) placed in a box, with its label over it. */
function placed(joint: string, label: string, x: number, y: number, w: number, font = 26): string {
  const h = (w * THUMB_HEIGHT) / THUMB_WIDTH;
  const p = PALETTES.light;
  return (
    `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${THUMB_WIDTH} ${THUMB_HEIGHT}">${joint}</svg>` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="none" stroke="${p.textMuted}" stroke-width="2"/>` +
    `<text x="${x}" y="${y - 10}" font-size="${font}" font-weight="700" fill="${p.text}">${escapeXml(label)}</text>`
  );
}

export function compareCardSvg(pair: CompareName): string {
  const p = PALETTES.light;
  const { joints, sentence } = solvedPair(pair);
  const info = COMPARE_PAIRS[pair];
  const title = wrap(info.title, 60).slice(0, 1);
  const lines = wrap(sentence, 84).slice(0, 3);
  const w = 520;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>` +
    title
      .map(
        (l, i) =>
          `<text x="40" y="${60 + i * 40}" font-size="32" font-weight="700" fill="${p.text}">${escapeXml(l)}</text>`,
      )
      .join('') +
    placed(joints[0]!, 'Typical hip', 40, 140, w) +
    placed(joints[1]!, info.label, 640, 140, w) +
    lines
      .map(
        (l, i) =>
          `<text x="40" y="${562 + i * 28}" font-size="22" fill="${p.text}">${escapeXml(l)}</text>`,
      )
      .join('') +
    `</svg>`
  );
}

export function compareThumbSvg(pair: CompareName): string {
  const { joints } = solvedPair(pair);
  const w = THUMB_WIDTH / 2 - 6;
  const h = (w * THUMB_HEIGHT) / THUMB_WIDTH;
  const y = (THUMB_HEIGHT - h) / 2 + 14;
  const p = PALETTES.light;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" viewBox="0 0 ${THUMB_WIDTH} ${THUMB_HEIGHT}" font-family="DejaVu Sans">` +
    `<rect width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" fill="${p.bg}"/>` +
    placed(joints[0]!, 'Typical hip', 4, y, w, 18) +
    placed(joints[1]!, COMPARE_PAIRS[pair].label, THUMB_WIDTH / 2 + 2, y, w, 18) +
    `</svg>`
  );
}
