/**
 * A text that follows its source at most once per `everyMs`: a screen reader's live region
 * should hear where a drag ends, not every step of it.
 */
import { useEffect, useRef, useState } from 'react';

export function useThrottledText(text: string, everyMs = 1000): string {
  const [shown, setShown] = useState(text);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + everyMs - Date.now());
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setShown(text);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [text, everyMs]);
  return shown;
}
