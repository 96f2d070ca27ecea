/**
 * Keeps one figure and the address bar in step: on load the figure takes its state from
 * the URL (when the link names it, or when it owns unnamed parameters), and as the reader
 * changes it the URL follows with `history.replaceState`, at most a few times a second and
 * without adding history entries.
 */
import { useEffect, useState } from 'react';
import { MODEL_VERSION } from '../model';
import type { FigureState } from '../state/figureState';
import type { FigureStore } from '../state/store';
import { parseState, serializeState } from '../state/url';

const WRITE_EVERY_MS = 250;

export interface UrlSyncOptions {
  store: FigureStore;
  /** The figure's id on the page (also its name in links). */
  figureId: string;
  /** The figure's starting state, which hand-written links layer on. */
  base: FigureState;
  /** Reads parameters that name no figure (the one figure of a permalink or embed page). */
  ownsUnnamed: boolean;
  element: HTMLElement | null;
  /** More parameters to write after the state's (a compare figure's `compare`), read at each write. */
  extraParams?: () => Record<string, string>;
}

export interface UrlSyncResult {
  /** The link was made with another model version (its number), for a calm note. */
  staleVersion: number | null;
}

export function stateUrl(
  state: FigureState,
  figureId: string | null,
  extra: Record<string, string> = {},
): string {
  const url = new URL(window.location.href);
  url.search = serializeState(state, figureId, MODEL_VERSION).toString();
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  if (figureId) url.hash = figureId;
  return url.href;
}

export function useUrlSync({
  store,
  figureId,
  base,
  ownsUnnamed,
  element,
  extraParams,
}: UrlSyncOptions): UrlSyncResult {
  const [staleVersion, setStaleVersion] = useState<number | null>(null);

  useEffect(() => {
    const parsed = parseState(window.location.search, base, MODEL_VERSION);
    const named = parsed.figureId === figureId;
    if (!parsed.hasState || !(named || (parsed.figureId === null && ownsUnnamed))) return;
    store.set(parsed.state);
    setStaleVersion(parsed.staleVersion);
    if (named && element) element.scrollIntoView({ block: 'start' });
    // Runs once, on load: later changes flow the other way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [element]);

  useEffect(() => {
    let timer = 0;
    let pending: FigureState | null = null;
    const write = () => {
      timer = 0;
      if (!pending) return;
      const url = new URL(window.location.href);
      url.search = serializeState(pending, ownsUnnamed ? null : figureId, MODEL_VERSION).toString();
      for (const [key, value] of Object.entries(extraParams?.() ?? {}))
        url.searchParams.set(key, value);
      pending = null;
      history.replaceState(history.state, '', url);
    };
    const unsubscribe = store.subscribe((state) => {
      pending = state;
      if (!timer) timer = window.setTimeout(write, WRITE_EVERY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) {
        window.clearTimeout(timer);
        write();
      }
    };
    // extraParams is read at each write, so a new function need not restart the writer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, figureId, ownsUnnamed]);

  return { staleVersion };
}
