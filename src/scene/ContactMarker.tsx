/**
 * Where the neck meets the rim: a strong accent marker and halo at the model's contact point,
 * or a small marker at the closest spot when the neck is near. Each drawn frame it reports
 * where that point lands on screen, so the island can pin the HTML label to it (and tests
 * can check the picture against the model).
 */
import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { HipState } from '../model';
import { COLOURS } from './materials';

export interface ScreenPoint {
  /** CSS pixels from the canvas's top-left corner. */
  x: number;
  y: number;
}

export interface ContactMarkerProps {
  contact: HipState['contact'];
  nearestPointMm: HipState['nearestPointMm'];
  clearanceMm: number;
  /** Called after each frame with the marker's place on screen, or null when there is none. */
  onProject: (point: ScreenPoint | null) => void;
}

/** Below this clearance the closest spot is marked even without contact. */
const NEAR_MM = 4;
const scratch = new Vector3();

export default function ContactMarker({
  contact,
  nearestPointMm,
  clearanceMm,
  onProject,
}: ContactMarkerProps) {
  const point = contact?.pointMm ?? (clearanceMm < NEAR_MM ? nearestPointMm : null);
  useFrame(({ camera, size }) => {
    if (!point) return onProject(null);
    scratch.set(point[0], point[1], point[2]).project(camera);
    onProject({ x: ((scratch.x + 1) / 2) * size.width, y: ((1 - scratch.y) / 2) * size.height });
  });
  if (!point) return null;
  const position = point as unknown as [number, number, number];
  return contact ? (
    <group position={position} renderOrder={12}>
      <mesh renderOrder={12}>
        <sphereGeometry args={[2.4, 20, 10]} />
        <meshBasicMaterial color={COLOURS.accent} depthTest={false} />
      </mesh>
      <mesh renderOrder={12}>
        <sphereGeometry args={[5.5, 24, 12]} />
        <meshBasicMaterial
          color={COLOURS.accent}
          transparent
          opacity={0.3}
          depthTest={false}
          depthWrite={false}
        />
      </mesh>
    </group>
  ) : (
    <mesh position={position} renderOrder={12}>
      <sphereGeometry args={[1.6, 16, 8]} />
      <meshBasicMaterial color={COLOURS.near} depthTest={false} />
    </mesh>
  );
}
