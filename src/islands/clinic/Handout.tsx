/**
 * The printed handout: one page (A4 or Letter). It is in the page all along but shown only
 * in print (see clinic.css). With the patient's numbers entered it shows their own model hip
 * (paper.ts), whatever step is on screen, and the goal separately, labelled as a goal; then
 * the readouts in plain words, the drills the clinician ticked (each with its dose and when
 * to stop, and the site's pain rules in the same words as its pages: src/state/drills.ts),
 * the warning signs by urgency (src/state/warningSigns.ts), the teach-back if the clinician
 * chose to add it, and a QR code that opens the same model hip.
 */
import { Fragment, useMemo } from 'react';
import { renderSVG } from 'uqr';
import { MODEL_VERSION } from '../../model';
import { DRILLS, DRILLS_CAUTION, HANDOUT_PAIN_RULE, HIP_PAIN_RULE } from '../../state/drills';
import type { FigureState } from '../../state/figureState';
import { serializeState } from '../../state/url';
import { WARNING_SIGNS_SOURCE, WARNING_SIGNS_TITLE, WARNING_TIERS } from '../../state/warningSigns';
import BodyFigure from '../BodyFigure';
import JointPoster from '../JointPoster';
import { PAPER_READOUTS, goalState, handoutState, paperFigure } from './paper';
import { modelTagFor, type PatientHip } from './patient';
import { GOAL_EXTRA_IR_DEG, goalChange } from './steps';
import { teachBackLines, type TeachBackResult } from './teachBack';
import { glideWords } from '../../drawing/glideLens';

export interface HandoutProps {
  /** The figure on screen: its depth, posture and view are printed. */
  screen: FigureState;
  patient: PatientHip;
  /** Ids of the drills the clinician ticked. */
  chosen: ReadonlySet<string>;
  /** The teach-back, when the clinician chose to add it. */
  teachBack: TeachBackResult | null;
  /** This site's origin, for the QR code and the links. */
  origin: string;
  /** Absolute links to the drills article and the "Before you try this" page. */
  drillsUrl: string;
  safetyUrl: string;
}

const GOAL_READOUTS = ['rotation', 'clearance'];

