/**
 * One bone surface: lit for shape, with a thin dark outline (the surface pushed out along its
 * normals and drawn inside-out behind it), so pale bone reads on a pale page. In the cutaway
 * its inside shows in the colour of cut bone.
 */
import { useEffect, useMemo } from 'react';
import { BackSide, DoubleSide, FrontSide, type BufferGeometry, type Plane } from 'three';
import { OUTLINE_MM } from './materials';
import { inflated } from './meshes';

export interface BoneMeshProps {
  geometry: BufferGeometry;
  colour: string;
  line: string;
  /** Colour of cut bone, shown on the inside when clipped. */
  cut: string;
  /** Planes that cut the bone away (the cutaway), or none. */
  clip: Plane[] | null;
  /** See-through, for the view from inside the pelvis. */
  opacity?: number;
  vertexColors?: boolean;
  renderOrder?: number;
  /** The three.js layer (materials.ts LAYER). */
  layer?: number;
}

export default function BoneMesh({
  geometry,
  colour,
  line,
  cut,
  clip,
  opacity = 1,
  vertexColors = false,
  renderOrder = 0,
  layer = 0,
}: BoneMeshProps) {
  const outline = useMemo(() => inflated(geometry, OUTLINE_MM), [geometry]);
  useEffect(() => () => outline.dispose(), [outline]);
  const faded = opacity < 1;
  const planes = clip ?? [];
  return (
    <group>
      <mesh geometry={geometry} renderOrder={renderOrder} layers={layer}>
        <meshStandardMaterial
          color={vertexColors ? '#ffffff' : colour}
          vertexColors={vertexColors}
          roughness={0.72}
          metalness={0}
          side={clip ? FrontSide : DoubleSide}
          transparent={faded}
          opacity={opacity}
          depthWrite={!faded}
          clippingPlanes={planes}
        />
      </mesh>
      {clip && (
        <mesh geometry={geometry} renderOrder={renderOrder} layers={layer}>
          <meshBasicMaterial color={cut} side={BackSide} clippingPlanes={planes} />
        </mesh>
      )}
      {!faded && (
        <mesh geometry={outline} renderOrder={renderOrder} layers={layer}>
          <meshBasicMaterial color={line} side={BackSide} clippingPlanes={planes} />
        </mesh>
      )}
    </group>
  );
}
