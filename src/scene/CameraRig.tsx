/**
 * Puts the camera where the figure's state says and lets the reader orbit and zoom within
 * limits. When an orbit ends, the new camera goes back to the state (and so into the URL).
 */
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { CameraState } from '../state/figureState';
import { BASE_DISTANCE_MM, TARGET_MM, cameraFromPosition, cameraPosition } from './cameraViews';

export interface CameraRigProps {
  /** Where the camera should be. */
  camera: CameraState;
  /** Called once when the reader finishes an orbit or zoom. */
  onCameraEnd: (camera: CameraState) => void;
}

export default function CameraRig({ camera, onCameraEnd }: CameraRigProps) {
  const controls = useRef<OrbitControlsImpl>(null);
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
  useEffect(() => {
    threeCamera.position.set(...cameraPosition({ azimuthDeg, elevationDeg, zoom }));
    threeCamera.lookAt(...TARGET_MM);
    controls.current?.target.set(...TARGET_MM);
    controls.current?.update();
    invalidate();
  }, [azimuthDeg, elevationDeg, zoom, threeCamera, invalidate]);

  return (
    <OrbitControls
      ref={controls}
      target={TARGET_MM}
      enablePan={false}
      enableDamping={false}
      minDistance={BASE_DISTANCE_MM / 3}
      maxDistance={BASE_DISTANCE_MM * 2}
      minPolarAngle={0.15}
      maxPolarAngle={Math.PI - 0.15}
      onEnd={() => {
        const p = threeCamera.position;
        onCameraEnd(cameraFromPosition([p.x, p.y, p.z]));
      }}
    />
  );
}