export default function Handout({
  screen,
  patient,
  chosen,
  teachBack,
  origin,
  drillsUrl,
  safetyUrl,
}: HandoutProps) {
  const own = useMemo(() => paperFigure(handoutState(screen, patient)), [screen, patient]);
  const goal = useMemo(() => {
    const state = goalState(own.state, patient);
    return state ? paperFigure(state) : null;
  }, [own.state, patient]);
  const liveUrl = `${origin}/clinic/?${serializeState(own.state, null, MODEL_VERSION).toString()}`;
  // uqr builds the SVG from the link's bits: no text of the link reaches the markup.
  const qr = useMemo(() => renderSVG(liveUrl, { border: 2 }), [liveUrl]);
  const drills = DRILLS.filter((d) => chosen.has(d.id));
  const taught = teachBack ? teachBackLines(teachBack) : [];

  return (
    <section className="clinic-handout" aria-label="Printed handout">
      <header className="clinic-handout-head">
        <div>
          <h2>Your hip in a deep squat</h2>
          <p className="clinic-handout-tag">
            <strong>{modelTagFor(own.state, patient, 'patient')}.</strong> The picture and the
            numbers come from a computer model of a hip; they are a way to explain, not a
            measurement or a diagnosis.
          </p>
        </div>
        <div className="clinic-handout-footer">
          <div
            className="clinic-handout-qr"
            data-url={liveUrl}
            role="img"
            aria-label="QR code of this model hip"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p>
            <strong>Scan to see this model again</strong> and move it yourself.
          </p>
        </div>
      </header>

      <div className="clinic-handout-figure">
        <div className="clinic-handout-picture" data-testid="handout-picture">
          <div className="clinic-handout-joint">
            <JointPoster drawing={own.drawing} hidden={false} textLabels />
          </div>
          <div className="clinic-handout-body">
            <BodyFigure body={own.hip.body} front={own.state.view === 'front'} />
          </div>
        </div>
        <div className="clinic-handout-words">
          <p className="clinic-handout-caption">
            {own.valueText}. {glideWords(own.hip.headTranslationMm)}.
          </p>
          <p className="clinic-handout-sentence">{own.words}</p>
        </div>
        <dl className="clinic-handout-readouts" data-testid="handout-readouts">
          {own.items
            .filter((r) => PAPER_READOUTS.includes(r.id))
            .map((r) => (
              <div key={r.id} data-readout={r.id}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
        </dl>
      </div>

      {goal && (
        <section className="clinic-handout-goal" data-testid="handout-goal">
          <div className="clinic-handout-goal-picture">
            <JointPoster drawing={goal.drawing} hidden={false} />
          </div>
          <div>
            <h3>Goal: a direction to work in, not a promise</h3>
            <p>
              The same model with {goal.state.seatedIrDeg! - patient.seatedIrDeg!}° more seated
              inward roll: {goal.state.seatedIrDeg}° instead of the {patient.seatedIrDeg}° measured
              today
              {goal.state.seatedIrDeg! - patient.seatedIrDeg! < GOAL_EXTRA_IR_DEG
                ? ' (the most the model shows)'
                : ''}
              . In this model, that {goalChange(own.hip, goal.hip, 'at this depth').words}. Not an
              image of your hip.
            </p>
          </div>
          <dl className="clinic-handout-readouts">
            {goal.items
              .filter((r) => GOAL_READOUTS.includes(r.id))
              .map((r) => (
                <div key={r.id} data-readout={r.id}>
                  <dt>{r.label}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}

      {taught.length > 0 && (
        <p className="clinic-handout-taught" data-testid="handout-teach-back">
          <strong>What we went over:</strong>{' '}
          {taught.map((line, i) => (
            <Fragment key={line}>
              {i > 0 && ' '}
              <span className="clinic-handout-taught-line">{line}</span>
            </Fragment>
          ))}
        </p>
      )}

      <div className="clinic-handout-lists">
        <section className="clinic-handout-signs">
          <h3>{WARNING_SIGNS_TITLE}:</h3>
          <div className="clinic-handout-tiers">
            {WARNING_TIERS.map((tier) => (
              <p key={tier.urgency} className="clinic-handout-tier" data-urgency={tier.urgency}>
                <strong>{tier.label}:</strong>{' '}
                {tier.signs.map((sign, i) => (
                  <Fragment key={sign}>
                    {i > 0 && ' '}
                    <span className="clinic-handout-sign">{sign}</span>
                  </Fragment>
                ))}
              </p>
            ))}
          </div>
          <p className="clinic-handout-small">
            {WARNING_SIGNS_SOURCE} <span className="clinic-handout-url">{safetyUrl}</span>
          </p>
        </section>
      </div>

      <section className="clinic-handout-plan">
        <h3>Drills chosen for you</h3>
        {drills.length > 0 ? (
          <>
            <p className="clinic-handout-small">{DRILLS_CAUTION}</p>
            <ul className="clinic-handout-drills">
              {drills.map((d) => (
                <li key={d.id} data-drill={d.id}>
                  <strong>{d.name}.</strong> {d.line}{' '}
                  <span className="clinic-handout-dose">
                    <strong>How much:</strong> {d.dose} <strong>Stop if</strong> {d.stopIf}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No drills were chosen today.</p>
        )}
        <div className="clinic-handout-rules" data-testid="handout-pain-rules">
          <p>
            <strong>{HIP_PAIN_RULE}</strong>
          </p>
          {HANDOUT_PAIN_RULE.map((rule) => (
            <p key={rule}>{rule}</p>
          ))}
        </div>
        <p className="clinic-handout-small">
          How to do them, the easier versions, and when to stop:{' '}
          <span className="clinic-handout-url">{drillsUrl}</span>
        </p>
      </section>
    </section>
  );
}
