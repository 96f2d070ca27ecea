/**
 * The hip bone around the socket (src/drawing/anatomy.ts), the socket's cartilage-lined cup
 * and the labrum on its rim, all in the pelvis frame. A pincer's overhang (the rim beyond a
 * typical rim) is tinted; where the neck touches, the labrum lights up.
 */
import { useEffect, useMemo } from 'react';
import { Color, DoubleSide, type Plane } from 'three';
import type { HipGeometry } from '../model';
import type { Tube, Vec3 } from '../drawing/anatomy';
import type { Palette } from '../drawing/palette';
import type { ShapeMarks } from '../drawing/shapeMarks';
import BoneMesh from './BoneMesh';
import { LAYER } from './materials';
import { cupGeometry, labrumGeometry, paintVertices, tubeGeometry } from './meshes';

export interface PelvisProps {
  acetabulum: HipGeometry['acetabulum'];
  tubes: readonly Tube[];
  marks: ShapeMarks;
  palette: Palette;
  /** The cutaway's plane, or none. */
  clip: Plane[] | null;
  /** See-through, for the view from inside the pelvis. */
  seeThrough: boolean;
  /** Where the neck touches the rim (pelvis frame), or null. */
  contactMm: Vec3 | null;
}

/** How far from the contact point the labrum is lit, mm. */
const PINCH_RADIUS_MM = 7;

export default function Pelvis({
  acetabulum,
  tubes,
  marks,
  palette,
  clip,
  seeThrough,
  contactMm,
}: PelvisProps) {
  const meshes = useMemo(
    () => tubes.map((t) => ({ part: t.part, geometry: tubeGeometry(t) })),
    [tubes],
  );
  const cup = useMemo(() => cupGeometry(acetabulum), [acetabulum]);
  const labrum = useMemo(() => labrumGeometry(acetabulum), [acetabulum]);
  useEffect(
    () => () => {
      meshes.forEach((m) => m.geometry.dispose());
      cup.dispose();
      labrum.dispose();
    },
    [meshes, cup, labrum],
  );

  // A pincer's overhang: cup and shell beyond the typical rim's polar angle.
  const typicalCos = useMemo(() => {
    const rim = marks.typicalRimMm;
    if (!rim) return null;
    const a = acetabulum.openingAxis;
    const p = rim[0]!;
    return -(p[0] * a[0] + p[1] * a[1] + p[2] * a[2]) / acetabulum.radiusMm;
  }, [marks, acetabulum]);
  const shell = meshes.find((m) => m.part === 'socket-shell');
  useMemo(() => {
    const a = acetabulum.openingAxis;
    const tint = new Color(palette.extraBone);
    for (const [geometry, base] of [
      [cup, new Color(palette.cartilage)],
      [shell?.geometry, new Color(palette.pelvis)],
    ] as const) {
      if (!geometry) continue;
      const pos = geometry.getAttribute('position');
      paintVertices(geometry, (i, c) => {
        const x = pos.getX(i);
        const y = pos.getY(i);
        const z = pos.getZ(i);
        const cos = -(x * a[0] + y * a[1] + z * a[2]) / Math.hypot(x, y, z);
        c.copy(typicalCos !== null && cos < typicalCos - 0.01 ? tint : base);
      });
    }
  }, [cup, shell, acetabulum, palette, typicalCos]);

  useMemo(() => {
    const pos = labrum.getAttribute('position');
    const base = new Color(palette.labrum);
    const lit = new Color(palette.accent);
    paintVertices(labrum, (i, c) => {
      if (!contactMm) return void c.copy(base);
      const d = Math.hypot(
        pos.getX(i) - contactMm[0],
        pos.getY(i) - contactMm[1],
        pos.getZ(i) - contactMm[2],
      );
      c.copy(base).lerp(lit, Math.max(0, Math.min(1, 1.6 - d / PINCH_RADIUS_MM)));
    });
  }, [labrum, palette, contactMm]);

  const opacity = seeThrough ? 0.4 : 1;
  const planes = clip ?? [];
  return (
    <group>
      {meshes.map((m) => (
        <BoneMesh
          key={m.geometry.uuid}
          geometry={m.geometry}
          colour={palette.pelvis}
          line={palette.boneLine}
          cut={palette.boneCut}
          clip={clip}
          opacity={opacity}
          vertexColors={m.part === 'socket-shell'}
          renderOrder={seeThrough ? 5 : 0}
          layer={m.part === 'socket-shell' ? LAYER.bones : LAYER.pelvis}
        />
      ))}
      <mesh geometry={cup} renderOrder={seeThrough ? 4 : 0}>
        <meshStandardMaterial
          color="#ffffff"
          vertexColors
          roughness={0.5}
          side={DoubleSide}
          transparent={seeThrough}
          opacity={seeThrough ? 0.35 : 1}
          depthWrite={!seeThrough}
          clippingPlanes={planes}
        />
      </mesh>
      <mesh geometry={labrum}>
        <meshStandardMaterial
          color="#ffffff"
          vertexColors
          roughness={0.45}
          side={DoubleSide}
          clippingPlanes={planes}
        />
      </mesh>
    </group>
  );
}
