import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../model';
import { DEFAULT_STATE } from '../../state/figureState';
import { readKneeToWall } from '../../state/kneeToWall';
import { serializeState } from '../../state/url';
import { broughtSearch, readClinicAddress, sequenceSearch, sessionSearch } from './clinicUrl';
import { NO_PATIENT, type PatientHip } from './patient';
import { BUILT_IN_SEQUENCE, type Sequence } from './sequence';

const own: Sequence = {
  steps: [
    { source: 'deep', depth: null, sentence: null },
    { source: 'p-cam', depth: 0.8, sentence: 'A cam, in my words.' },
    { source: 'teach-back', depth: null, sentence: null },
  ],
};

describe('the presenter’s address', () => {
  it('opens a "Present" link on the view it brought', () => {
    const state = { ...DEFAULT_STATE, depth: 0.8, seatedIrDeg: 15 };
    const a = readClinicAddress(`?${serializeState(state, null, MODEL_VERSION)}`);
    expect(a.brought).toEqual(state);
    expect(a.patient).toEqual({ ...NO_PATIENT, seatedIrDeg: 15 });
    expect(a.sequence).toBe(BUILT_IN_SEQUENCE);
    expect(a.start).toBe(0);
  });

  it('starts the steps at step 1 when every value of a link was rejected', () => {
    for (const search of [
      '',
      '?depth=abc',
      '?view=bogus',
      '?depth=abc&view=bogus&capsule=%3Cb%3E&shape=__proto__&cam=1,2',
      '?v=1',
      '?depth=abc&v=1',
      '?fig=x&unknown=1',
    ]) {
      const a = readClinicAddress(search);
      expect(a.brought, search).toBeNull();
      expect(a.start, search).toBe(0);
      expect(a.sequence).toBe(BUILT_IN_SEQUENCE);
      expect(a.sequenceProblem).toBeNull();
    }
  });

  it('shows the view of a link with any value read, even one equal to the default', () => {
    for (const search of [
      '?depth=0.5',
      '?ir=typical',
      '?shape=typical',
      '?view=side',
      '?cam=default',
      '?depth=abc&view=front',
      `?${serializeState(DEFAULT_STATE, null, MODEL_VERSION)}`,
    ])
      expect(readClinicAddress(search).brought, search).not.toBeNull();
    expect(readClinicAddress('?depth=abc&view=front').brought).toEqual({
      ...DEFAULT_STATE,
      view: 'front',
    });
  });

  it('opens a shared sequence on its first step, with no patient', () => {
    const a = readClinicAddress(`?${sequenceSearch(own)}`);
    expect(a.sequence).toEqual(own);
    expect(a.brought).toBeNull();
    expect(a.start).toBe(0);
    expect(a.patient).toEqual(NO_PATIENT);
  });

  it('falls back to the built-in steps, calmly, for a broken sequence', () => {
    const a = readClinicAddress('?seq=1&step=deep&step=%3Cscript%3E');
    expect(a.sequence).toBe(BUILT_IN_SEQUENCE);
    expect(a.sequenceProblem).toBe('invalid');
    expect(a.brought).toBeNull();
    expect(a.start).toBe(0);
  });

  it('comes back to the same step, numbers and sequence after a reload', () => {
    const patient: PatientHip = {
      seatedIrDeg: 14,
      ankleDorsiflexionDeg: readKneeToWall(10)!.dorsiflexionDeg,
      kneeToWallCm: 10,
      alphaDeg: 62,
      lceDeg: null,
    };
    const a = readClinicAddress(`?${sessionSearch(own, patient, 1)}`);
    expect(a).toEqual({
      brought: null,
      staleVersion: null,
      patient,
      sequence: own,
      sequenceProblem: null,
      start: 1,
    });
    expect(sessionSearch(BUILT_IN_SEQUENCE, NO_PATIENT, 4)).toBe(`at=5&v=${MODEL_VERSION}`);
    // A knee-to-wall distance that no longer gives the link's ankle bend is dropped.
    const edited = sessionSearch(BUILT_IN_SEQUENCE, patient, 0).replace(/ankle=\d+/, 'ankle=30');
    expect(readClinicAddress(`?${edited}`).patient).toEqual({
      ...patient,
      ankleDorsiflexionDeg: 30,
      kneeToWallCm: null,
    });
    for (const ktw of ['abc', '25', '-1', '10.25'])
      expect(
        readClinicAddress(
          `?${sessionSearch(BUILT_IN_SEQUENCE, patient, 0)}`.replace('ktw=10', `ktw=${ktw}`),
        ).patient.kneeToWallCm,
      ).toBeNull();
    // A step past the end of the sequence is its last step; nonsense is step 1.
    expect(readClinicAddress('?at=99&seq=1&step=deep&step=pinch').start).toBe(1);
    expect(readClinicAddress('?at=-3').start).toBe(0);
    expect(readClinicAddress('?at=0').start).toBe(0);
  });

  it('writes a brought view as any figure writes its state', () => {
    const state = { ...DEFAULT_STATE, depth: 0.3 };
    expect(broughtSearch(state)).toBe(serializeState(state, null, MODEL_VERSION).toString());
    expect(readClinicAddress(`?${broughtSearch(state)}`).brought).toEqual(state);
  });
});
