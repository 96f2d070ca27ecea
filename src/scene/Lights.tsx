/**
 * Soft clinical lighting that turns with the camera: a sky/ground fill, and a key light from
 * above and beside the viewer, so the side of a bone that faces the reader is always lit.
 */
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { DirectionalLight } from 'three';

export default function Lights() {
  const key = useRef<DirectionalLight>(null);
  const back = useRef<DirectionalLight>(null);
  useFrame(({ camera }) => {
    const p = camera.position;
    key.current?.position.set(p.x + p.z * 0.4, p.y + 260, p.z - p.x * 0.4);
    back.current?.position.set(-p.x, -p.y - 120, -p.z);
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#a39475', 1.4]} />
      <directionalLight ref={key} intensity={1.7} />
      <directionalLight ref={back} intensity={0.4} />
    </>
  );
}
