/**
 * The pinch marker: a ring with four ticks (contact) or a hollow diamond (the closest spot
 * when the neck is near), in the accent colour over a contrasting ring, so it reads by shape
 * as well as colour, on bone and on the background. Drawn over everything; the frame loop
 * (Viewports.tsx) turns it to face the camera and keeps its size on screen constant.
 */
import { useEffect, useMemo, type Ref } from 'react';
import { PlaneGeometry, RingGeometry, type Group } from 'three';
import type { Palette } from '../drawing/palette';

export interface MarkerProps {
  contact: boolean;
  palette: Palette;
  layer: number;
  ref: Ref<Group>;
}

export default function Marker({ contact, palette, layer, ref }: MarkerProps) {
  const shapes = useMemo(() => {
    if (!contact)
      return {
        under: new RingGeometry(0.85, 1.75, 4, 1, 0),
        over: new RingGeometry(1.05, 1.5, 4, 1, 0),
        ticks: [] as PlaneGeometry[],
        tickUnder: [] as PlaneGeometry[],
      };
    const ticks = [0, 1, 2, 3].map((k) => {
      const g = new PlaneGeometry(0.7, 0.28);
      g.translate(1.55, 0, 0);
      g.rotateZ((k * Math.PI) / 2);
      return g;
    });
    const tickUnder = [0, 1, 2, 3].map((k) => {
      const g = new PlaneGeometry(0.95, 0.55);
      g.translate(1.55, 0, 0);
      g.rotateZ((k * Math.PI) / 2);
      return g;
    });
    return {
      under: new RingGeometry(0.72, 1.28, 40),
      over: new RingGeometry(0.86, 1.14, 40),
      ticks,
      tickUnder,
    };
  }, [contact]);
  useEffect(
    () => () => {
      shapes.under.dispose();
      shapes.over.dispose();
      shapes.ticks.forEach((g) => g.dispose());
      shapes.tickUnder.forEach((g) => g.dispose());
    },
    [shapes],
  );
  const dot = useMemo(() => new RingGeometry(0, 0.32, 20), []);
  useEffect(() => () => dot.dispose(), [dot]);
  const under = (
    <meshBasicMaterial
      color={palette.markerLine}
      depthTest={false}
      depthWrite={false}
      transparent
    />
  );
  const over = (
    <meshBasicMaterial
      color={contact ? palette.accent : palette.near}
      depthTest={false}
      depthWrite={false}
      transparent
    />
  );
  return (
    <group ref={ref} visible={false}>
      <mesh geometry={shapes.under} layers={layer} renderOrder={20}>
        {under}
      </mesh>
      {shapes.tickUnder.map((g) => (
        <mesh key={g.uuid} geometry={g} layers={layer} renderOrder={20}>
          {under}
        </mesh>
      ))}
      <mesh geometry={shapes.over} layers={layer} renderOrder={21}>
        {over}
      </mesh>
      {shapes.ticks.map((g) => (
        <mesh key={g.uuid} geometry={g} layers={layer} renderOrder={21}>
          {over}
        </mesh>
      ))}
      {contact && (
        <mesh geometry={dot} layers={layer} renderOrder={21}>
          {over}
        </mesh>
      )}
    </group>
  );
}
