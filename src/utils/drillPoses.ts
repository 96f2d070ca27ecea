/** The drawings `<DrillFigure pose="…">` can show (see src/components/DrillFigure.astro). */
export const DRILL_POSES = [
  'seated-ir-test',
  'angle-guide',
  'ninety-ninety',
  'seated-ir',
  'prone-ir',
  'rock-back',
  'hip-car',
  'goblet-hold',
  'side-lying-lift',
  'side-plank',
] as const;
export type DrillPose = (typeof DRILL_POSES)[number];
