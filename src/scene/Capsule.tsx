/**
 * The capsule's named bands (src/drawing/capsuleBands.ts): a translucent ribbon across each
 * region's fibres and its middle fibre as a cord over it, wavy while slack and straight and
 * thicker when taut, coloured on the cividis strain scale, with a thin outline so both ends
 * of the scale read on the background. On their own layer, so the close-up can leave them out.
 */
import { useEffect, useMemo } from 'react';
import { BackSide, DoubleSide, type Plane } from 'three';
import type { Band } from '../drawing/capsuleBands';
import type { Palette } from '../drawing/palette';
import { LAYER } from './materials';
import { fibreTube, ribbonGeometry } from './meshes';

export interface CapsuleProps {
  bands: readonly Band[];
  palette: Palette;
  clip: Plane[] | null;
}

export default function Capsule({ bands, palette, clip }: CapsuleProps) {
  const parts = useMemo(
    () =>
      bands.map((b) => {
        const middle = b.fibres[Math.floor(b.fibres.length / 2)]!;
        const radius = 0.55 + 0.55 * middle.tautness;
        return {
          key: b.region,
          colour: b.colour,
          cordColour: middle.colour,
          opacity: 0.45 + 0.35 * middle.tautness,
          ribbon: ribbonGeometry(b.fibres),
          cord: fibreTube(middle.points, radius),
          casing: fibreTube(middle.points, radius + 0.35),
        };
      }),
    [bands],
  );
  useEffect(
    () => () =>
      parts.forEach((p) => {
        p.ribbon.dispose();
        p.cord.dispose();
        p.casing.dispose();
      }),
    [parts],
  );
  const planes = clip ?? [];
  return (
    <group>
      {parts.map((p) => (
        <group key={p.key}>
          <mesh geometry={p.ribbon} layers={LAYER.capsule} renderOrder={3}>
            <meshStandardMaterial
              color={p.colour}
              roughness={0.6}
              side={DoubleSide}
              transparent
              opacity={p.opacity}
              depthWrite={false}
              clippingPlanes={planes}
            />
          </mesh>
          <mesh geometry={p.casing} layers={LAYER.capsule}>
            <meshBasicMaterial
              color={palette.capsuleLine}
              side={BackSide}
              clippingPlanes={planes}
            />
          </mesh>
          <mesh geometry={p.cord} layers={LAYER.capsule}>
            <meshStandardMaterial color={p.cordColour} roughness={0.5} clippingPlanes={planes} />
          </mesh>
        </group>
      ))}
    </group>
  );
}
