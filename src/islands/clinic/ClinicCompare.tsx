/**
 * A presenter step with two hips on one slider: a typical hip beside a tight, cam or pincer
 * one, or beside the patient's model hip. The presenter's store is what both share (its
 * slider, its view); each hip follows it (useFollowingHips) and is solved and drawn like the
 * presenter's single hip, each in one of the page's live WebGL slots. The dock under them
 * says how the two differ at this depth, from the two solved hips, and shows both hips' room.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { CompareName } from '../../state/compare';
import type { CameraState } from '../../state/figureState';
import type { FigureStore } from '../../state/store';
import FigureStage from '../FigureStage';
import { weakerStatus, type LiveStatus } from '../LiveJoint';
import { useFollowingHips } from '../useCompareStores';
import { useFigureState } from '../useFigureState';
import { useSolvedFigure, type SolvedFigure } from '../useSolvedFigure';
import { useThrottledText } from '../useThrottledText';
import { CLINIC_PAIRS, compareStepSentence } from './compareStep';
import { modelTagFor, type PatientHip } from './patient';

export interface ClinicCompareProps {
  pair: CompareName;
  store: FigureStore;
  patient: PatientHip;
  /** The clinician's own sentence for the step, if they wrote one. */
  ownSentence: string | null;
  /** The dock, given the typical hip (for the slider), the sentence and both hips' readouts. */
  panel: (solved: SolvedFigure, sentence: string, readouts: ReactNode) => ReactNode;
}

/** The two numbers that differ between the hips: the inward roll left and the room at the rim. */
const COMPARED = ['rotation', 'clearance'];

export default function ClinicCompare({
  pair,
  store,
  patient,
  ownSentence,
  panel,
}: ClinicCompareProps) {
  const hips = useFollowingHips(store, pair);
  const a = useSolvedFigure(hips.typical);
  const b = useSolvedFigure(hips.other);
  const [left, setLeft] = useState<HTMLElement | null>(null);
  const [right, setRight] = useState<HTMLElement | null>(null);
  const [statusA, setStatusA] = useState<LiveStatus>('poster');
  const [statusB, setStatusB] = useState<LiveStatus>('poster');
  const onCamera = useCallback((camera: CameraState) => store.set({ camera }), [store]);
  const words = CLINIC_PAIRS[pair];
  // Solved for where the slider is going (not each eased frame), and said at most every
  // 600 ms, so a drag ends on one sentence and a screen reader hears that one.
  const shared = useFigureState(store);
  const difference = useThrottledText(
    useMemo(() => compareStepSentence(pair, shared, patient), [pair, shared, patient]),
    600,
  );
  const sentence = ownSentence ?? difference;
  // The title over each picture names the hip; the tag says only that it is a model, short
  // enough to stay whole beside the Labels button in a phone's half-width pane.
  const otherTag =
    pair === 'typical-vs-yours' ? modelTagFor(b.target, patient) : 'A model hip, not the patient’s';

  const rows = a.items.filter((r) => COMPARED.includes(r.id));
  const readouts = (
    <table className="clinic-compare-readouts" data-testid="compare-readouts">
      <thead>
        <tr>
          <td />
          <th scope="col">Typical</th>
          <th scope="col">{words.label}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const other = b.items.find((o) => o.id === r.id)!;
          return (
            <tr key={r.id} data-readout={r.id}>
              <th scope="row">{r.label}</th>
              <td className={r.alert ? 'alert' : undefined}>{r.value}</td>
              <td className={other.alert ? 'alert' : undefined}>{other.value}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  const hipsShown = [
    {
      id: 'typical',
      title: 'Typical hip',
      solved: a,
      element: left,
      setElement: setLeft,
      status: statusA,
      setStatus: setStatusA,
      tag: 'A model hip, not the patient’s',
    },
    {
      id: 'other',
      title: words.label,
      solved: b,
      element: right,
      setElement: setRight,
      status: statusB,
      setStatus: setStatusB,
      tag: otherTag,
    },
  ];

  return (
    <>
      <figure
        className="hipviz clinic-figure clinic-compare"
        data-status={weakerStatus(statusA, statusB)}
        data-figure="clinic"
        data-compare={pair}
      >
        {hipsShown.map((hip) => (
          <section
            key={hip.id}
            className="clinic-compare-hip"
            data-hip={hip.id}
            ref={hip.setElement}
            aria-labelledby={`clinic-hip-${hip.id}`}
          >
            <p className="clinic-compare-title" id={`clinic-hip-${hip.id}`}>
              {hip.title}
            </p>
            <FigureStage
              solved={hip.solved}
              onCamera={onCamera}
              figure={hip.element}
              status={hip.status}
              onStatus={hip.setStatus}
              body="inset"
              withKey={false}
              modelTag={hip.tag}
              liveStart="interaction"
            />
          </section>
        ))}
      </figure>
      {panel(a, sentence, readouts)}
    </>
  );
}
