/**
 * The 3D joint: the hip bone around the socket, the femur, the capsule's bands, the pinch
 * marker and its close-up, all placed from the model's output, framed to fill the pane.
 * Nothing here computes biomechanics: the bones are drawn at the model's own pose (the glide
 * is shown magnified in the figure's key, not by moving the bones).
 */
import { useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { Plane, Vector3, type Group } from 'three';
import type { HipGeometry, HipState, Vec3 } from '../model';
import { capsuleBands } from '../drawing/capsuleBands';
import { cutNormal } from '../drawing/cutaway';
import { jointParts, posedPoints } from '../drawing/jointParts';
import { labelSpecs, NEAR_MM } from '../drawing/labels';
import { PALETTES, type SchemeName } from '../drawing/palette';
import type { CameraState, ViewName } from '../state/figureState';
import { CAMERA_FOV_DEG } from './cameraViews';
import CameraRig from './CameraRig';
import Capsule from './Capsule';
import Femur from './Femur';
import { frameToFit } from './framing';
import Lights from './Lights';
import Marker from './Marker';
import { LAYER } from './materials';
import Pelvis from './Pelvis';
import Viewports, { type FrameReport } from './Viewports';

export interface JointSceneProps {
  geometry: HipGeometry;
  hip: HipState;
  view: ViewName;
  /** The orbit (the view's own, or where the reader turned it). */
  camera: CameraState;
  scheme: SchemeName;
  /** After each drawn frame: where the marker, the close-up and the named points are on screen. */
  onFrame: (report: FrameReport) => void;
  onCameraEnd: (camera: CameraState) => void;
}

/** Femur frame ← pelvis frame, for a point: Rᵀ (p − c). */
function toFemurFrame(hip: HipState, p: Vec3): Vec3 {
  const m = hip.pose.femurToPelvis;
  const c = hip.pose.headCentreMm;
  const d = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
  return [
    m[0]! * d[0]! + m[3]! * d[1]! + m[6]! * d[2]!,
    m[1]! * d[0]! + m[4]! * d[1]! + m[7]! * d[2]!,
    m[2]! * d[0]! + m[5]! * d[1]! + m[8]! * d[2]!,
  ];
}

export default function JointScene({
  geometry,
  hip,
  view,
  camera,
  scheme,
  onFrame,
  onCameraEnd,
}: JointSceneProps) {
  const palette = PALETTES[scheme];
  const parts = jointParts(geometry);
  const bands = useMemo(() => capsuleBands(hip), [hip]);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  useMemo(() => {
    gl.localClippingEnabled = true;
  }, [gl]);
  const points = useMemo(() => posedPoints(parts, hip, bands), [parts, hip, bands]);
  const framing = useMemo(
    () => frameToFit(points, camera, size.width / Math.max(1, size.height), CAMERA_FOV_DEG),
    [points, camera, size.width, size.height],
  );
  const plane = useMemo(() => new Plane(new Vector3(0, 0, -1), 0), []);
  const clip = view === 'joint' ? [plane] : null;

  const spot: Vec3 | null =
    hip.contact?.pointMm ?? (hip.clearanceMm < NEAR_MM ? hip.nearestPointMm : null);
  const femurContact = useMemo(
    () => (hip.contact ? toFemurFrame(hip, hip.contact.pointMm) : null),
    [hip],
  );
  const cutFor = useMemo(
    () => (toViewer: Vec3) => cutNormal(toViewer, hip, geometry),
    [hip, geometry],
  );
  const ball = useMemo(
    () => ({ centre: hip.pose.headCentreMm, radius: geometry.femur.headRadiusMm }),
    [hip, geometry],
  );
  const [main, setMain] = useState<Group | null>(null);
  const [inset, setInset] = useState<Group | null>(null);
  const markers = useMemo(() => ({ main, inset }), [main, inset]);
  const anchorsFor = useMemo(
    () => (toViewer: Vec3) =>
      labelSpecs({
        geometry,
        hip,
        bands,
        marks: parts.marks,
        toViewer,
        pelvisPointMm: parts.pelvisPointMm,
      }).map((s) => ({ id: s.id, point: s.anchor })),
    [geometry, hip, bands, parts],
  );

  return (
    <>
      <Lights />
      <CameraRig camera={camera} framing={framing} onCameraEnd={onCameraEnd} />
      <Pelvis
        acetabulum={geometry.acetabulum}
        tubes={parts.pelvis}
        marks={parts.marks}
        palette={palette}
        clip={clip}
        seeThrough={view === 'socket'}
        contactMm={hip.contact?.pointMm ?? null}
      />
      <Femur
        femur={geometry.femur}
        tubes={parts.femur}
        marks={parts.marks}
        palette={palette}
        rotation={hip.pose.femurToPelvis}
        headCentreMm={hip.pose.headCentreMm}
        contactMm={femurContact}
        clip={clip}
      />
      <Capsule bands={bands} palette={palette} clip={clip} />
      <Marker ref={setMain} contact={hip.contact !== null} palette={palette} layer={LAYER.marker} />
      <Marker
        ref={setInset}
        contact={hip.contact !== null}
        palette={palette}
        layer={LAYER.insetMarker}
      />
      <Viewports
        spotMm={spot}
        markers={markers}
        anchorsFor={anchorsFor}
        clip={clip ? plane : null}
        cutFor={cutFor}
        ballMm={ball}
        background={palette.bg}
        onFrame={onFrame}
      />
    </>
  );
}
