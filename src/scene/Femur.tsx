/**
 * The proximal femur, meshed once from the model's surface rings (femur frame) and placed
 * by the model's pose each time the state changes. The head's articular surface is tinted
 * as cartilage: the vertices that lie on the head's sphere.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, Color, Matrix4 } from 'three';
import type { HipGeometry } from '../model';
import { COLOURS } from './materials';
import { ringsToGeometry } from './ringsToGeometry';

export interface FemurProps {
  femur: HipGeometry['femur'];
  /** Femur frame → pelvis frame, row-major 3×3, from the model. */
  rotation: readonly number[];
  /** Where the head centre is drawn (the model's, with the glide magnified). */
  headCentreMm: readonly [number, number, number];
}

const SHAFT_OPACITY = 0.28;
const SHAFT_RINGS_DRAWN = 8;

function tintHead(geometry: ReturnType<typeof ringsToGeometry>, headRadiusMm: number): void {
  const position = geometry.getAttribute('position');
  const colours = new Float32Array(position.count * 3);
  const bone = new Color(COLOURS.bone);
  const cartilage = new Color(COLOURS.cartilage);
  for (let i = 0; i < position.count; i++) {
    const r = Math.hypot(position.getX(i), position.getY(i), position.getZ(i));
    const c = Math.abs(r - headRadiusMm) < 0.05 ? cartilage : bone;
    colours.set([c.r, c.g, c.b], i * 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
}

export default function Femur({ femur, rotation, headCentreMm }: FemurProps) {
  const { headNeck, shaft } = useMemo(() => {
    const headNeck = ringsToGeometry(femur.headNeckRings);
    tintHead(headNeck, femur.headRadiusMm);
    // Only the top of the shaft: the joint is the subject, and more shaft would hide it.
    return { headNeck, shaft: ringsToGeometry(femur.shaftRings.slice(0, SHAFT_RINGS_DRAWN)) };
  }, [femur]);
  useEffect(
    () => () => {
      headNeck.dispose();
      shaft.dispose();
    },
    [headNeck, shaft],
  );

  const matrix = useMemo(() => {
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
    return new Matrix4().set(
      a,
      b,
      c,
      headCentreMm[0],
      d,
      e,
      f,
      headCentreMm[1],
      g,
      h,
      i,
      headCentreMm[2],
      0,
      0,
      0,
      1,
    );
  }, [rotation, headCentreMm]);

  const gt = femur.greaterTrochanter;
  const lt = femur.lesserTrochanter;
  return (
    <group matrix={matrix} matrixAutoUpdate={false}>
      <mesh geometry={headNeck}>
        <meshStandardMaterial vertexColors roughness={0.6} />
      </mesh>
      {/* The shaft and trochanters stand between the camera and the joint in most views:
          drawn see-through (after the opaque parts) so the ball, neck and rim stay visible. */}
      <mesh geometry={shaft} renderOrder={2}>
        <meshStandardMaterial
          color={COLOURS.bone}
          roughness={0.75}
          transparent
          opacity={SHAFT_OPACITY}
          depthWrite={false}
        />
      </mesh>
      <mesh position={gt.centreMm as [number, number, number]} renderOrder={2}>
        <sphereGeometry args={[gt.radiusMm, 32, 16]} />
        <meshStandardMaterial
          color={COLOURS.bone}
          roughness={0.75}
          transparent
          opacity={SHAFT_OPACITY}
          depthWrite={false}
        />
      </mesh>
      <mesh position={lt.centreMm as [number, number, number]} renderOrder={2}>
        <sphereGeometry args={[lt.radiusMm, 24, 12]} />
        <meshStandardMaterial
          color={COLOURS.bone}
          roughness={0.75}
          transparent
          opacity={SHAFT_OPACITY}
          depthWrite={false}
        />
      </mesh>
    </group>
  );
}
