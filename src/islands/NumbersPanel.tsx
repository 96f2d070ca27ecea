/**
 * "Numbers": every readout, the hip-bend note, the rotation gauge and the capsule bars, in a
 * <details>. Closed on the server (a phone sees the picture, slider and key facts first); a
 * figure wide enough to put its numbers beside the picture opens it once, before the first
 * paint after hydration. That column's height is fixed by the picture (hipVisualizer.css), so
 * opening it never moves the page.
 */
import { useLayoutEffect, useRef } from 'react';
import type { HipState } from '../model';
import { HIP_BEND_NOTE, type Readout } from '../state/describe';
import CapsuleBars from './CapsuleBars';
import Readouts from './Readouts';
import RotationGauge from './RotationGauge';

/** The figure's width from which the numbers sit beside the picture (the container query in hipVisualizer.css). */
export const BESIDE_MIN_PX = 700;

export interface NumbersPanelProps {
  hip: HipState;
  items: Readout[];
}

export default function NumbersPanel({ hip, items }: NumbersPanelProps) {
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    const el = details.current;
    const figure = el?.closest('figure');
    if (el && figure && figure.clientWidth >= BESIDE_MIN_PX) el.open = true;
    // From here the reader's open and close hold (the stylesheet shows the numbers beside a
    // wide picture until now, so that opening them moves nothing).
    el?.classList.add('is-hydrated');
  }, []);
  return (
    <details className="hipviz-numbers" ref={details}>
      <summary>Numbers</summary>
      <Readouts items={items} />
      <p className="hipviz-note">{HIP_BEND_NOTE}</p>
      <div className="hipviz-panels">
        <RotationGauge
          availableDeg={hip.internalRotationAvailableDeg}
          requiredDeg={hip.internalRotationRequiredDeg}
        />
        <CapsuleBars capsule={hip.capsule} />
      </div>
    </details>
  );
}
