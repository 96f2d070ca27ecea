/**
 * What the handout prints. With a patient's numbers entered it prints their own model hip,
 * at the depth, posture and view on screen, whatever step is showing (a typical hip for
 * comparison, or the goal), and the goal separately, labelled as a goal. Without numbers it
 * prints the model hip on screen. Each is solved here, straight from the model (no easing,
 * no trace), so paper never shows a frame caught mid-move. No DOM.
 */
import { buildHipGeometry, solveHip, type HipState } from '../../model';
import { jointDrawing, type JointDrawing } from '../../drawing/jointDrawing';
import { depthValueText, readouts, sentence, type Readout } from '../../state/describe';
import { RANGES, type FigureState } from '../../state/figureState';
import { hipParameters, modelInput } from '../../state/modelInput';
import { isTightCapsule } from '../../state/tightness';
import { hasPatient, patientState, type PatientHip } from './patient';
import { GOAL_EXTRA_IR_DEG } from './steps';

/** The numbers printed: the ones the presenter shows large, and the pelvis (the sentence names the rest). */
export const PAPER_READOUTS = ['flexion', 'tilt', 'clearance', 'rotation'];

/**
 * Drills that fit one Letter page beside everything else (the goal, the teach-back), each
 * with its dose and when to stop; more flow onto a second page. Measured in
 * tests/e2e/clinic.spec.ts (A4, a little taller, holds one more).
 */
export const ONE_PAGE_DRILLS = 4;

/** The state the handout prints: the patient's own model hip when numbers were entered. */
export function handoutState(screen: FigureState, patient: PatientHip): FigureState {
  if (!hasPatient(patient)) return { ...screen, camera: null };
  return {
    ...patientState(patient),
    depth: screen.depth,
    compensate: screen.compensate,
    view: screen.view,
  };
}

/** The goal beside it: the same model with more seated rotation, when a rotation was measured and can grow. */
export function goalState(own: FigureState, patient: PatientHip): FigureState | null {
  if (patient.seatedIrDeg === null) return null;
  const goal = Math.min(RANGES.seatedIrDeg.max, patient.seatedIrDeg + GOAL_EXTRA_IR_DEG);
  if (goal === patient.seatedIrDeg) return null;
  return { ...own, seatedIrDeg: goal };
}

export interface PaperFigure {
  state: FigureState;
  hip: HipState;
  drawing: JointDrawing;
  words: string;
  items: Readout[];
  valueText: string;
}

/** One state, solved and drawn for paper: the joint as the poster draws it. */
export function paperFigure(state: FigureState): PaperFigure {
  const hip = solveHip(modelInput(state));
  const geometry = buildHipGeometry(hipParameters(state));
  return {
    state,
    hip,
    drawing: jointDrawing(geometry, hip, { view: state.view }),
    words: sentence(hip, isTightCapsule(hip.posteriorCapsuleTightness)),
    items: readouts(hip),
    valueText: depthValueText(state.depth, hip),
  };
}
