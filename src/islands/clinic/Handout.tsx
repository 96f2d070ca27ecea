/**
 * The printed handout: one page (A4 or Letter) made from the presenter's current state. It
 * is in the page all along but shown only in print (see clinic.css): the flat drawing of
 * the joint and the body (SVG, no WebGL), the readouts in plain words, the drills the
 * clinician ticked, the warning signs, and a QR code back to this exact view.
 */
import { useMemo } from 'react';
import { renderSVG } from 'uqr';
import { jointDrawing } from '../../drawing/jointDrawing';
import { DRILLS } from '../../state/drills';
import { WARNING_SIGNS, WARNING_SIGNS_SOURCE, WARNING_SIGNS_TITLE } from '../../state/warningSigns';
import BodyFigure from '../BodyFigure';
import JointPoster from '../JointPoster';
import { GLIDE_SCALE, type SolvedFigure } from '../useSolvedFigure';

export interface HandoutProps {
  solved: SolvedFigure;
  /** The "model, not an image of you" line for this state. */
  modelTag: string;
  /** Ids of the drills the clinician ticked. */
  chosen: ReadonlySet<string>;
  /** Absolute link to this view (empty until the page knows its own address). */
  liveUrl: string;
  /** Absolute links to the drills article and the "Before you try this" page. */
  drillsUrl: string;
  safetyUrl: string;
}

export default function Handout({
  solved,
  modelTag,
  chosen,
  liveUrl,
  drillsUrl,
  safetyUrl,
}: HandoutProps) {
  const { geometry, hip, drawnCentre, shown, words, items, valueText } = solved;
  // The same drawing as the poster on screen, without the trace of where the ball has been.
  const drawing = useMemo(
    () => jointDrawing(geometry, hip, shown.view, drawnCentre),
    [geometry, hip, shown.view, drawnCentre],
  );
  // uqr builds the SVG from the link's bits: no text of the link reaches the markup.
  const qr = useMemo(() => (liveUrl ? renderSVG(liveUrl, { border: 2 }) : ''), [liveUrl]);
  const drills = DRILLS.filter((d) => chosen.has(d.id));

  return (
    <section className="clinic-handout" aria-label="Printed handout">
      <header>
        <h2>Your hip in a deep squat</h2>
        <p className="clinic-handout-tag">
          <strong>{modelTag}.</strong> The picture and the numbers come from a computer model of a
          hip; they are a way to explain, not a measurement or a diagnosis.
        </p>
      </header>

      <div className="clinic-handout-figure">
        <div className="clinic-handout-picture">
          <div className="clinic-handout-joint">
            <JointPoster drawing={drawing} hidden={false} />
          </div>
          <div className="clinic-handout-body">
            <BodyFigure body={hip.body} front={shown.view === 'front'} />
          </div>
          <p className="clinic-handout-caption">
            {valueText}. The ball’s glide is drawn {GLIDE_SCALE} times larger.
          </p>
        </div>
        <div className="clinic-handout-words">
          <p className="clinic-handout-sentence">{words}</p>
          <dl className="clinic-handout-readouts">
            {items.map((r) => (
              <div key={r.id} data-readout={r.id}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>

      <div className="clinic-handout-lists">
        <section>
          <h3>Drills chosen for you</h3>
          {drills.length > 0 ? (
            <ul className="clinic-handout-drills">
              {drills.map((d) => (
                <li key={d.id} data-drill={d.id}>
                  <strong>{d.name}.</strong> {d.line}
                </li>
              ))}
            </ul>
          ) : (
            <p>No drills were chosen today.</p>
          )}
          <p className="clinic-handout-small">
            How to do them, how much, and when to stop:{' '}
            <span className="clinic-handout-url">{drillsUrl}</span>
          </p>
        </section>
        <section>
          <h3>{WARNING_SIGNS_TITLE}:</h3>
          <ul className="clinic-handout-warnings">
            {WARNING_SIGNS.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          <p className="clinic-handout-small">
            {WARNING_SIGNS_SOURCE} <span className="clinic-handout-url">{safetyUrl}</span>
          </p>
        </section>
      </div>

      <footer className="clinic-handout-footer">
        <div
          className="clinic-handout-qr"
          data-url={liveUrl}
          role="img"
          aria-label="QR code of this view"
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <p>
          <strong>Scan to see this model again</strong> and move it yourself. A pinch at the bottom
          of a squat is common and usually not damage. If a hip hurts, a physical therapist or
          doctor can examine it.
        </p>
      </footer>
    </section>
  );
}
