/**
 * The static pages made for each named preset (/viz/<name>/ and /embed/<name>/): one path
 * per preset, which hands the page its preset's name, title and description.
 */
import { PRESETS, PRESET_NAMES, type PresetName } from '../state/presets';

export interface PresetPageProps {
  preset: PresetName;
  title: string;
  description: string;
}

export function presetPaths(): { params: { preset: PresetName }; props: PresetPageProps }[] {
  return PRESET_NAMES.map((preset) => {
    const { title, description } = PRESETS[preset];
    return { params: { preset }, props: { preset, title, description } };
  });
}
