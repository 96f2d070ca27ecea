/**
 * The presenter's top bar: exit (back to where the clinician came from, else home), and the
 * actions used once a session: the patient's hip, the clinician's own steps, the handout,
 * high contrast and full screen.
 */
import { useEffect, useState, type MouseEvent } from 'react';

export interface ClinicBarProps {
  contrast: boolean;
  onContrast: (on: boolean) => void;
  onPatient: () => void;
  onSequence: () => void;
  onHandout: () => void;
  /** The clinician has entered a measurement. */
  patientSet: boolean;
  /** The steps are the clinician's own sequence. */
  ownSequence: boolean;
}

/** Back to the page that opened the presenter when it is on this site, else to the home page. */
function exit(e: MouseEvent<HTMLAnchorElement>) {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  let from: URL | null;
  try {
    from = document.referrer ? new URL(document.referrer) : null;
  } catch {
    from = null;
  }
  if (!from || from.origin !== window.location.origin || from.pathname === window.location.pathname)
    return;
  e.preventDefault();
  if (window.history.length > 1) window.history.back();
  else window.location.assign(from.href);
}

export default function ClinicBar({
  contrast,
  onContrast,
  onPatient,
  onSequence,
  onHandout,
  patientSet,
  ownSequence,
}: ClinicBarProps) {
  const [canFullscreen, setCanFullscreen] = useState(false);
  const [full, setFull] = useState(false);
  useEffect(() => {
    setCanFullscreen(document.fullscreenEnabled === true);
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = () => {
    const done = full ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    void done.catch(() => undefined);
  };

  return (
    <header className="clinic-bar">
      <a className="clinic-button" href="/" onClick={exit}>
        <span aria-hidden="true">←</span> Exit
      </a>
      <h1 className="clinic-title">Clinic mode</h1>
      <div className="clinic-actions">
        <button
          type="button"
          className="clinic-button"
          aria-pressed={patientSet}
          onClick={onPatient}
        >
          Patient’s hip
        </button>
        <button
          type="button"
          className="clinic-button"
          aria-pressed={ownSequence}
          onClick={onSequence}
        >
          Your steps
        </button>
        <button type="button" className="clinic-button" onClick={onHandout}>
          Handout
        </button>
        <button
          type="button"
          className="clinic-button"
          aria-pressed={contrast}
          onClick={() => onContrast(!contrast)}
        >
          High contrast
        </button>
        {canFullscreen && (
          <button
            type="button"
            className="clinic-button"
            aria-pressed={full}
            onClick={toggleFullscreen}
          >
            Full screen
          </button>
        )}
      </div>
    </header>
  );
}
