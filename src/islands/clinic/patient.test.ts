import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, TIGHT_CAPSULE } from '../../state/figureState';
import {
  NO_PATIENT,
  hasPatient,
  modelTagFor,
  patientFromLink,
  patientFromSession,
  patientPatch,
  patientState,
  type PatientHip,
} from './patient';

const hip = (patch: Partial<PatientHip>): PatientHip => ({ ...NO_PATIENT, ...patch });

describe('the patient’s hip', () => {
  it('becomes a patch of figure state with only what was entered', () => {
    expect(patientPatch(NO_PATIENT)).toEqual({});
    expect(hasPatient(NO_PATIENT)).toBe(false);
    const p = hip({ seatedIrDeg: 20, alphaDeg: 65 });
    expect(hasPatient(p)).toBe(true);
    expect(patientPatch(p)).toEqual({ seatedIrDeg: 20, alphaDeg: 65 });
    expect(patientState(p)).toEqual({ ...DEFAULT_STATE, seatedIrDeg: 20, alphaDeg: 65 });
  });

  it('reads a "Present" link’s rotation and ankle as the patient’s, but never its bone shape', () => {
    expect(patientFromLink(DEFAULT_STATE)).toEqual(NO_PATIENT);
    expect(
      patientFromLink({
        ...DEFAULT_STATE,
        seatedIrDeg: 15,
        ankleDorsiflexionDeg: 30,
        alphaDeg: 70,
      }),
    ).toEqual(hip({ seatedIrDeg: 15, ankleDorsiflexionDeg: 30 }));
  });

  it('reads every entered number back from the presenter’s own address', () => {
    const p = hip({ seatedIrDeg: 15, ankleDorsiflexionDeg: 30, alphaDeg: 70, lceDeg: 40 });
    expect(patientFromSession(patientState(p))).toEqual(p);
    expect(patientFromSession(DEFAULT_STATE)).toEqual(NO_PATIENT);
  });
});

describe('the model tag', () => {
  it('names the numbers that shaped the model, and never calls it an image of the patient', () => {
    const patient = hip({ seatedIrDeg: 18 });
    expect(modelTagFor({ ...DEFAULT_STATE, seatedIrDeg: 18 }, patient)).toBe(
      'A model shaped by the patient’s seated rotation of 18°, not an image of their hip',
    );
    expect(modelTagFor({ ...DEFAULT_STATE, seatedIrDeg: 28 }, patient)).toBe(
      'A model shaped by a seated rotation of 28°, not an image of the patient’s hip',
    );
    expect(modelTagFor(DEFAULT_STATE, patient)).toBe(
      'A typical model hip, not an image of the patient’s hip',
    );
    expect(modelTagFor({ ...DEFAULT_STATE, capsuleTightness: TIGHT_CAPSULE }, NO_PATIENT)).toMatch(
      /^A model hip with a tight back of the capsule/,
    );
    expect(modelTagFor({ ...DEFAULT_STATE, alphaDeg: 70 }, NO_PATIENT)).toMatch(
      /^A model hip with a cam shape, not an image/,
    );
    expect(
      modelTagFor(
        { ...DEFAULT_STATE, seatedIrDeg: 18, ankleDorsiflexionDeg: 30 },
        hip({ seatedIrDeg: 18, ankleDorsiflexionDeg: 30 }),
      ),
    ).toMatch(/seated rotation of 18° and ankle bend of 30°/);
  });

  it('names an imaging report’s angles too', () => {
    const p = hip({ seatedIrDeg: 18, alphaDeg: 66, lceDeg: 38 });
    expect(modelTagFor(patientState(p), p)).toBe(
      'A model shaped by the patient’s seated rotation of 18°, alpha angle of 66° and centre-edge angle of 38°, not an image of their hip',
    );
    const onlyShape = hip({ alphaDeg: 66 });
    expect(modelTagFor(patientState(onlyShape), onlyShape, 'patient')).toBe(
      'A model shaped by your alpha angle of 66°, not an image of your hip',
    );
  });

  it('speaks to the patient on the handout', () => {
    const patient = hip({ seatedIrDeg: 18 });
    expect(modelTagFor({ ...DEFAULT_STATE, seatedIrDeg: 18 }, patient, 'patient')).toBe(
      'A model shaped by your seated rotation of 18°, not an image of your hip',
    );
    expect(modelTagFor(DEFAULT_STATE, patient, 'patient')).toBe(
      'A typical model hip, not an image of your hip',
    );
  });
});
