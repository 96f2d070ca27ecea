/**
 * The clinician picks the drills for the printed handout (none are chosen for them), and
 * whether the teach-back goes on it, then prints. The actions stay in view however long the
 * list: only the middle of the dialog scrolls.
 */
import type { Ref } from 'react';
import { DRILLS } from '../../state/drills';
import { ONE_PAGE_DRILLS } from './paper';
import { hasTeachBack, type TeachBackResult } from './teachBack';

export interface HandoutDialogProps {
  /** Ids of the ticked drills. */
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  teachBack: TeachBackResult;
  teachBackOnHandout: boolean;
  onTeachBackOnHandout: (on: boolean) => void;
  /** The clinician entered the patient's numbers (the page then prints their model hip). */
  patientSet: boolean;
  onPrint: () => void;
}

export default function HandoutDialog({
  chosen,
  onToggle,
  teachBack,
  teachBackOnHandout,
  onTeachBackOnHandout,
  patientSet,
  onPrint,
  ref,
}: HandoutDialogProps & { ref?: Ref<HTMLDialogElement> }) {
  const answered = hasTeachBack(teachBack);
  return (
    <dialog ref={ref} className="clinic-dialog" aria-labelledby="clinic-handout-title">
      <h2 id="clinic-handout-title">Handout</h2>
      <div className="clinic-dialog-body">
        <p>
          One printed page:{' '}
          {patientSet
            ? 'the patient’s own model hip at the depth on screen, the goal beside it, '
            : 'the picture as it is now, '}
          its numbers in plain words, the drills you tick, the warning signs and a QR code.
        </p>
        <fieldset className="clinic-drills">
          <legend>Drills for this patient</legend>
          {DRILLS.map((d) => (
            <label key={d.id} className="clinic-check">
              <input
                type="checkbox"
                name="drill"
                value={d.id}
                checked={chosen.has(d.id)}
                onChange={(e) => onToggle(d.id, e.currentTarget.checked)}
              />
              <span>
                <strong>{d.name}</strong>
                <span className="clinic-hint">{d.line}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {chosen.size > ONE_PAGE_DRILLS && (
          <p className="clinic-hint" role="status" data-testid="two-pages">
            With more than {ONE_PAGE_DRILLS} drills, each printed with its dose and when to stop,
            the handout may take two pages (the warning signs stay on the first).
          </p>
        )}
        <label className="clinic-check">
          <input
            type="checkbox"
            name="teach-back"
            checked={answered && teachBackOnHandout}
            disabled={!answered}
            onChange={(e) => onTeachBackOnHandout(e.currentTarget.checked)}
          />
          <span>
            <strong>Add the teach-back</strong>
            <span className="clinic-hint">
              {answered
                ? 'What the patient showed in the last step, in kind words.'
                : 'The patient has not done the teach-back step yet.'}
            </span>
          </span>
        </label>
      </div>
      <div className="clinic-dialog-actions">
        <button type="button" className="clinic-button primary" onClick={onPrint}>
          Print handout
        </button>
        <form method="dialog">
          <button type="submit" className="clinic-button">
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
}
