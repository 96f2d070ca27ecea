import { describe, expect, it } from 'vitest';
import { solveHip } from '../../model';
import { readouts } from '../../state/describe';
import { DEFAULT_STATE, RANGES } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import { goalState, handoutState, paperFigure } from './paper';
import { NO_PATIENT } from './patient';
import { GOAL_EXTRA_IR_DEG, guidedSteps } from './steps';

describe('the handout', () => {
  const patient = { ...NO_PATIENT, seatedIrDeg: 28, ankleDorsiflexionDeg: 30 };

  it('prints the patient’s own model hip on every step, at the depth and view on screen', () => {
    for (const step of guidedSteps(patient)) {
      const printed = handoutState(step.state, patient);
      expect(printed.seatedIrDeg, step.id).toBe(28);
      expect(printed.ankleDorsiflexionDeg).toBe(30);
      expect(printed.capsuleTightness).toBe(DEFAULT_STATE.capsuleTightness);
      expect(printed.depth).toBe(step.state.depth);
      expect(printed.view).toBe(step.state.view);
    }
  });

  it('prints the goal separately: the same model with more rotation, never past the model’s range', () => {
    const own = handoutState({ ...DEFAULT_STATE, depth: 1 }, patient);
    expect(goalState(own, patient)).toEqual({
      ...own,
      seatedIrDeg: Math.min(RANGES.seatedIrDeg.max, 28 + GOAL_EXTRA_IR_DEG),
    });
    expect(goalState(own, { ...patient, seatedIrDeg: RANGES.seatedIrDeg.max })).toBeNull();
    expect(goalState(own, NO_PATIENT)).toBeNull();
  });

  it('without numbers, prints the model hip on screen', () => {
    const screen = { ...DEFAULT_STATE, depth: 0.9, capsuleTightness: 2 };
    expect(handoutState(screen, NO_PATIENT)).toEqual(screen);
  });

  it('solves paper straight from the model', () => {
    const state = { ...DEFAULT_STATE, depth: 0.9, seatedIrDeg: 14 };
    const paper = paperFigure(state);
    expect(paper.items).toEqual(readouts(solveHip(modelInput(state))));
    expect(paper.drawing.shapes.length).toBeGreaterThan(10);
  });
});
