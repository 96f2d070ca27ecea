/**
 * The static pages made for each compare pair (/viz/<pair>/ and /embed/<pair>/), beside the
 * presets' (presetPaths.ts) in the same routes: the pair names ("typical-vs-tight") never
 * collide with a preset's.
 */
import { COMPARE_NAMES, COMPARE_PAIRS, type CompareName } from '../state/compare';

export interface ComparePageProps {
  pair: CompareName;
  title: string;
  description: string;
}

export function comparePaths(): { params: { preset: CompareName }; props: ComparePageProps }[] {
  return COMPARE_NAMES.map((pair) => {
    const { title, description } = COMPARE_PAIRS[pair];
    return { params: { preset: pair }, props: { pair, title, description } };
  });
}
