/**
 * A new version of the site for a presenter left open. The service worker installs a new
 * version in the background and waits (astro.config.mjs: no skipWaiting), so an open page
 * never loses its files; but a tablet left on the presenter never navigates, so the browser
 * would not even look, and the wait would last until every tab closed. This hook looks now
 * and then, says when a version is waiting, and lets the clinician take it when it suits
 * them: the waiting worker is told to take over (Workbox's SKIP_WAITING message), and the
 * page reloads once it has, after `beforeReload` has put the session where the reload
 * finds it (handoff.ts and the address).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How often an open presenter asks the server for a new version. */
export const CHECK_EVERY_MS = 30 * 60 * 1000;

/** 'waiting': a new version is ready to take; 'taken': another tab took it, so this page should reload. */
export type UpdateState = 'none' | 'waiting' | 'taken';

export function useSiteUpdate(): { state: UpdateState; take: (beforeReload: () => void) => void } {
  const [state, setState] = useState<UpdateState>('none');
  const waiting = useRef<ServiceWorker | null>(null);
  const taking = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    let registration: ServiceWorkerRegistration | null = null;
    let stopped = false;
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        // Installed while an older version controls this page: it is waiting for us.
        if (!stopped && worker.state === 'installed' && sw.controller) {
          waiting.current = worker;
          setState('waiting');
        }
      };
      check();
      worker.addEventListener('statechange', check);
    };
    void sw.ready.then((r) => {
      if (stopped) return;
      registration = r;
      watch(r.waiting);
      watch(r.installing);
      r.addEventListener('updatefound', () => watch(r.installing));
    });
    const look = () => void registration?.update().catch(() => undefined);
    const timer = window.setInterval(look, CHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') look();
    };
    // The very first worker claims the page as it activates: that is no update.
    let controlled = sw.controller !== null;
    const onController = () => {
      if (taking.current) window.location.reload();
      else if (controlled) setState('taken');
      controlled = true;
    };
    document.addEventListener('visibilitychange', onVisible);
    sw.addEventListener('controllerchange', onController);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      sw.removeEventListener('controllerchange', onController);
    };
  }, []);

  const take = useCallback(
    (beforeReload: () => void) => {
      beforeReload();
      if (state === 'taken' || !waiting.current) {
        window.location.reload();
        return;
      }
      taking.current = true;
      waiting.current.postMessage({ type: 'SKIP_WAITING' });
    },
    [state],
  );

  return { state, take };
}
