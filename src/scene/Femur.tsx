/**
 * The proximal femur, meshed once from the model's surfaces (femur frame, src/drawing/anatomy.ts)
 * and placed by the model's pose. The ball's articular surface (the vertices on the head's
 * sphere) is cartilage; a cam bump is tinted; where the neck touches the rim it lights up.
 */
import { useEffect, useMemo } from 'react';
import { Color, Matrix4, Quaternion, type Plane } from 'three';
import type { HipGeometry } from '../model';
import type { Tube, Vec3 } from '../drawing/anatomy';
import type { Palette } from '../drawing/palette';
import type { ShapeMarks } from '../drawing/shapeMarks';
import BoneMesh from './BoneMesh';
import { paintVertices, tubeGeometry } from './meshes';

export interface FemurProps {
  femur: HipGeometry['femur'];
  tubes: readonly Tube[];
  marks: ShapeMarks;
  palette: Palette;
  /** Femur frame → pelvis frame, row-major 3×3, from the model. */
  rotation: readonly number[];
  /** The model's head centre (pelvis frame). */
  headCentreMm: Vec3;
  /** The contact point in the femur frame, or null. */
  contactMm: Vec3 | null;
  /** The cutaway's plane, or none. */
  clip: Plane[] | null;
}

const PINCH_RADIUS_MM = 6;

export default function Femur({
  femur,
  tubes,
  marks,
  palette,
  rotation,
  headCentreMm,
  contactMm,
  clip,
}: FemurProps) {
  const meshes = useMemo(
    () => tubes.map((t) => ({ part: t.part, geometry: tubeGeometry(t) })),
    [tubes],
  );
  useEffect(() => () => meshes.forEach((m) => m.geometry.dispose()), [meshes]);

  const headNeck = meshes.find((m) => m.part === 'head-neck')!.geometry;
  useMemo(() => {
    const pos = headNeck.getAttribute('position');
    const R = femur.headRadiusMm;
    const bone = new Color(palette.bone);
    const cartilage = new Color(palette.cartilage);
    const cam = new Color(palette.extraBone);
    const lit = new Color(palette.accent);
    paintVertices(headNeck, (i, c) => {
      const x = pos.getX(i);
      const y = pos.getY(i);
      const z = pos.getZ(i);
      const onSphere = Math.abs(Math.hypot(x, y, z) - R) < 0.05;
      c.copy(onSphere ? cartilage : bone).lerp(cam, marks.camWeight[i] ?? 0);
      if (contactMm && !onSphere) {
        const d = Math.hypot(x - contactMm[0], y - contactMm[1], z - contactMm[2]);
        c.lerp(lit, Math.max(0, Math.min(1, 1.5 - d / PINCH_RADIUS_MM)) * 0.85);
      }
    });
  }, [headNeck, femur, marks, palette, contactMm]);

  // Position and turn (not a raw matrix, whose world matrix three would not refresh).
  const quaternion = useMemo(() => {
    const [a, b, c, d, e, f, g, h, i] = rotation as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const m = new Matrix4().set(a, b, c, 0, d, e, f, 0, g, h, i, 0, 0, 0, 0, 1);
    return new Quaternion().setFromRotationMatrix(m);
  }, [rotation]);

  return (
    <group position={headCentreMm as [number, number, number]} quaternion={quaternion}>
      {meshes.map((m) => (
        <BoneMesh
          key={m.geometry.uuid}
          geometry={m.geometry}
          colour={palette.bone}
          line={palette.boneLine}
          cut={palette.femurCut}
          clip={clip}
          vertexColors={m.part === 'head-neck'}
        />
      ))}
    </group>
  );
}
