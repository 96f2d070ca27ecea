import { describe, expect, it } from 'vitest';
import { readHandoff, type Handoff } from './handoff';
import { NO_PATIENT } from './patient';
import { NO_TEACH_BACK } from './teachBack';

describe('the handoff across an update', () => {
  it('reads back what was saved', () => {
    const h: Handoff = {
      patient: {
        seatedIrDeg: 14,
        ankleDorsiflexionDeg: 39,
        kneeToWallCm: 10,
        alphaDeg: 66,
        lceDeg: null,
      },
      chosen: ['ninety-ninety'],
      teachBack: {
        pinch: { depth: 0.72, verdict: 'found', onsetFlexionDeg: 101.5 },
        answers: { pelvis: 'room' },
      },
      teachBackOnHandout: true,
    };
    expect(readHandoff(JSON.stringify(h))).toEqual(h);
  });

  it('drops what it does not expect, and never throws', () => {
    expect(readHandoff('not json')).toBeNull();
    expect(readHandoff('null')).toBeNull();
    expect(
      readHandoff(
        JSON.stringify({
          patient: { seatedIrDeg: 'x', alphaDeg: 500, __proto__: { lceDeg: 20 } },
          chosen: ['nope', 3, 'ninety-ninety'],
          teachBack: { pinch: { depth: 2, verdict: 'maybe' }, answers: { pelvis: 'nope', x: 'y' } },
          teachBackOnHandout: 'yes',
        }),
      ),
    ).toEqual({
      patient: { ...NO_PATIENT, alphaDeg: 90 },
      chosen: ['ninety-ninety'],
      teachBack: NO_TEACH_BACK,
      teachBackOnHandout: false,
    });
  });
});
