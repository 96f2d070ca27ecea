import { describe, expect, it } from 'vitest';
import { COMPARE_NAMES, COMPARE_PAIRS } from '../../src/state/compare';
import { PRESET_NAMES } from '../../src/state/presets';
import { comparePaths } from '../../src/utils/comparePaths';

describe('a page per compare pair', () => {
  it('gives each pair one path, named after it, that no preset already uses', () => {
    const paths = comparePaths();
    expect(paths.map((p) => p.params.preset)).toEqual(COMPARE_NAMES);
    for (const { params, props } of paths) {
      expect(props.pair).toBe(params.preset);
      expect(props.title).toBe(COMPARE_PAIRS[props.pair].title);
      expect(params.preset).toMatch(/^[a-z0-9-]+$/);
      expect(PRESET_NAMES as string[]).not.toContain(params.preset);
    }
  });
});
