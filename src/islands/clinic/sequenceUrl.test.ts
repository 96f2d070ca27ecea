import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SEQUENCE, SOURCE_IDS, type Sequence, type SequenceStep } from './sequence';
import {
  MAX_LINK_CHARS,
  MAX_SENTENCE,
  MAX_STEPS,
  SEQUENCE_FORMAT,
  canShare,
  readSequence,
  tidySentence,
  writeSequence,
} from './sequenceUrl';

const read = (search: string) => readSequence(new URLSearchParams(search));
const roundTrip = (sequence: Sequence) =>
  read(`?${writeSequence(sequence).toString()}`) as { kind: string; sequence?: Sequence };

/** Sentences as the editor keeps them: any text, tidied. */
const sentence = fc.string({ unit: 'grapheme', maxLength: MAX_SENTENCE + 20 }).map(tidySentence);
const step: fc.Arbitrary<SequenceStep> = fc
  .record({
    source: fc.constantFrom(...SOURCE_IDS),
    depth: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100)),
    sentence,
  })
  .map((s) => (s.source === 'teach-back' ? { ...s, depth: null, sentence: null } : s));
const sequence = fc
  .array(step, { minLength: 1, maxLength: MAX_STEPS })
  .map((steps): Sequence => ({ steps }));

describe('a sequence in a link', () => {
  it('reads back exactly as written: same steps, order, depths and sentences', () => {
    fc.assert(
      fc.property(sequence, (s) => {
        fc.pre(canShare(s));
        const back = roundTrip(s);
        if (writeSequence(s).toString() === '') expect(back.kind).toBe('none');
        else expect(back).toEqual({ kind: 'ok', sequence: s });
      }),
      { numRuns: 300 },
    );
  });

  it('is short and readable', () => {
    const s: Sequence = {
      steps: [
        { source: 'standing', depth: null, sentence: null },
        { source: 'p-cam', depth: 0.8, sentence: null },
        {
          source: 'pinch',
          depth: null,
          sentence: 'Your hip, at the bottom: the neck meets the rim.',
        },
        { source: 'teach-back', depth: null, sentence: null },
      ],
    };
    expect(writeSequence(s).toString()).toBe(
      'seq=1&step=standing&step=p-cam*80&step=pinch**Your+hip%2C+at+the+bottom%3A+the+neck+meets+the+rim.&step=teach-back',
    );
  });

  it('writes a sequence with two hips on one slider as format 2, and one without as format 1', () => {
    const pair: Sequence = {
      steps: [
        { source: 'c-typical-vs-tight', depth: 0.9, sentence: null },
        { source: 'deep', depth: null, sentence: null },
      ],
    };
    expect(writeSequence(pair).toString()).toBe('seq=2&step=c-typical-vs-tight*90&step=deep');
    expect(roundTrip(pair)).toEqual({ kind: 'ok', sequence: pair });
    expect(read('?seq=2&step=deep')).toEqual({
      kind: 'ok',
      sequence: { steps: [{ source: 'deep', depth: null, sentence: null }] },
    });
    // Format 1 never held a pair: such a link was not made by this site.
    expect(read('?seq=1&step=c-typical-vs-tight')).toEqual({ kind: 'broken', reason: 'invalid' });
    expect(read('?seq=2&step=c-typical-vs-nope')).toEqual({ kind: 'broken', reason: 'invalid' });
  });

  it('writes nothing for the built-in sequence, which is the default', () => {
    expect(writeSequence(BUILT_IN_SEQUENCE).toString()).toBe('');
    expect(read('')).toEqual({ kind: 'none' });
    expect(read('?depth=0.5&v=1')).toEqual({ kind: 'none' });
  });

  it('keeps a star in a sentence', () => {
    const s: Sequence = { steps: [{ source: 'deep', depth: 0.9, sentence: 'Note * this' }] };
    expect(roundTrip(s)).toEqual({ kind: 'ok', sequence: s });
  });

  it('refuses hostile and broken links whole, saying why, and never throws', () => {
    const long = 'a'.repeat(MAX_SENTENCE + 1);
    const cases: [string, string][] = [
      ['?step=deep', 'invalid'],
      ['?seq=abc&step=deep', 'invalid'],
      ['?seq=0&step=deep', 'invalid'],
      [`?seq=${SEQUENCE_FORMAT + 1}&step=deep`, 'newer'],
      ['?seq=1', 'invalid'],
      ['?seq=1&step=', 'invalid'],
      ['?seq=1&step=__proto__', 'invalid'],
      ['?seq=1&step=constructor', 'invalid'],
      ['?seq=1&step=p-nope', 'invalid'],
      ['?seq=1&step=deep&step=bogus', 'invalid'],
      ['?seq=1&step=deep*101', 'invalid'],
      ['?seq=1&step=deep*-5', 'invalid'],
      ['?seq=1&step=deep*0.5', 'invalid'],
      ['?seq=1&step=deep*1e2', 'invalid'],
      [`?seq=1&step=deep**${long}`, 'invalid'],
      ['?seq=1&step=deep**%3Cscript%3Ealert(1)%3C%2Fscript%3E%0A', 'invalid'],
      ['?seq=1&step=deep**evil%E2%80%AEtxt', 'invalid'],
      ['?seq=1&step=deep**zero%E2%80%8Bwidth', 'invalid'],
      ['?seq=1&step=deep**bad%ZZescape', 'ok'],
      ['?seq=1&step=deep**%FF', 'invalid'],
      ['?seq=1&step=deep**+padded+', 'invalid'],
      [`?seq=1${'&step=deep'.repeat(MAX_STEPS + 1)}`, 'too-long'],
      [`?seq=1&step=deep**${'word '.repeat(400).trim()}`, 'too-long'],
    ];
    for (const [search, reason] of cases) {
      const result = read(search);
      if (reason === 'ok') expect(result.kind, search).toBe('ok');
      else expect(result, search).toEqual({ kind: 'broken', reason });
    }
  });

  it('reads any query string at all without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (raw) => {
        const result = read(`?seq=1&step=${raw}`);
        expect(['ok', 'broken']).toContain(result.kind);
        if (result.kind === 'ok') {
          for (const s of result.sequence.steps) {
            expect(SOURCE_IDS).toContain(s.source);
            if (s.sentence !== null) expect(tidySentence(s.sentence)).toBe(s.sentence);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a sentence is tidied to one line of visible text within the limit', () => {
    expect(tidySentence('  two\n lines\t here ')).toBe('two lines here');
    expect(tidySentence('a\u202Eb\u200Bc')).toBe('a b c');
    expect(tidySentence('   ')).toBeNull();
    expect([...tidySentence('é'.repeat(500))!]).toHaveLength(MAX_SENTENCE);
  });

  it('can be shared only within the limits', () => {
    const full: Sequence = {
      steps: Array.from({ length: MAX_STEPS }, () => ({
        source: 'deep' as const,
        depth: null,
        sentence: 'x'.repeat(MAX_SENTENCE),
      })),
    };
    expect(canShare(full)).toBe(false);
    expect(writeSequence(full).toString().length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(canShare({ steps: [] })).toBe(false);
    expect(canShare(BUILT_IN_SEQUENCE)).toBe(true);
  });
});
