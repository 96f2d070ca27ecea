import { describe, expect, test } from 'vitest';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { PRESET_NAMES } from '../state/presets';
import { firstPaint, modelSeatedIr, solveFigure, solveKey, startState } from './firstPaint';

/** The browser's side of Astro's island props (astro-island.js): the value types a FirstPaint can hold. */
function revive(raw: unknown): unknown {
  const [type, value] = raw as [number, unknown];
  if (type === 0)
    return value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]))
      : value;
  if (type === 1) return (value as unknown[]).map(revive);
  if (type === 11) return Number.POSITIVE_INFINITY * (value as number);
  throw new Error(`a prop of type ${type}, which a FirstPaint should not hold`);
}

/** What the island receives: the props as Astro writes them into the page, read back. */
function asReceived<T extends object>(props: T): T {
  const raw = JSON.parse(serializeProps(props, {} as never)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, revive(v)])) as T;
}

describe('a preset page hands its figure the model’s answers for the starting state', () => {
  for (const name of PRESET_NAMES)
    test(`${name}: as received, they equal what the figure would solve itself`, () => {
      const state = startState(name);
      const { first } = asReceived({ first: firstPaint(state) });
      expect(first.hip).toEqual(solveFigure(state));
      expect(first.modelSeatedIrDeg).toBe(modelSeatedIr(state));
      expect(first.solveKey).toBe(solveKey(state));
    });

  test('they stop applying once the state moves', () => {
    const state = startState('deep-tight');
    const moved = { ...state, depth: state.depth - 0.05 };
    expect(solveKey(moved)).not.toBe(firstPaint(state).solveKey);
  });
});
