/**
 * The head centre's recent path, drawn on top of everything (the centre sits inside the
 * ball, where nothing else could show it). Points are the model's head centres, magnified.
 */
import { useEffect, useMemo } from 'react';
import { CatmullRomCurve3, TubeGeometry, Vector3 } from 'three';
import { COLOURS } from './materials';

export interface GlideTraceProps {
  /** Drawn head centres, oldest first, in mm (pelvis frame). */
  points: readonly (readonly [number, number, number])[];
}

export default function GlideTrace({ points }: GlideTraceProps) {
  const tube = useMemo(() => {
    if (points.length < 2) return null;
    const spread = Math.max(
      ...points.map((p) =>
        Math.hypot(p[0] - points[0]![0], p[1] - points[0]![1], p[2] - points[0]![2]),
      ),
    );
    if (spread < 0.3) return null;
    const curve = new CatmullRomCurve3(points.map(([x, y, z]) => new Vector3(x, y, z)));
    return new TubeGeometry(curve, points.length * 3, 0.6, 6, false);
  }, [points]);
  useEffect(() => () => tube?.dispose(), [tube]);

  const current = points[points.length - 1];
  return (
    <group renderOrder={10}>
      {tube && (
        <mesh geometry={tube} renderOrder={10}>
          <meshBasicMaterial color={COLOURS.trace} depthTest={false} transparent opacity={0.8} />
        </mesh>
      )}
      {current && (
        <mesh position={current as [number, number, number]} renderOrder={11}>
          <sphereGeometry args={[1.6, 16, 8]} />
          <meshBasicMaterial color={COLOURS.trace} depthTest={false} transparent />
        </mesh>
      )}
    </group>
  );
}
