/**
 * Mounts the 3D joint on a canvas with React Three Fiber's `createRoot`, registering only the
 * three.js classes the scene uses (`extend`): R3F's `<Canvas>` would register all of three and
 * so keep tens of kilobytes of classes this scene never draws. This module is loaded on
 * demand, when a figure first gets a live WebGL slot.
 */
import { createRoot, extend, type ReconcilerRoot } from '@react-three/fiber';
import {
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
} from 'three';
import { CAMERA_FOV_DEG } from './cameraViews';
import JointScene, { type JointSceneProps } from './JointScene';

extend({
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
});

export { CAMERA_FOV_DEG };

export interface JointHandle {
  render(props: JointSceneProps): void;
  resize(width: number, height: number): void;
  unmount(): void;
}

/** Tablets have dense screens and modest GPUs: two device pixels per CSS pixel is plenty. */
const MAX_DPR = 2;

export async function mountJoint(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): Promise<JointHandle> {
  const root: ReconcilerRoot<HTMLCanvasElement> = createRoot(canvas);
  // No R3F pointer events: nothing in the scene is clickable, and the orbit controls
  // listen to the canvas themselves.
  // Every configure() call must carry the whole configuration: R3F resets what is left
  // out to its defaults (a size-only call would switch the loop back to 'always').
  const config = {
    frameloop: 'demand',
    dpr: [1, Math.min(MAX_DPR, window.devicePixelRatio || 1)],
    size: { width, height, top: 0, left: 0 },
    gl: {
      antialias: true,
      alpha: true,
      powerPreference: 'low-power',
      preserveDrawingBuffer: false,
    },
    camera: { fov: CAMERA_FOV_DEG, near: 5, far: 4000, position: [0, 0, 300] },
  } satisfies Parameters<typeof root.configure>[0];
  await root.configure(config);
  return {
    render: (props) => root.render(<JointScene {...props} />),
    resize: (w, h) =>
      void root.configure({ ...config, size: { width: w, height: h, top: 0, left: 0 } }),
    unmount: () => root.unmount(),
  };
}
