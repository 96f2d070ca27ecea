/**
 * The figure's colours for each scheme: light (the default), dark (the system setting) and
 * high contrast (the presenter's switch, for a bright room). One table feeds the 3D scene,
 * the flat drawing (as CSS variables in palette.css, so the server-rendered poster follows
 * the scheme before any script runs) and the preview images. palette.test.ts holds every
 * pair that must be legible to the WCAG ratios: text 4.5:1, graphics 3:1 against what is
 * behind them.
 *
 * Bone is pale in every scheme (ivory reads as bone); where it sits on a pale background it
 * is the outline, not the fill, that carries the 3:1.
 */
export const SCHEMES = ['light', 'dark', 'contrast'] as const;
export type SchemeName = (typeof SCHEMES)[number];

export interface Palette {
  /** Behind the joint and the body. */
  bg: string;
  bone: string;
  /** The hip bone, a shade darker than the femur so the two bones read apart. */
  pelvis: string;
  /** Outline of bone, and the lines drawn on it. */
  boneLine: string;
  /** A cut face of the hip bone (the section of the socket and pelvis in the cutaway). */
  boneCut: string;
  /**
   * A cut face of the thigh bone (the ball and neck in the cutaway, the end of the drawn
   * shaft): a different colour from the hip bone's, so that cut open, the ball still reads as
   * its own part sitting in the socket rather than one salmon mass.
   */
  femurCut: string;
  cartilage: string;
  labrum: string;
  /** Bone a typical hip does not have: a cam bump, a pincer's overhanging rim. */
  extraBone: string;
  /** Contact, impingement: "look here". */
  accent: string;
  /** Text on the accent. */
  onAccent: string;
  /** The ring around a marker, so it stands out on bone as well as on the background. */
  markerLine: string;
  /** The closest spot when the neck is near but not touching. */
  near: string;
  /** The glide arrow and the ghost of the centred ball. */
  glide: string;
  /** The outline around each capsule band, so both ends of the tension scale read on the background. */
  capsuleLine: string;
  text: string;
  textMuted: string;
  labelBg: string;
  /** Leader lines from a label to its part. */
  leader: string;
  /** The body figure: the far leg and pelvis, the near (right) side and trunk. */
  limb: string;
  nearLimb: string;
}

export const PALETTES: Record<SchemeName, Palette> = {
  light: {
    bg: '#f4f1ea',
    bone: '#efe7d6',
    pelvis: '#d3c3a4',
    boneLine: '#6e5f47',
    boneCut: '#e3ae93',
    femurCut: '#ecd27c',
    cartilage: '#c9d6e3',
    labrum: '#2f7d74',
    extraBone: '#a8640f',
    accent: '#c0267e',
    onAccent: '#ffffff',
    markerLine: '#ffffff',
    near: '#b35900',
    glide: '#3f4fa8',
    capsuleLine: '#1f2a3a',
    text: '#1d1c1a',
    textMuted: '#57534b',
    labelBg: '#fbfaf7',
    leader: '#3d3a35',
    limb: '#7a8596',
    nearLimb: '#4e5a6b',
  },
  dark: {
    bg: '#1b1f24',
    bone: '#e6dcc7',
    pelvis: '#c4b597',
    boneLine: '#5a4c38',
    boneCut: '#cf977c',
    femurCut: '#d9bc62',
    cartilage: '#b9c9da',
    labrum: '#28877c',
    extraBone: '#a8640f',
    accent: '#ff6fbf',
    onAccent: '#15171a',
    markerLine: '#15171a',
    near: '#ffae57',
    glide: '#aab5ff',
    capsuleLine: '#e8edf4',
    text: '#ecebe7',
    textMuted: '#b3b0a8',
    labelBg: '#15171a',
    leader: '#d0cdc6',
    limb: '#8e9aab',
    nearLimb: '#c5cfdc',
  },
  contrast: {
    bg: '#ffffff',
    bone: '#f6efdf',
    pelvis: '#e4d8bf',
    boneLine: '#000000',
    boneCut: '#e3ae93',
    femurCut: '#f0d470',
    cartilage: '#d2dff0',
    labrum: '#00574f',
    extraBone: '#8a4b00',
    accent: '#b5005f',
    onAccent: '#ffffff',
    markerLine: '#ffffff',
    near: '#8f4300',
    glide: '#0030b0',
    capsuleLine: '#000000',
    text: '#000000',
    textMuted: '#000000',
    labelBg: '#ffffff',
    leader: '#000000',
    limb: '#555555',
    nearLimb: '#000000',
  },
};

export type PaletteToken = keyof Palette;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = v.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const cssName = (token: string) => `--p-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The CSS variable that carries a token in the server-rendered drawing. */
export const cssVar = (token: PaletteToken) => `var(${cssName(token)})`;

function block(selector: string, scheme: SchemeName, indent: string): string {
  const p = PALETTES[scheme];
  const lines = [
    `${indent}${selector} {`,
    `${indent}  --viz-scheme: ${scheme};`,
    `${indent}  --viz-bg: ${p.bg};`,
    ...(Object.keys(p) as PaletteToken[]).map((t) => `${indent}  ${cssName(t)}: ${p[t]};`),
    `${indent}}`,
  ];
  return lines.join('\n');
}

/**
 * The palettes as CSS custom properties on each figure, one block per scheme. Written to
 * palette.css by `npx node scripts/palette-css.ts`; a test keeps the file equal to this.
 * High contrast is the presenter's `data-contrast` switch.
 */
export function paletteCss(): string {
  return [
    '/* Generated from src/drawing/palette.ts by scripts/palette-css.ts: do not edit. */',
    block('.hipviz', 'light', ''),
    '@media (prefers-color-scheme: dark) {',
    block('.hipviz', 'dark', '  '),
    '}',
    block("[data-contrast='on'] .hipviz", 'contrast', ''),
    '',
  ].join('\n');
}
