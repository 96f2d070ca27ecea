/** The socket: its cartilage-lined cup, a shell of pelvic bone around it, and the labrum on the rim. */
import { useEffect, useMemo } from 'react';
import { DoubleSide } from 'three';
import type { HipGeometry } from '../model';
import { COLOURS } from './materials';
import { ringsToGeometry, type Point3 } from './ringsToGeometry';

export interface AcetabulumProps {
  acetabulum: HipGeometry['acetabulum'];
  /** Seen from inside the pelvis: the bone turns see-through so the ball shows. */
  seeThrough: boolean;
}

/** Thickness of the bony shell drawn around the cup, as a share of the head radius. */
const SHELL = 1.32;

export default function Acetabulum({ acetabulum, seeThrough }: AcetabulumProps) {
  const { cup, shell, labrum } = useMemo(() => {
    const pole: Point3 = [
      -acetabulum.openingAxis[0] * acetabulum.radiusMm,
      -acetabulum.openingAxis[1] * acetabulum.radiusMm,
      -acetabulum.openingAxis[2] * acetabulum.radiusMm,
    ];
    const first = acetabulum.socketRings[0] ?? [];
    const rings: Point3[][] = [first.map(() => pole), ...acetabulum.socketRings];
    const outer = rings.map((ring) =>
      ring.map(([x, y, z]) => [x * SHELL, y * SHELL, z * SHELL] as Point3),
    );
    const rim = acetabulum.rim.map((r) => r.pointMm);
    return {
      cup: ringsToGeometry(rings),
      shell: ringsToGeometry([...outer, rim]),
      labrum: ringsToGeometry([acetabulum.labrum.baseMm, acetabulum.labrum.edgeMm]),
    };
  }, [acetabulum]);

  useEffect(
    () => () => {
      cup.dispose();
      shell.dispose();
      labrum.dispose();
    },
    [cup, shell, labrum],
  );

  const opacity = seeThrough ? 0.22 : 1;
  return (
    <group>
      <mesh geometry={cup}>
        <meshStandardMaterial
          color={COLOURS.cartilage}
          roughness={0.55}
          side={DoubleSide}
          transparent={seeThrough}
          opacity={opacity}
          depthWrite={!seeThrough}
        />
      </mesh>
      <mesh geometry={shell}>
        <meshStandardMaterial
          color={COLOURS.bone}
          roughness={0.8}
          side={DoubleSide}
          transparent={seeThrough}
          opacity={opacity}
          depthWrite={!seeThrough}
        />
      </mesh>
      <mesh geometry={labrum}>
        <meshStandardMaterial color={COLOURS.labrum} roughness={0.5} side={DoubleSide} />
      </mesh>
    </group>
  );
}
