/**
 * The three kinds of statement the articles separate, with the words and the line style
 * that mark each one the same way everywhere (never by colour alone).
 */
export const CLAIM_KINDS = {
  measured: {
    label: 'Measured',
    spoken: 'Measured in people',
    explain:
      'found in a published study of people or of donated bodies; the small number links to the study',
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
