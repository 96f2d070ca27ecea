/**
 * The four kinds of statement the articles separate, with the words and the line style
 * that mark each one the same way everywhere (never by colour alone): measured (solid),
 * guideline / consensus (double), clinical opinion (dashed) and model estimate (dotted).
 * A measured or guideline statement cites sources of its own kind; which kind each source
 * is, is recorded once, in src/utils/sourceKinds.ts.
 */
export const CLAIM_KINDS = {
  measured: {
    label: 'Measured',
    spoken: 'Measured in people',
    explain:
      'found in a published study of people or of donated bodies, or a review of such studies; the small number links to the study',
  },
  guideline: {
    label: 'Guideline / consensus',
    spoken: 'Guideline or consensus',
    explain:
      'advice or information from a health service, a professional body, a panel of experts or a clinical reference text such as a medical manual; the small number links to it',
  },
  opinion: {
    label: 'Clinical opinion',
    spoken: 'Clinical opinion',
    explain: 'what some clinicians believe from experience; studies have not tested it',
  },
  model: {
    label: 'Model estimate',
    spoken: 'Model estimate',
    explain: 'a number or picture from this site’s model hip, not a measurement of a person',
  },
} as const;

export type ClaimKind = keyof typeof CLAIM_KINDS;
export const CLAIM_KIND_NAMES = Object.keys(CLAIM_KINDS) as ClaimKind[];

/** The kinds a cited source can be: a study, or a body's advice (or a clinical reference text). */
export type SourceKind = Extract<ClaimKind, 'measured' | 'guideline'>;
export const SOURCE_KIND_NAMES: readonly SourceKind[] = ['measured', 'guideline'];
