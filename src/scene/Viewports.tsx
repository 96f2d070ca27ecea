/**
 * The frame loop: it draws the picture, then (when the neck touches or nearly touches the
 * rim) a close-up of that spot in a corner of the same canvas, without the capsule. It turns
 * the markers to face the camera at a constant size on screen, moves the cutaway's plane with
 * the camera, and reports where the marker, the close-up and each named point land on screen,
 * so the island can place its HTML labels. It runs only when a frame is asked for
 * (frameloop "demand"), and sets no React state.
 */
import { useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, PerspectiveCamera, Vector3, type Group, type Plane } from 'three';
import type { Vec3 } from '../drawing/anatomy';
import type { Box } from '../drawing/labelLayout';
import { insetCorner, type Corner } from '../drawing/insetCorner';
import { LAYER } from './materials';

export interface ScreenPoint {
  /** CSS pixels from the canvas's top-left corner. */
  x: number;
  y: number;
}

export interface FrameReport {
  width: number;
  height: number;
  marker: ScreenPoint | null;
  inset: Box | null;
  anchors: { id: string; x: number; y: number }[];
  /** The ball on screen (centre and radius, CSS px): labels keep off it. */
  ball: { x: number; y: number; r: number } | null;
}

export interface ViewportsProps {
  /** The marked spot (pelvis frame), or null. */
  spotMm: Vec3 | null;
  markers: { main: Group | null; inset: Group | null };
  /** Named points for the camera's direction (unit vector toward the camera). */
  anchorsFor: (toViewer: Vec3) => { id: string; point: Vec3 }[];
  /** The cutaway's plane, turned with the camera each frame; null when not cut. */
  clip: Plane | null;
  /** The cutaway plane's normal toward the viewer (src/drawing/cutaway.ts). */
  cutFor: (toViewer: Vec3) => Vec3;
  /** The ball's centre (pelvis frame) and radius, mm. */
  ballMm: { centre: Vec3; radius: number };
  background: string;
  onFrame: (report: FrameReport) => void;
}

/** Marker radius on screen, CSS px (main picture and close-up). */
const MARKER_PX = 9;
/** Close-up: its side as a share of the pane's shorter side, and the width it shows, mm. */
export const INSET_SHARE = 0.36;
const INSET_SPAN_MM = 30;
const PAD = 8;
/** Below the tag and the Labels button, which sit in the top corners (56 px tall in the presenter). */
const TOP_PAD = 64;

const scratch = new Vector3();
const toCam = new Vector3();
const out = new Vector3();
const ballCentre = new Vector3();
const c = new Vector3();

export default function Viewports({
  spotMm,
  markers,
  anchorsFor,
  clip,
  cutFor,
  ballMm,
  background,
  onFrame,
}: ViewportsProps) {
  const insetCamera = useMemo(() => {
    const c = new PerspectiveCamera(32, 1, 2, 2000);
    c.layers.set(LAYER.bones);
    c.layers.enable(LAYER.insetMarker);
    return c;
  }, []);
  const clear = useMemo(() => new Color(), []);
  const corner = useMemo((): { current: Corner | null } => ({ current: null }), []);
  const camera = useThree((s) => s.camera);
  useMemo(() => {
    camera.layers.enable(LAYER.capsule);
    camera.layers.enable(LAYER.marker);
    camera.layers.enable(LAYER.pelvis);
  }, [camera]);

  useFrame(({ gl, scene, camera: cam, size }) => {
    const { width, height } = size;
    cam.updateMatrixWorld();
    // From the socket centre (the frame's origin) toward the camera.
    toCam.copy(cam.position).normalize();
    const viewer: Vec3 = [toCam.x, toCam.y, toCam.z];
    if (clip) {
      // Keep the far side of the cut (three keeps what lies on the normal's side).
      const n = cutFor(viewer);
      clip.normal.set(-n[0], -n[1], -n[2]);
      clip.constant = 0;
    }
    const pxPerMm = (at: Vector3, c: PerspectiveCamera, h: number) =>
      h / (2 * c.position.distanceTo(at) * Math.tan((c.fov * Math.PI) / 360));

    const anchors = anchorsFor(viewer).map(({ id, point }) => {
      scratch.set(point[0], point[1], point[2]).project(cam);
      return { id, x: ((scratch.x + 1) / 2) * width, y: ((1 - scratch.y) / 2) * height };
    });
    let marker: ScreenPoint | null = null;
    let inset: Box | null = null;
    const spot = spotMm ? new Vector3(...spotMm) : null;
    if (spot) {
      scratch.copy(spot).project(cam);
      marker = { x: ((scratch.x + 1) / 2) * width, y: ((1 - scratch.y) / 2) * height };
      const side = Math.round(INSET_SHARE * Math.min(width, height));
      c.copy(ballCentre.set(...ballMm.centre)).project(cam);
      const chosen = insetCorner({
        pane: { x: 0, y: 0, w: width, h: height },
        side,
        pad: PAD,
        topPad: TOP_PAD,
        marker,
        ball: { x: ((c.x + 1) / 2) * width, y: ((1 - c.y) / 2) * height },
        points: anchors,
        current: corner.current,
      });
      corner.current = chosen.corner;
      inset = chosen.box;
    }

    const perspective = cam as PerspectiveCamera;
    const main = markers.main;
    if (main) {
      main.visible = spot !== null;
      if (spot) {
        main.position.copy(spot);
        main.quaternion.copy(cam.quaternion);
        main.scale.setScalar(MARKER_PX / pxPerMm(spot, perspective, height));
      }
    }
    const small = markers.inset;
    if (small && spot && inset) {
      const d = INSET_SPAN_MM / 2 / Math.tan((insetCamera.fov * Math.PI) / 360);
      // From between the viewer and straight out over the rim, so the meeting faces it.
      out.copy(spot).normalize().multiplyScalar(0.55);
      out.addScaledVector(toCam.copy(cam.position).sub(spot).normalize(), 0.45).normalize();
      insetCamera.position.copy(spot).addScaledVector(out, d);
      insetCamera.up.copy(cam.up);
      insetCamera.lookAt(spot);
      insetCamera.updateMatrixWorld();
      small.visible = true;
      small.position.copy(spot);
      small.quaternion.copy(insetCamera.quaternion);
      small.scale.setScalar((MARKER_PX * 0.8) / pxPerMm(spot, insetCamera, inset.h));
    } else if (small) small.visible = false;

    // The picture, then the close-up over its corner.
    gl.setScissorTest(false);
    gl.setViewport(0, 0, width, height);
    gl.autoClear = true;
    gl.render(scene, cam);
    if (inset) {
      gl.autoClear = false;
      gl.setScissorTest(true);
      const y = height - inset.y - inset.h;
      gl.setScissor(inset.x, y, inset.w, inset.h);
      gl.setViewport(inset.x, y, inset.w, inset.h);
      gl.getClearColor(clear);
      const alpha = gl.getClearAlpha();
      gl.setClearColor(background, 1);
      gl.clear();
      gl.render(scene, insetCamera);
      gl.setClearColor(clear, alpha);
      gl.setScissorTest(false);
      gl.setViewport(0, 0, width, height);
      gl.autoClear = true;
    }

    ballCentre.set(...ballMm.centre);
    scratch.copy(ballCentre).project(cam);
    const ball = {
      x: ((scratch.x + 1) / 2) * width,
      y: ((1 - scratch.y) / 2) * height,
      r: ballMm.radius * pxPerMm(ballCentre, perspective, height),
    };
    onFrame({ width, height, marker, inset, anchors, ball });
  }, 1);
  return null;
}
