import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_NAMES } from '../../src/state/presets';
import { presetPaths } from '../../src/utils/presetPaths';

describe('a page per preset', () => {
  it('gives each preset one path, named after it, with its own title and description', () => {
    const paths = presetPaths();
    expect(paths.map((p) => p.params.preset)).toEqual(PRESET_NAMES);
    for (const { params, props } of paths) {
      expect(props.preset).toBe(params.preset);
      expect(props.title).toBe(PRESETS[params.preset].title);
      expect(props.description).toBe(PRESETS[params.preset].description);
      expect(params.preset).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
