import { describe, expect, it } from 'vitest';
import { buildHipGeometry, solveHip } from '../model';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS, type PresetName } from '../state/presets';
import { capsuleBands } from './capsuleBands';
import { jointParts } from './jointParts';
import { labelSpecs } from './labels';
import { viewBasis } from './project';

function specs(
  name: PresetName,
  depth?: number,
  camera: { azimuthDeg: number; elevationDeg: number } = { azimuthDeg: -20, elevationDeg: 18 },
) {
  const state = { ...PRESETS[name].state, ...(depth !== undefined ? { depth } : {}) };
  const geometry = buildHipGeometry(hipParameters(state));
  const hip = solveHip(modelInput(state));
  const parts = jointParts(geometry);
  return {
    hip,
    list: labelSpecs({
      geometry,
      hip,
      bands: capsuleBands(hip),
      marks: parts.marks,
      toViewer: viewBasis(camera).toViewer as [number, number, number],
    }),
  };
}

describe('the names in the picture', () => {
  it('names ball, socket, labrum, neck and the capsule front and back', () => {
    const ids = specs('deep').list.map((s) => s.id);
    for (const id of ['ball', 'socket', 'labrum', 'neck', 'capsule-front', 'capsule-back'])
      expect(ids).toContain(id);
  });

  it('says where the neck touches, in the words the text alternative uses', () => {
    const { hip, list } = specs('deep-tight');
    const contact = list.find((s) => s.id === 'contact')!;
    expect(`${contact.title}${contact.detail}`).toMatch(
      /Touching the (labrum|bony rim) at \d+ o'clock/,
    );
    expect(contact.anchor).toEqual(hip.contact!.pointMm);
  });

  it('names a cam bump and a deep socket only when the bone has them', () => {
    expect(specs('cam').list.map((s) => s.id)).toContain('cam');
    expect(specs('pincer').list.map((s) => s.id)).toContain('pincer');
    const typical = specs('deep').list.map((s) => s.id);
    expect(typical).not.toContain('cam');
    expect(typical).not.toContain('pincer');
  });

  it('puts the ball’s name on the ball and the capsule’s on its bands', () => {
    const { hip, list } = specs('deep');
    const ball = list.find((s) => s.id === 'ball')!.anchor;
    const c = hip.pose.headCentreMm;
    expect(Math.hypot(ball[0] - c[0], ball[1] - c[1], ball[2] - c[2])).toBeCloseTo(23 * 0.98, 0);
    const tension = list.find((s) => s.id === 'capsule-back')!.detail;
    expect(tension).toMatch(/slack|tightening|taut/);
  });

  it('says the same about the capsule from every side, and a tight back reads tighter than a typical one', () => {
    const sides = [
      { azimuthDeg: -20, elevationDeg: 18 },
      { azimuthDeg: 70, elevationDeg: 10 },
      { azimuthDeg: 180, elevationDeg: 30 },
      { azimuthDeg: -110, elevationDeg: -20 },
    ];
    const words = (name: PresetName, depth: number, id: string) =>
      new Set(sides.map((c) => specs(name, depth, c).list.find((s) => s.id === id)?.detail));
    const order = ['slack', 'tightening', 'taut'];
    const rank = (w: string | undefined) => order.findIndex((o) => w?.endsWith(o));
    for (const name of ['deep', 'deep-tight', 'cam'] as const)
      for (const depth of [0, 0.5, 1])
        for (const id of ['capsule-front', 'capsule-back']) {
          const seen = [...words(name, depth, id)].filter(Boolean);
          expect(seen.length, `${name} ${depth} ${id}: ${seen.join(' / ')}`).toBe(1);
        }
    const back = (name: PresetName) =>
      rank(specs(name, 1).list.find((s) => s.id === 'capsule-back')?.detail);
    expect(back('deep-tight')).toBeGreaterThanOrEqual(back('deep'));
  });
});
