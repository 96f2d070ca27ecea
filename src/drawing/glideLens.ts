/**
 * The ball's glide, made visible. The model's glide is a few tenths of a millimetre, far too
 * small to see on a 46 mm ball, so the bones are drawn where the model puts them (the pinch
 * is then exactly where the model finds it) and the glide gets its own small diagram: the
 * ball's outline where it would sit centred (dashed, the "ghost"), its outline moved by the
 * glide drawn GLIDE_SCALE times larger, and an arrow between the two centres, seen the way the
 * figure is seen. The true millimetres are stated beside it, with the magnification, in the
 * same words everywhere (figure, poster, handout, preview images).
 */
import type { HipGeometry, HipState } from '../model';
import { glideInWords, glideMm, round1 } from '../state/describe';
import type { ViewBasis } from './project';
import { circlePath, num } from './project';

/** How many times larger the glide is drawn. */
export const GLIDE_SCALE = 20;

/** The glide in words, with the magnification: one wording for every place that shows it. */
export function glideWords(t: HipState['headTranslationMm']): string {
  const mm = glideMm(t);
  const where = glideInWords(t);
  if (where === 'centred') return `Ball centred (glide under 0.2 mm; drawn ${GLIDE_SCALE}× larger)`;
  return `Ball glides ${round1(mm)} mm ${where} (drawn ${GLIDE_SCALE}× larger)`;
}

export interface LensGeometry {
  /** viewBox of the diagram, centred on the centred ball. */
  viewBox: string;
  ghost: string;
  ball: string;
  /** The socket's dome side, a short arc behind the ghost. */
  socket: string;
  /** From the centred position to the moved centre, with its head; empty when too short to draw. */
  arrow: string;
}

/** The diagram's ball radius, in its own units. */
const BALL = 30;

export function glideLens(
  hip: Pick<HipState, 'headTranslationMm'>,
  acetabulum: Pick<HipGeometry['acetabulum'], 'openingAxis' | 'radiusMm'>,
  basis: ViewBasis,
): LensGeometry {
  const t = hip.headTranslationMm;
  const g = [t.anterior, t.superior, t.lateral] as const;
  const k = (GLIDE_SCALE * BALL) / acetabulum.radiusMm;
  const screen = (v: readonly number[]) => ({
    x: v[0]! * basis.right[0] + v[1]! * basis.right[1] + v[2]! * basis.right[2],
    y: -(v[0]! * basis.up[0] + v[1]! * basis.up[1] + v[2]! * basis.up[2]),
  });
  const moved = screen(g.map((c) => c * k));
  const a = acetabulum.openingAxis;
  const dome = screen([-a[0], -a[1], -a[2]]);
  const domeAngle = Math.atan2(dome.y, dome.x);
  const rs = BALL + 5;
  const arcFrom = domeAngle - 1.3;
  const arcTo = domeAngle + 1.3;
  const socket =
    `M${num(rs * Math.cos(arcFrom))} ${num(rs * Math.sin(arcFrom))}` +
    `A${rs} ${rs} 0 0 1 ${num(rs * Math.cos(arcTo))} ${num(rs * Math.sin(arcTo))}`;
  const len = Math.hypot(moved.x, moved.y);
  let arrow = '';
  if (len > 2.5) {
    const ux = moved.x / len;
    const uy = moved.y / len;
    const head = Math.min(6, len * 0.6);
    const bx = moved.x - ux * head;
    const by = moved.y - uy * head;
    arrow =
      `M0 0L${num(bx)} ${num(by)}` +
      `M${num(moved.x)} ${num(moved.y)}L${num(bx - uy * head * 0.6)} ${num(by + ux * head * 0.6)}` +
      `L${num(bx + uy * head * 0.6)} ${num(by - ux * head * 0.6)}Z`;
  }
  const span = BALL + 16;
  return {
    viewBox: `${-span} ${-span} ${2 * span} ${2 * span}`,
    ghost: circlePath(0, 0, BALL),
    ball: circlePath(moved.x, moved.y, BALL),
    socket,
    arrow,
  };
}
