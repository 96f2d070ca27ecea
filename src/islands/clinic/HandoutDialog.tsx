/** The clinician picks the drills for the printed handout (none are chosen for them), then prints. */
import type { Ref } from 'react';
import { DRILLS } from '../../state/drills';

export interface HandoutDialogProps {
  /** Ids of the ticked drills. */
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onPrint: () => void;
}

export default function HandoutDialog({
  chosen,
  onToggle,
  onPrint,
  ref,
}: HandoutDialogProps & { ref?: Ref<HTMLDialogElement> }) {
  return (
    <dialog ref={ref} className="clinic-dialog" aria-labelledby="clinic-handout-title">
      <h2 id="clinic-handout-title">Handout</h2>
      <p>
        One printed page: the picture as it is now, its numbers in plain words, the drills you tick,
        the warning signs and a QR code back to this view.
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
