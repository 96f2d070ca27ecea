/**
 * The teach-back step: the patient shows where the model pinches with the slider under the
 * picture, then answers two questions by tapping (or tabbing to and pressing) an answer.
 * One part at a time, kind feedback after each, and a line that says nothing is kept.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { solveHip } from '../../model';
import type { FigureState } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import type { SolvedFigure } from '../useSolvedFigure';
import {
  QUESTIONS,
  choiceOf,
  judgePinch,
  pinchFeedback,
  pinchOnsetDepth,
  type TeachBackResult,
} from './teachBack';

export interface TeachBackProps {
  /** The step's figure state (the hip asked about). */
  state: FigureState;
  solved: SolvedFigure;
  result: TeachBackResult;
  onResult: (result: TeachBackResult) => void;
  /** Moves the slider back to standing when the patient starts again. */
  onDepth: (depth: number) => void;
}

export default function TeachBack({ state, solved, result, onResult, onDepth }: TeachBackProps) {
  const onset = useMemo(() => pinchOnsetDepth(state), [state]);
  const onsetFlexionDeg = useMemo(
    () => (onset === null ? null : solveHip(modelInput({ ...state, depth: onset })).hipFlexionDeg),
    [state, onset],
  );
  // The parts: where it pinches (when the model pinches at all), each question, then thanks.
  const parts = [...(onset !== null ? ['pinch'] : []), ...QUESTIONS.map((q) => q.id), 'done'];
  const [part, setPart] = useState(0);
  const current = parts[part]!;
  const count = parts.length - 1;
  const question = QUESTIONS.find((q) => q.id === current);
  const answered =
    current === 'pinch' ? result.pinch !== null : question ? choiceOf(question, result) : null;

  // A new part takes the focus (its heading), so a keyboard or screen-reader user lands on it.
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [part]);
  const nextPart = () => {
    moved.current = true;
    setPart((p) => Math.min(parts.length - 1, p + 1));
  };
  const restart = () => {
    onResult({ pinch: null, answers: {} });
    moved.current = true;
    setPart(0);
    onDepth(0);
  };

  return (
    <div className="clinic-teach" data-part={current}>
      {current === 'pinch' && onset !== null && onsetFlexionDeg !== null && (
        <>
          <h3 className="clinic-teach-title" ref={heading} tabIndex={-1}>
            <span className="clinic-teach-count">1 of {count}</span> Where does it pinch?
          </h3>
          <p className="clinic-teach-text">
            Move the slider below to where the neck of the thigh bone first meets the rim of the
            socket.
          </p>
          <p className="clinic-teach-feedback" role="status">
            {result.pinch ? pinchFeedback(result.pinch.verdict, onsetFlexionDeg) : ''}
          </p>
        </>
      )}
      {question && (
        <>
          <h3
            className="clinic-teach-title"
            id={`teach-${question.id}`}
            ref={heading}
            tabIndex={-1}
          >
            <span className="clinic-teach-count">
              {part + 1} of {count}
            </span>{' '}
            {question.text}
          </h3>
          <div
            className="clinic-teach-choices"
            role="group"
            aria-labelledby={`teach-${question.id}`}
          >
            {question.choices.map((c) => (
              <button
                key={c.id}
                type="button"
                className="clinic-button clinic-choice"
                aria-pressed={result.answers[question.id] === c.id}
                onClick={() =>
                  onResult({ ...result, answers: { ...result.answers, [question.id]: c.id } })
                }
              >
                {c.text}
              </button>
            ))}
          </div>
          <p className="clinic-teach-feedback" role="status">
            {choiceOf(question, result)?.feedback ?? ''}
          </p>
        </>
      )}
      {current === 'done' && (
        <>
          <h3 className="clinic-teach-title" ref={heading} tabIndex={-1}>
            Thank you
          </h3>
          <p className="clinic-teach-text">
            That is what we went over today. Your clinician can add it to your handout.
          </p>
        </>
      )}
      <div className="clinic-teach-actions">
        {current === 'pinch' && onset !== null && onsetFlexionDeg !== null && (
          <button
            type="button"
            className="clinic-button primary"
            onClick={() =>
              onResult({
                ...result,
                pinch: {
                  depth: solved.target.depth,
                  verdict: judgePinch(solved.target.depth, onset),
                  onsetFlexionDeg,
                },
              })
            }
          >
            It starts to pinch here
          </button>
        )}
        {current !== 'done' ? (
          <button type="button" className="clinic-button" onClick={nextPart} disabled={!answered}>
            {part + 1 < count ? 'Next question' : 'Finish'} <span aria-hidden="true">›</span>
          </button>
        ) : (
          <button type="button" className="clinic-button quiet" onClick={restart}>
            Start again
          </button>
        )}
        <p className="clinic-teach-private">
          Nothing here is saved or sent anywhere: the answers stay on this screen and go when the
          page closes.
        </p>
      </div>
    </div>
  );
}
