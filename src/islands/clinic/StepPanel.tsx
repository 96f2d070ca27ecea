/**
 * The bottom of the presenter, where a thumb rests: the step's title and its one sentence
 * (swipe left or right on it to move), three readouts in large type, and a row of
 * Previous, the depth slider and Next.
 */
import DepthSlider from '../DepthSlider';
import type { SolvedFigure } from '../useSolvedFigure';
import type { GuidedStep } from './steps';
import { useSwipe } from './useSwipe';

export interface StepPanelProps {
  solved: SolvedFigure;
  /** The guided step on screen, or null for the view a "Present" link brought. */
  step: GuidedStep | null;
  position: { index: number; count: number; brought: boolean };
  /** The link was made with another model version: say so calmly. */
  staleVersion: number | null;
  onPrevious: () => void;
  onNext: () => void;
  onDepth: (depth: number) => void;
}

/** The readouts big enough to read from a chair: hip bend, rotation room, neck to rim. */
const KEY_READOUTS = ['flexion', 'rotation', 'clearance'];

export default function StepPanel({
  solved,
  step,
  position,
  staleVersion,
  onPrevious,
  onNext,
  onDepth,
}: StepPanelProps) {
  const swipe = useSwipe((direction) => (direction === 'left' ? onNext() : onPrevious()));
  const { index, count, brought } = position;
  const first = index === (brought ? -1 : 0);
  const last = index === count - 1;
  const readouts = solved.items.filter((r) => KEY_READOUTS.includes(r.id));

  return (
    <section className="clinic-dock" aria-label="Guided steps">
      <div
        className="clinic-step"
        data-testid="step-area"
        data-step={step?.id ?? 'brought'}
        {...swipe}
      >
        <p className="clinic-step-meta">
          {step ? (
            <>
              {step.chapter} · step {index + 1} of {count}
            </>
          ) : (
            'The view you brought · Next starts the steps'
          )}
        </p>
        <div aria-live="polite">
          <h2 className="clinic-step-title">{step ? step.title : 'This view'}</h2>
          <p className="clinic-step-sentence">{step ? step.sentence : solved.words}</p>
        </div>
        {staleVersion !== null && !step && (
          <p className="clinic-hint" role="note">
            This link was made with an earlier version of the model, so its numbers may differ a
            little.
          </p>
        )}
      </div>
      <dl className="clinic-readouts">
        {readouts.map((r) => (
          <div key={r.id} className={r.alert ? 'alert' : undefined} data-readout={r.id}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <div className="clinic-nav">
        <button
          type="button"
          className="clinic-button clinic-step-button"
          onClick={onPrevious}
          disabled={first}
        >
          <span aria-hidden="true">‹</span> Previous
        </button>
        <DepthSlider depth={solved.target.depth} valueText={solved.valueText} onChange={onDepth} />
        <button
          type="button"
          className="clinic-button clinic-step-button primary"
          onClick={onNext}
          disabled={last}
        >
          Next <span aria-hidden="true">›</span>
        </button>
      </div>
    </section>
  );
}
