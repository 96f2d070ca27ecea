/**
 * The capsule's fibre bundles as tubes along the paths the model computed, coloured by
 * strain on the cividis scale. Where the glide is drawn magnified, each path's femoral end
 * moves with the drawn head (the shift grows along the fibre) so fibres stay attached.
 */
import { useEffect, useMemo } from 'react';
import { CatmullRomCurve3, TubeGeometry, Vector3 } from 'three';
import type { HipState } from '../model';
import { strainColour } from '../utils/strainColour';

export interface CapsuleFibresProps {
  capsule: HipState['capsule'];
  /** Extra displacement of the drawn head beyond the true glide (mm, pelvis frame). */
  displayShiftMm: readonly [number, number, number];
}

const TUBE_RADIUS_MM = 1.3;

export default function CapsuleFibres({ capsule, displayShiftMm }: CapsuleFibresProps) {
  const tubes = useMemo(() => {
    const out: { geometry: TubeGeometry; colour: string; key: string }[] = [];
    for (const [region, state] of Object.entries(capsule)) {
      state.fibres.forEach((fibre, i) => {
        const n = fibre.pathMm.length;
        if (n < 2) return;
        const points = fibre.pathMm.map(([x, y, z], j) => {
          const t = j / (n - 1);
          return new Vector3(
            x + displayShiftMm[0] * t,
            y + displayShiftMm[1] * t,
            z + displayShiftMm[2] * t,
          );
        });
        const curve = new CatmullRomCurve3(points);
        out.push({
          geometry: new TubeGeometry(curve, Math.max(8, n * 2), TUBE_RADIUS_MM, 6, false),
          colour: strainColour(fibre.strain),
          key: `${region}-${i}`,
        });
      });
    }
    return out;
  }, [capsule, displayShiftMm]);

  useEffect(() => () => tubes.forEach((t) => t.geometry.dispose()), [tubes]);

  return (
    <group>
      {tubes.map((t) => (
        <mesh key={t.key} geometry={t.geometry}>
          <meshStandardMaterial color={t.colour} roughness={0.45} transparent opacity={0.92} />
        </mesh>
      ))}
    </group>
  );
}
