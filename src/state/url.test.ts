import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PARAMETERS, PARAMETER_RANGES } from '../model/parameters';
import {
  TIGHT_CAPSULE,
  DEFAULT_STATE,
  FIELDS,
  FIELD_KEYS,
  NUMBER_KEYS,
  RANGES,
  VIEWS,
  type FigureState,
  type Range,
} from './figureState';
import { PRESETS } from './presets';
import { normalizeState, parseState, serializeState } from './url';

const VERSION = 3;

const inRange = (r: Range) =>
  fc
    .integer({ min: 0, max: Math.round((r.max - r.min) / r.step) })
    .map((i) => Number((r.min + i * r.step).toFixed(6)));

const arbitraryState: fc.Arbitrary<FigureState> = fc.record({
  depth: inRange(RANGES.depth),
  seatedIrDeg: fc.option(inRange(RANGES.seatedIrDeg), { nil: null }),
  capsuleTightness: inRange(RANGES.capsuleTightness),
  alphaDeg: inRange(RANGES.alphaDeg),
  lceDeg: inRange(RANGES.lceDeg),
  ankleDorsiflexionDeg: inRange(RANGES.ankleDorsiflexionDeg),
  footTurnOutDeg: inRange(RANGES.footTurnOutDeg),
  stanceWidthMm: inRange(RANGES.stanceWidthMm),
  compensate: fc.boolean(),
  view: fc.constantFrom(...VIEWS),
  camera: fc.option(
    fc.record({
      azimuthDeg: inRange(RANGES.azimuthDeg),
      elevationDeg: inRange(RANGES.elevationDeg),
      zoom: inRange(RANGES.zoom),
    }),
    { nil: null },
  ),
});

