/**
 * Puts the camera where the figure's state says and lets the reader orbit and zoom within
 * limits, by mouse and by touch. When an orbit ends, the new camera goes back to the state
 * (and so into the URL). Uses three's own OrbitControls: drei's wrapper would add its
 * copy of the same class (three-stdlib) to the page for no gain here.
 */
import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { CameraState } from '../state/figureState';
import { BASE_DISTANCE_MM, TARGET_MM, cameraFromPosition, cameraPosition } from './cameraViews';

export interface CameraRigProps {
  /** Where the camera should be. */
  camera: CameraState;
  /** Called once when the reader finishes an orbit or zoom. */
  onCameraEnd: (camera: CameraState) => void;
}

export default function CameraRig({ camera, onCameraEnd }: CameraRigProps) {
  const threeCamera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const [controls, setControls] = useState<OrbitControls | null>(null);

  useEffect(() => {
    const c = new OrbitControls(threeCamera, domElement);
    c.target.set(...TARGET_MM);
    c.enablePan = false;
    c.enableDamping = false;
    c.minDistance = BASE_DISTANCE_MM / 3;
    c.maxDistance = BASE_DISTANCE_MM * 2;
    c.minPolarAngle = 0.15;
    c.maxPolarAngle = Math.PI - 0.15;
    // One finger scrolling up or down still scrolls the page (a figure must not trap a
    // reader on a phone); sideways drags orbit, two fingers pinch to zoom.
    domElement.style.touchAction = 'pan-y';
    // Demand frames: draw only when the reader moves the camera.
    const onChange = () => invalidate();
    c.addEventListener('change', onChange);
    setControls(c);
    return () => {
      c.removeEventListener('change', onChange);
      c.dispose();
    };
  }, [threeCamera, domElement, invalidate]);

  useEffect(() => {
    if (!controls) return;
    const onEnd = () => {
      const p = threeCamera.position;
      onCameraEnd(cameraFromPosition([p.x, p.y, p.z]));
    };
    controls.addEventListener('end', onEnd);
    return () => controls.removeEventListener('end', onEnd);
  }, [controls, threeCamera, onCameraEnd]);

  const { azimuthDeg, elevationDeg, zoom } = camera;
  useEffect(() => {
    threeCamera.position.set(...cameraPosition({ azimuthDeg, elevationDeg, zoom }));
    threeCamera.lookAt(...TARGET_MM);
    controls?.update();
    invalidate();
  }, [azimuthDeg, elevationDeg, zoom, threeCamera, controls, invalidate]);

  return null;
}
