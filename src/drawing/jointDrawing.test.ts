import { describe, expect, it } from 'vitest';
import { buildHipGeometry, solveHip } from '../model';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS, type PresetName } from '../state/presets';
import type { ViewName } from '../state/figureState';
import { jointDrawing } from './jointDrawing';
import { jointSvg } from './render';

function draw(name: PresetName, view: ViewName, depth?: number) {
  const state = { ...PRESETS[name].state, ...(depth !== undefined ? { depth } : {}), view };
  const hip = solveHip(modelInput(state));
  return { hip, drawing: jointDrawing(buildHipGeometry(hipParameters(state)), hip, { view }) };
}
const parts = (d: ReturnType<typeof draw>['drawing']) => new Set(d.shapes.map((s) => s.part));

describe('the flat drawing of the joint', () => {
  it.each(['side', 'front', 'socket', 'joint'] as const)(
    'draws a hip bone, a femur, the labrum and the capsule in the %s view',
    (view) => {
      const p = parts(draw('deep-tight', view).drawing);
      for (const part of ['ilium', 'ischium', 'pubis', 'femur-head', 'femur-neck', 'femur-shaft'])
        expect(p.has(part), part).toBe(true);
      expect(
        [...p].some((x) => x.startsWith('labrum')),
        'labrum',
      ).toBe(true);
      expect(
        [...p].some((x) => x.startsWith('band-')),
        'capsule bands',
      ).toBe(true);
    },
  );

  it('marks the pinch where the model finds contact, with a close-up, and nothing when clear', () => {
    const touching = draw('deep-tight', 'side');
    expect(touching.hip.contact).not.toBeNull();
    expect(touching.drawing.marker?.contact).toBe(true);
    expect(touching.drawing.inset).not.toBeNull();
    expect(parts(touching.drawing).has('contact-neck')).toBe(true);
    expect(parts(touching.drawing).has('contact-rim')).toBe(true);
    const clear = draw('standing', 'side');
    expect(clear.hip.clearanceMm).toBeGreaterThan(4);
    expect(clear.drawing.marker).toBeNull();
    expect(clear.drawing.inset).toBeNull();
  });

  it('tints a cam bump and a pincer overhang, and neither on a typical hip', () => {
    expect(parts(draw('cam', 'side').drawing).has('cam')).toBe(true);
    expect(parts(draw('pincer', 'side').drawing).has('pincer')).toBe(true);
    const typical = parts(draw('deep', 'side').drawing);
    expect(typical.has('cam')).toBe(false);
    expect(typical.has('pincer')).toBe(false);
  });

  it('shows the bone in section in the cutaway', () => {
    expect(parts(draw('deep-tight', 'joint').drawing).has('section')).toBe(true);
    expect(parts(draw('deep-tight', 'side').drawing).has('section')).toBe(false);
  });

  it('fits its frame to the joint, at the pane’s proportions, and lets the bones run off it', () => {
    const points = (d: ReturnType<typeof draw>['drawing'], only?: (part: string) => boolean) =>
      d.shapes
        .filter((s) => !only || only(s.part))
        .flatMap((s) => [...s.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)])
        .map((m) => [Number(m[1]), Number(m[2])] as const);
    for (const depth of [0, 0.5, 1]) {
      const { drawing } = draw('deep-tight', 'side', depth);
      const f = drawing.frame;
      expect(f.w / f.h).toBeCloseTo(5 / 4, 6);
      // The ball, the labrum and the capsule are inside the frame…
      const joint = points(
        drawing,
        (part) => part === 'femur-head' || part.startsWith('labrum') || part.startsWith('band-'),
      );
      expect(joint.length).toBeGreaterThan(0);
      for (const [x, y] of joint) {
        expect(x).toBeGreaterThanOrEqual(f.x - 1);
        expect(x).toBeLessThanOrEqual(f.x + f.w + 1);
        expect(y).toBeGreaterThanOrEqual(f.y - 1);
        expect(y).toBeLessThanOrEqual(f.y + f.h + 1);
      }
      // …and fill it: at least 40% of the frame in one direction at every depth (framed on every
      // drawn point, as before, it spanned 32% standing).
      const span = (ps: readonly (readonly [number, number])[], i: 0 | 1) =>
        Math.max(...ps.map((p) => p[i])) - Math.min(...ps.map((p) => p[i]));
      expect(Math.max(span(joint, 0) / f.w, span(joint, 1) / f.h)).toBeGreaterThan(0.4);
      // The hip bone and the shaft are drawn beyond the frame: the pane shows the joint, the
      // bones leave it (the body inset and the Body view show where they go).
      const all = points(drawing);
      expect(Math.max(span(all, 0) / f.w, span(all, 1) / f.h)).toBeGreaterThan(1.1);
    }
  });

  it('writes coordinates with at most one decimal, so server and browser markup agree', () => {
    const { drawing } = draw('deep-tight', 'front');
    for (const s of drawing.shapes) expect(s.d).not.toMatch(/\d\.\d\d/);
    expect(drawing.viewBox).not.toMatch(/\d\.\d\d/);
  });

  it('renders as a standalone SVG with its names as text', () => {
    const { drawing } = draw('deep-tight', 'side');
    const svg = jointSvg(drawing, { width: 600, height: 480, labels: true });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const word of ['Ball', 'Socket', 'Labrum', 'Neck', 'Capsule, front', 'Capsule, back'])
      expect(svg).toContain(`>${word}</text>`);
    expect(svg).toContain('Touching the labrum at 12 o&apos;clock');
  });
});
