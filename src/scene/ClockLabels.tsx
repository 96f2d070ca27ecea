/**
 * The rim's clock face (12 up, 3 to the front for a right hip), as small labels just outside
 * the rim, so "contact at 2 o'clock" can be read off the picture. Positions are the model's
 * own rim points for those hours.
 */
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { HipGeometry } from '../model';

export interface ClockLabelsProps {
  acetabulum: HipGeometry['acetabulum'];
}

const HOURS = [12, 3, 6, 9] as const;
/** How far outside the rim the labels sit, as a share of the rim's distance from the centre. */
const OUTSIDE = 1.45;

function labelTexture(text: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 128;
  canvas.height = 64;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.roundRect(14, 6, 100, 52, 18);
  ctx.fill();
  ctx.fillStyle = '#3d3a35';
  ctx.font = '600 34px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 64, 33);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

export default function ClockLabels({ acetabulum }: ClockLabelsProps) {
  const labels = useMemo(
    () =>
      HOURS.map((hour) => {
        const [x, y, z] = acetabulum.clockToPoint(hour);
        return {
          hour,
          position: [x * OUTSIDE, y * OUTSIDE, z * OUTSIDE] as [number, number, number],
          texture: labelTexture(String(hour)),
        };
      }),
    [acetabulum],
  );
  useEffect(() => () => labels.forEach((l) => l.texture.dispose()), [labels]);
  return (
    <group>
      {labels.map((l) => (
        <sprite key={l.hour} position={l.position} scale={[14, 7, 1]} renderOrder={13}>
          <spriteMaterial map={l.texture} depthTest={false} transparent />
        </sprite>
      ))}
    </group>
  );
}
