/**
 * The drills the handout prints (src/state/drills.ts) against the drills article: the same
 * drills in the same order, each with the article's dose and stop rule word for word, a
 * count in every dose, and an easier version that is not the same as the progression; and
 * the caution for loose hips on the page as on the sheet.
 */
import { describe, expect, it } from 'vitest';
import {
  DRILLS,
  DRILLS_CAUTION,
  HANDOUT_PAIN_RULE,
  NEXT_DAY_RULE,
  PINCH_RULE,
} from '../../src/state/drills';
import { mainText } from '../../src/utils/readability';
import { readArticles } from './articleFiles';

const article = readArticles().find((a) => a.slug === 'hip-rotation-drills');
if (!article) throw new Error('no drills article');
const body = article.body;

/** The text of each `## ` section of the article, by heading. */
const sections = new Map<string, string>();
{
  const parts = body.split(/^## /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    sections.set(part.slice(0, nl).trim(), part.slice(nl + 1).replace(/\s+/g, ' '));
  }
}
/** The words after a run-in label such as **Dose.**, up to the next paragraph. */
function runIn(section: string, label: string): string {
  const start = section.indexOf(`**${label}**`);
  if (start < 0) return '';
  const rest = section.slice(start + label.length + 4).trim();
  const end = rest.search(/\*\*[A-Z][a-z]+( [a-z]+)*\.?\*\*|<DrillFigure|<HipVisualizer/);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

describe('the handout’s drills', () => {
  it('are the article’s drills, in the article’s order, by heading', () => {
    const headings = [...sections.keys()];
    const drillHeadings = headings.filter((h) => DRILLS.some((d) => d.name === h));
    expect(drillHeadings).toEqual(DRILLS.map((d) => d.name));
    expect(new Set(DRILLS.map((d) => d.id)).size).toBe(DRILLS.length);
  });

  it.each(DRILLS.map((d) => [d.name, d] as const))(
    '%s: the article gives the same dose and stop rule',
    (name, drill) => {
      const section = sections.get(name) ?? '';
      expect(
        runIn(section, 'Dose.').startsWith(drill.dose),
        `${name}: ${runIn(section, 'Dose.')}`,
      ).toBe(true);
      expect(section).toContain(`**Stop if** ${drill.stopIf}`);
    },
  );

  it.each(DRILLS.map((d) => [d.name, d] as const))(
    '%s: the dose says how many and how often',
    (_name, drill) => {
      expect(drill.dose).toMatch(/\d/);
      expect(drill.dose).toMatch(/days a week/);
      expect(drill.dose).not.toMatch(/^about 60 seconds in total\.?$/i);
    },
  );

  it.each(DRILLS.map((d) => [d.name] as const))(
    '%s: has an easier version and a progression that share no sentence',
    (name) => {
      const section = sections.get(name) ?? '';
      const easier = runIn(section, 'Make it easier.');
      const harder = runIn(section, 'How to progress.');
      expect(easier.length, name).toBeGreaterThan(10);
      expect(harder.length, name).toBeGreaterThan(10);
      const sentences = (t: string) =>
        t
          .split(/(?<=[.!?])\s+/)
          .map((s) =>
            s
              .toLowerCase()
              .replace(/[^a-z ]/g, '')
              .trim(),
          )
          .filter(Boolean);
      const shared = sentences(easier).filter((s) => sentences(harder).includes(s));
      expect(shared, name).toEqual([]);
      // The easier face-down version is not "one leg at a time", which is its progression.
      if (/one leg at a time/i.test(harder)) expect(easier).not.toMatch(/one leg at a time/i);
    },
  );

  it('say where to anchor the band in the seated drill, so it resists the lift', () => {
    const progress = runIn(sections.get('Seated inward turn') ?? '', 'How to progress.');
    expect(progress).toMatch(/table leg on the inner side/);
    expect(progress).toMatch(/pulls the foot back toward the middle/);
  });

  it('print the two pain rules the pages state', () => {
    expect(HANDOUT_PAIN_RULE).toEqual([PINCH_RULE, NEXT_DAY_RULE]);
    const text = mainText(article.source).replace(/\s+/g, ' ');
    for (const rule of HANDOUT_PAIN_RULE) expect(text).toContain(rule);
  });

  it('carry the caution for loose hips, as the drills page does, and mark the strength drills', () => {
    expect(mainText(article.source).replace(/\s+/g, ' ')).toContain(DRILLS_CAUTION);
    expect(DRILLS.filter((d) => d.group === 'strength').map((d) => d.id)).toEqual([
      'side-lying-lift',
      'side-plank',
    ]);
  });

  it('end each plan with squat practice only where the page says so', () => {
    expect(body).not.toMatch(/each plan below ends with practice of the squat/i);
    expect(sections.get('Putting it together') ?? '').toMatch(/goblet-squat holds/);
  });
});
