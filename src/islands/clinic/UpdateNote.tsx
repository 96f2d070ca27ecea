/**
 * "A new version is ready": a quiet line under the top bar, never a pop-up, so it can wait
 * for the end of a session. Taking it reloads the presenter on the same step with the same
 * numbers (see useSiteUpdate.ts); "Later" hides it until the page is next opened.
 */
import { useState } from 'react';
import type { UpdateState } from './useSiteUpdate';

export interface UpdateNoteProps {
  state: UpdateState;
  onTake: () => void;
}

export default function UpdateNote({ state, onTake }: UpdateNoteProps) {
  const [later, setLater] = useState(false);
  if (state === 'none' || later) return null;
  return (
    <div className="clinic-note" role="status" data-testid="update-note">
      <span>
        {state === 'waiting'
          ? 'A new version of this site is ready. Take it between patients: '
          : 'This site was updated in another tab. Reload between patients: '}
        the presenter comes back on this step with the numbers you entered.
      </span>
      <span className="clinic-note-actions">
        <button type="button" className="clinic-button primary" onClick={onTake}>
          {state === 'waiting' ? 'Update now' : 'Reload now'}
        </button>
        <button type="button" className="clinic-button quiet" onClick={() => setLater(true)}>
          Later
        </button>
      </span>
    </div>
  );
}
