/**
 * Puts the camera where the figure's state says, framed so the joint fills the pane
 * (framing.ts), and lets the reader orbit and zoom within limits. When an orbit ends, the new
 * orbit goes back to the state (and so into the URL).
 */
import { useEffect, useRef, type ComponentRef } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { CameraState } from '../state/figureState';
import { cameraAt, orbitOf, type Framing } from './framing';

export interface CameraRigProps {
  /** The orbit the state asks for. */
  camera: CameraState;
  /** Where to look from how far, for this pane and this picture. */
  framing: Framing;
  /** Called once when the reader finishes an orbit or zoom. */
  onCameraEnd: (camera: CameraState) => void;
}

export default function CameraRig({ camera, framing, onCameraEnd }: CameraRigProps) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const threeCamera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);

  // One finger scrolling up or down still scrolls the page (a figure must not trap a reader
  // on a phone); sideways drags orbit, two fingers pinch to zoom. Runs after the controls
  // connect (a child's effect runs first), which sets touch-action to none.
  const domElement = useThree((s) => s.gl.domElement);
  useEffect(() => {
    domElement.style.touchAction = 'pan-y';
  }, [domElement]);

  const { azimuthDeg, elevationDeg, zoom } = camera;
  const { target, distanceMm } = framing;
  useEffect(() => {
    const f = { target, distanceMm };
    threeCamera.position.set(...cameraAt({ azimuthDeg, elevationDeg, zoom }, f));
    threeCamera.lookAt(...target);
    controls.current?.target.set(...target);
    controls.current?.update();
    invalidate();
  }, [azimuthDeg, elevationDeg, zoom, target, distanceMm, threeCamera, invalidate]);

  return (
    <OrbitControls
      ref={controls}
      target={target as [number, number, number]}
      enablePan={false}
      enableDamping={false}
      minDistance={distanceMm / 3}
      maxDistance={distanceMm * 2}
      minPolarAngle={0.15}
      maxPolarAngle={Math.PI - 0.15}
      onEnd={() => {
        const p = threeCamera.position;
        onCameraEnd(orbitOf([p.x, p.y, p.z], framing));
      }}
    />
  );
}
