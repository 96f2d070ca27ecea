import { describe, expect, it } from 'vitest';
import { solveHip } from '../../model';
import { DEFAULT_STATE, SHAPES, TIGHT_CAPSULE } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import {
  NO_TEACH_BACK,
  PINCH_TOLERANCE,
  QUESTIONS,
  hasTeachBack,
  judgePinch,
  pinchFeedback,
  pinchOnsetDepth,
  teachBackLines,
} from './teachBack';

const upright = { ...DEFAULT_STATE, compensate: false };

describe('where the model pinches', () => {
  it('is the shallowest depth at which the model’s neck meets the rim', () => {
    // Model v3: the typical upright hip stays just clear at full depth, so the tight one is used.
    const tight = { ...upright, capsuleTightness: TIGHT_CAPSULE };
    const onset = pinchOnsetDepth(tight)!;
    expect(onset).not.toBeNull();
    expect(solveHip(modelInput({ ...tight, depth: onset })).contact).not.toBeNull();
    expect(solveHip(modelInput({ ...tight, depth: onset - 0.01 })).contact).toBeNull();
  });

  it('matches a scan of every depth, for typical, tight, cam, pincer and measured hips', () => {
    const everyDepth = (state: typeof upright) => {
      for (let i = 0; i <= 100; i++)
        if (solveHip(modelInput({ ...state, depth: i / 100 })).contact !== null) return i / 100;
      return null;
    };
    const hips = [
      upright,
      { ...upright, capsuleTightness: 2 },
      { ...upright, ...SHAPES.cam },
      { ...upright, ...SHAPES.pincer },
      { ...upright, seatedIrDeg: 12 },
      { ...upright, seatedIrDeg: 30, lceDeg: 15 },
      { ...upright, compensate: true },
    ];
    for (const state of hips) expect(pinchOnsetDepth(state)).toBe(everyDepth(state));
  });

  it('is judged kindly: near it is found, before it is too early, after it is past', () => {
    expect(judgePinch(0.7, 0.7)).toBe('found');
    expect(judgePinch(0.7 - PINCH_TOLERANCE, 0.7)).toBe('found');
    expect(judgePinch(0.7 + PINCH_TOLERANCE, 0.7)).toBe('found');
    expect(judgePinch(0.5, 0.7)).toBe('too-early');
    expect(judgePinch(1, 0.7)).toBe('past');
    for (const verdict of ['found', 'too-early', 'past'] as const) {
      const words = pinchFeedback(verdict, 97.6);
      expect(words).toContain('about 98° of hip bend');
      expect(words).not.toMatch(/wrong|incorrect|no\b/i);
    }
  });
});

describe('the questions', () => {
  it('each have one right answer among three, and every answer’s feedback states the idea', () => {
    expect(QUESTIONS).toHaveLength(2);
    for (const q of QUESTIONS) {
      expect(q.choices).toHaveLength(3);
      const right = q.choices.filter((c) => c.right);
      expect(right).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(3);
      for (const c of q.choices) {
        expect(c.feedback).not.toMatch(/wrong|incorrect/i);
        // The idea itself, in the right answer's words, closes every feedback.
        const key = q.id === 'pelvis' ? 'find room the hip runs out of' : 'inward roll at the hip';
        expect(c.feedback, c.id).toContain(key);
      }
    }
  });

  it('go on the handout as the idea itself, saying kindly whether the patient found it', () => {
    expect(hasTeachBack(NO_TEACH_BACK)).toBe(false);
    expect(teachBackLines(NO_TEACH_BACK)).toEqual([]);
    const lines = teachBackLines({
      pinch: { depth: 0.72, verdict: 'found', onsetFlexionDeg: 101.2 },
      answers: { pelvis: 'weak', train: 'room' },
    });
    expect(lines).toEqual([
      'You found where the model hip starts to pinch: at about 101° of hip bend.',
      'In the model, why does the pelvis tuck under at the bottom? To find room the hip runs out of at the bottom (we went over it together).',
      'What will we train? More inward roll at the hip, and more ankle bend (your answer).',
    ]);
  });
});
