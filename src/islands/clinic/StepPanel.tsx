/**
 * The bottom of the presenter, where a thumb rests: the step's title and its one sentence
 * (swipe left or right on it to move), three readouts in large type, and a row of
 * Previous, the depth slider and Next. A step with its own panel (the teach-back) puts it
 * in place of the sentence and the readouts.
 */
import type { ReactNode } from 'react';
import DepthSlider from '../DepthSlider';
import Readouts from '../Readouts';
import type { SolvedFigure } from '../useSolvedFigure';
import type { SequenceRead } from './sequenceUrl';
import type { GuidedStep } from './steps';
import { useSwipe } from './useSwipe';

export interface StepPanelProps {
  solved: SolvedFigure;
  /** The step on screen, or null for the view a "Present" link brought. */
  step: GuidedStep | null;
  position: { index: number; count: number; brought: boolean };
  /** The steps are the clinician's own sequence. */
  ownSequence: boolean;
  /** The link was made with another model version: say so calmly. */
  staleVersion: number | null;
  /** The link's sequence could not be read, so the built-in steps show: say why, calmly. */
  sequenceProblem: Extract<SequenceRead, { kind: 'broken' }>['reason'] | null;
  onPrevious: () => void;
  onNext: () => void;
  onDepth: (depth: number) => void;
  /** The sentence as the figure moves, over the step's (two hips: how they differ here). */
  sentence?: string | undefined;
  /** Readouts of its own, over the one hip's three (two hips: both, side by side). */
  readouts?: ReactNode | undefined;
  /** The step's own panel, in place of its sentence and readouts. */
  children?: ReactNode;
}

/** The readouts big enough to read from a chair: hip bend, rotation room, neck to rim. */
const KEY_READOUTS = ['flexion', 'rotation', 'clearance'];

const PROBLEM_WORDS = {
  newer: 'The sequence in this link was made by a newer version of this site',
  invalid: 'The sequence in this link could not be read',
  'too-long': 'The sequence in this link is longer than this site accepts',
} as const;

export default function StepPanel({
  solved,
  step,
  position,
  ownSequence,
  staleVersion,
  sequenceProblem,
  onPrevious,
  onNext,
  onDepth,
  sentence,
  readouts,
  children,
}: StepPanelProps) {
  const swipe = useSwipe((direction) => (direction === 'left' ? onNext() : onPrevious()));
  const { index, count, brought } = position;
  const first = index === (brought ? -1 : 0);
  const last = index === count - 1;
  const own = children !== undefined && children !== false && children !== null;

  return (
    <section className="clinic-dock" aria-label="Steps" data-own-panel={own || undefined}>
      <div
        className="clinic-step"
        data-testid="step-area"
        data-step={step?.id ?? 'brought'}
        data-index={index}
        {...(own ? {} : swipe)}
      >
        <p className="clinic-step-meta">
          {step ? (
            <>
              {ownSequence ? 'Your sequence' : step.chapter} · step {index + 1} of {count}
            </>
          ) : (
            'The view you brought · Next starts the steps'
          )}
        </p>
        <div aria-live="polite">
          <h2 className="clinic-step-title">{step ? step.title : 'This view'}</h2>
          {!own && (
            <p className="clinic-step-sentence">
              {sentence ?? (step ? step.sentence : solved.words)}
            </p>
          )}
        </div>
        {step?.words === 'clinician' && (
          <p className="clinic-step-kind">In your clinician’s own words</p>
        )}
        {sequenceProblem !== null && step && (
          <p className="clinic-hint" role="note" data-testid="sequence-problem">
            {PROBLEM_WORDS[sequenceProblem]}, so the usual steps are shown.
          </p>
        )}
        {staleVersion !== null && !step && (
          <p className="clinic-hint" role="note">
            This link was made with an earlier version of the model, so its numbers may differ a
            little.
          </p>
        )}
        {children}
      </div>
      {!own && (
        <div className="clinic-readouts">
          {readouts ?? <Readouts items={solved.items.filter((r) => KEY_READOUTS.includes(r.id))} />}
        </div>
      )}
      <div className="clinic-nav">
        <button
          type="button"
          className="clinic-button clinic-step-button"
          onClick={onPrevious}
          disabled={first}
        >
          <span aria-hidden="true">‹</span> <span className="clinic-step-word">Previous</span>
        </button>
        <DepthSlider depth={solved.target.depth} valueText={solved.valueText} onChange={onDepth} />
        <button
          type="button"
          className="clinic-button clinic-step-button primary"
          onClick={onNext}
          disabled={last}
        >
          <span className="clinic-step-word">Next</span> <span aria-hidden="true">›</span>
        </button>
      </div>
    </section>
  );
}
