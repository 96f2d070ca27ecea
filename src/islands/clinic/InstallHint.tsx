/**
 * Installing the site to the home screen, so it opens full screen and works offline.
 * Browsers with an install prompt (Chrome, Edge) fire `beforeinstallprompt`: we offer an
 * Install button. Browsers without one (Safari on an iPad, Firefox) never will: there we say
 * how to add the page by hand. Nothing shows once the site runs from the home screen.
 */
import { useEffect, useState } from 'react';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
}

const DISMISSED_KEY = 'clinic-install-hint-dismissed';

function runsInstalled(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return (
    iosStandalone ||
    matchMedia('(display-mode: standalone)').matches ||
    matchMedia('(display-mode: fullscreen)').matches
  );
}

/**
 * What the hint decided: still checking (before hydration), nothing to show (installed,
 * dismissed, or waiting for the browser's own prompt), the browser's prompt, or the hint.
 * Written on the page as `data-install`, so a test can wait for the decision instead of a time.
 */
type Mode = 'checking' | 'installed' | 'dismissed' | 'awaiting-prompt' | 'prompt' | 'hint';

export default function InstallHint() {
  const [mode, setMode] = useState<Mode>('checking');
  const [prompt, setPrompt] = useState<InstallPromptEvent | null>(null);

  useEffect(() => {
    if (runsInstalled()) {
      setMode('installed');
      return;
    }
    if (!('onbeforeinstallprompt' in window)) {
      let dismissed = false;
      try {
        dismissed = localStorage.getItem(DISMISSED_KEY) === '1';
      } catch {
        // Private browsing may refuse storage: show the hint.
      }
      setMode(dismissed ? 'dismissed' : 'hint');
      return;
    }
    setMode('awaiting-prompt');
    const onPrompt = (e: Event) => {
      setPrompt(e as InstallPromptEvent);
      setMode('prompt');
    };
    const onInstalled = () => setMode('installed');
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);

  if (mode === 'prompt' && prompt)
    return (
      <div className="clinic-note" role="note" data-install={mode}>
        <span>Install this site to open it full screen and use it offline.</span>
        <button
          type="button"
          className="clinic-button"
          onClick={() => void prompt.prompt().finally(() => setMode('installed'))}
        >
          Install
        </button>
      </div>
    );
  if (mode !== 'hint') return <span hidden data-install={mode} />;
  return (
    <div className="clinic-note" role="note" data-testid="install-hint" data-install={mode}>
      <span>
        To use this offline on an iPad: tap <strong>Share</strong>, then{' '}
        <strong>Add to Home Screen</strong>.
      </span>
      <button
        type="button"
        className="clinic-button quiet"
        onClick={() => {
          try {
            localStorage.setItem(DISMISSED_KEY, '1');
          } catch {
            // Nothing to remember it in: it is hidden for this visit.
          }
          setMode('dismissed');
        }}
      >
        Got it
      </button>
    </div>
  );
}