describe('state in the URL', () => {
  it('round-trips every state exactly: parse(serialize(state)) equals state', () => {
    fc.assert(
      fc.property(
        arbitraryState,
        fc.constantFrom(...Object.values(PRESETS).map((p) => p.state)),
        (state, base) => {
          const parsed = parseState(
            serializeState(state, 'fig-2', VERSION).toString(),
            base,
            VERSION,
          );
          expect(parsed.state).toEqual(normalizeState(state));
          expect(parsed.state).toEqual(state);
          expect(parsed.figureId).toBe('fig-2');
          expect(parsed.staleVersion).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes short, readable links', () => {
    const link = serializeState(
      { ...DEFAULT_STATE, depth: 0.8, seatedIrDeg: 15, view: 'front' },
      null,
      VERSION,
    ).toString();
    expect(link).toBe('depth=0.8&ir=15&view=front&v=3');
  });

  it('layers a hand-written link on the figure preset, but reads a written link against the defaults', () => {
    const cam = PRESETS.cam.state;
    expect(parseState('?depth=0.7', cam, VERSION).state).toEqual({ ...cam, depth: 0.7 });
    expect(parseState('?depth=0.7&v=3', cam, VERSION).state).toEqual({
      ...DEFAULT_STATE,
      depth: 0.7,
    });
  });

  it('reads the shorthands a person would type', () => {
    const s = parseState(
      'capsule=tight&shape=cam&comp=off&view=socket',
      DEFAULT_STATE,
      VERSION,
    ).state;
    expect(s.capsuleTightness).toBe(TIGHT_CAPSULE);
    expect(s.alphaDeg).toBe(70);
    expect(s.compensate).toBe(false);
    expect(s.view).toBe('socket');
  });

  it('clamps numbers to the documented ranges', () => {
    const s = parseState('depth=7&ir=-40&alpha=999999&ankle=0.0001', DEFAULT_STATE, VERSION).state;
    expect(s.depth).toBe(1);
    expect(s.seatedIrDeg).toBe(RANGES.seatedIrDeg.min);
    expect(s.alphaDeg).toBe(RANGES.alphaDeg.max);
    expect(s.ankleDorsiflexionDeg).toBe(RANGES.ankleDorsiflexionDeg.min);
  });

  it.each([
    'depth=NaN',
    'depth=Infinity',
    'depth=1e400',
    'depth=0x10',
    'depth=%3Cscript%3Ealert(1)%3C/script%3E',
    'depth=',
    'depth=1,5',
    'view=%3Cimg%20src=x%20onerror=alert(1)%3E',
    'view=__proto__',
    'shape=constructor',
    'shape=__proto__',
    'cam=1,2',
    'cam=a,b,c',
    'fig=%3Cb%3E',
    'fig=' + 'a'.repeat(5000),
    'v=abc',
  ])('falls back calmly on %s', (query) => {
    const parsed = parseState(query, DEFAULT_STATE, VERSION);
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.figureId).toBeNull();
  });

  it('takes the first of repeated keys', () => {
    expect(parseState('depth=0.2&depth=0.9', DEFAULT_STATE, VERSION).state.depth).toBe(0.2);
  });

  it('flags a link made with another model version', () => {
    expect(parseState('depth=0.2&v=1', DEFAULT_STATE, VERSION).staleVersion).toBe(1);
    expect(parseState('depth=0.2&v=3', DEFAULT_STATE, VERSION).staleVersion).toBeNull();
  });

  it('never throws and never yields a value outside its range, whatever the query holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              'depth',
              'ir',
              'capsule',
              'alpha',
              'lce',
              'ankle',
              'turnout',
              'comp',
              'view',
              'cam',
              'fig',
              'v',
              'shape',
              'x',
            ),
            fc.string({ maxLength: 40 }),
          ),
          { maxLength: 12 },
        ),
        fc.string({ maxLength: 200 }),
        (pairs, junk) => {
          const query =
            pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') + '&' + junk;
          const { state, figureId } = parseState(query, DEFAULT_STATE, VERSION);
          for (const key of [
            'depth',
            'capsuleTightness',
            'alphaDeg',
            'lceDeg',
            'ankleDorsiflexionDeg',
            'footTurnOutDeg',
          ] as const) {
            const range = RANGES[key];
            expect(state[key]).toBeGreaterThanOrEqual(range.min);
            expect(state[key]).toBeLessThanOrEqual(range.max);
          }
          expect(VIEWS).toContain(state.view);
          if (figureId !== null) expect(figureId).toMatch(/^[a-z0-9-]+$/);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads and writes the stance width, in millimetres, within the model’s range', () => {
    expect(RANGES.stanceWidthMm).toEqual({
      min: PARAMETER_RANGES.stanceWidthMm.min,
      max: PARAMETER_RANGES.stanceWidthMm.max,
      step: PARAMETER_RANGES.stanceWidthMm.step,
    });
    expect(DEFAULT_STATE.stanceWidthMm).toBe(DEFAULT_PARAMETERS.stanceWidthMm);
    const wide = { ...DEFAULT_STATE, depth: 0.8, stanceWidthMm: 600 };
    expect(serializeState(wide, null, VERSION).toString()).toBe('depth=0.8&stance=600&v=3');
    expect(parseState('depth=0.8&stance=600&v=3', DEFAULT_STATE, VERSION).state).toEqual(wide);
    expect(parseState('stance=604', DEFAULT_STATE, VERSION).state.stanceWidthMm).toBe(600);
    expect(parseState('stance=5000', DEFAULT_STATE, VERSION).state.stanceWidthMm).toBe(
      RANGES.stanceWidthMm.max,
    );
    expect(parseState('stance=wide', DEFAULT_STATE, VERSION).state).toEqual(DEFAULT_STATE);
    expect(parseState('stance=600', DEFAULT_STATE, VERSION).hasState).toBe(true);
  });

  it('round-trips every stance width on every preset, and leaves it out of links at its default', () => {
    fc.assert(
      fc.property(
        inRange(RANGES.stanceWidthMm),
        fc.constantFrom(...Object.values(PRESETS).map((p) => p.state)),
        (stanceWidthMm, preset) => {
          const state = { ...preset, stanceWidthMm };
          const link = serializeState(state, null, VERSION);
          expect(parseState(link.toString(), DEFAULT_STATE, VERSION).state).toEqual(state);
          expect(link.has('stance')).toBe(stanceWidthMm !== DEFAULT_STATE.stanceWidthMm);
        },
      ),
    );
  });

  it('gives every field of the state its own parameter, so no two fields share a link key', () => {
    const params = FIELD_KEYS.map((k) => FIELDS[k].param);
    expect(new Set(params).size).toBe(params.length);
    expect(FIELD_KEYS).toEqual(Object.keys(DEFAULT_STATE));
    for (const param of ['fig', 'v', 'shape']) expect(params).not.toContain(param);
  });

  it('keeps every number field of the table in its range, whatever its parameter holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...NUMBER_KEYS),
            fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String)),
          ),
          { maxLength: 8 },
        ),
        (pairs) => {
          const query = pairs
            .map(([k, v]) => `${FIELDS[k].param}=${encodeURIComponent(v)}`)
            .join('&');
          const { state } = parseState(query, DEFAULT_STATE, VERSION);
          for (const key of NUMBER_KEYS) {
            const value = state[key];
            if (value === null) continue;
            expect(value).toBeGreaterThanOrEqual(RANGES[key].min);
            expect(value).toBeLessThanOrEqual(RANGES[key].max);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
