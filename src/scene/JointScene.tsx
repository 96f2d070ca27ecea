/**
 * The 3D joint: socket, femur, capsule fibres, the glide trace and the contact marker, all
 * placed from the model's output. Nothing here computes biomechanics; the only change to
 * the model's numbers is the labelled magnification of the glide (`glideScale`).
 */
import type { HipGeometry, HipState } from '../model';
import type { CameraState, ViewName } from '../state/figureState';
import Acetabulum from './Acetabulum';
import CameraRig from './CameraRig';
import CapsuleFibres from './CapsuleFibres';
import ClockLabels from './ClockLabels';
import ContactMarker, { type ScreenPoint } from './ContactMarker';
import Femur from './Femur';
import GlideTrace from './GlideTrace';
import Lights from './Lights';

export interface JointSceneProps {
  geometry: HipGeometry;
  hip: HipState;
  view: ViewName;
  camera: CameraState;
  /** Drawn head centres (magnified), oldest first. */
  trace: readonly (readonly [number, number, number])[];
  /** The drawn head centre (the last trace point). */
  drawnHeadCentreMm: readonly [number, number, number];
  onProject: (point: ScreenPoint | null) => void;
  onCameraEnd: (camera: CameraState) => void;
}

export default function JointScene({
  geometry,
  hip,
  view,
  camera,
  trace,
  drawnHeadCentreMm,
  onProject,
  onCameraEnd,
}: JointSceneProps) {
  const trueCentre = hip.pose.headCentreMm;
  const shift: [number, number, number] = [
    drawnHeadCentreMm[0] - trueCentre[0],
    drawnHeadCentreMm[1] - trueCentre[1],
    drawnHeadCentreMm[2] - trueCentre[2],
  ];
  return (
    <>
      <Lights />
      <CameraRig camera={camera} onCameraEnd={onCameraEnd} />
      <Acetabulum acetabulum={geometry.acetabulum} seeThrough={view === 'socket'} />
      <ClockLabels acetabulum={geometry.acetabulum} />
      <Femur
        femur={geometry.femur}
        rotation={hip.pose.femurToPelvis}
        headCentreMm={drawnHeadCentreMm}
      />
      <CapsuleFibres capsule={hip.capsule} displayShiftMm={shift} />
      <GlideTrace points={trace} />
      <ContactMarker
        contact={hip.contact}
        nearestPointMm={hip.nearestPointMm}
        clearanceMm={hip.clearanceMm}
        onProject={onProject}
      />
    </>
  );
}
