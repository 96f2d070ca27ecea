import { describe, expect, it } from 'vitest';
import { buildHipGeometry, solveHip } from '../model';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS, type PresetName } from '../state/presets';
import { capsuleBands } from './capsuleBands';
import { jointParts } from './jointParts';
import { labelSpecs } from './labels';
import { viewBasis } from './project';

function specs(name: PresetName, depth?: number) {
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
      toViewer: viewBasis({ azimuthDeg: -20, elevationDeg: 18 }).toViewer as [
        number,
        number,
        number,
      ],
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
});
