import { describe, expect, it } from 'vitest';
import { buildHipGeometry, femurPointToPelvis, solveHip } from '../model';
import { modelInput } from '../state/modelInput';
import { PRESETS } from '../state/presets';
import { cutNormal } from './cutaway';

describe('the cutaway’s plane', () => {
  it('holds the pinch and the neck, and faces the viewer', () => {
    const hip = solveHip(modelInput(PRESETS['deep-tight'].state));
    const geometry = buildHipGeometry();
    const toViewer: [number, number, number] = [-0.3, 0.3, 0.9];
    const n = cutNormal(toViewer, hip, geometry);
    const dot = (a: readonly number[], b: readonly number[]) =>
      a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
    expect(Math.hypot(...n)).toBeCloseTo(1, 6);
    expect(dot(n, toViewer)).toBeGreaterThan(0);
    const p = hip.contact!.pointMm;
    expect(dot(n, p) / Math.hypot(...p)).toBeCloseTo(0, 6);
    const base = femurPointToPelvis(
      { pose: { ...hip.pose, headCentreMm: [0, 0, 0] } },
      geometry.femur.neckAxis,
    );
    expect(dot(n, base)).toBeCloseTo(0, 6);
  });
});
