/** The presenter's high-contrast theme (for a bright room or a projector), remembered on this device. */
import { useCallback, useEffect, useState } from 'react';

const KEY = 'clinic-contrast';

export function useContrast(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    try {
      // Read after hydration: the server-rendered page is always in the normal theme.
      setOn(localStorage.getItem(KEY) === 'on');
    } catch {
      // No storage (private browsing): the theme is not remembered.
    }
  }, []);
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      localStorage.setItem(KEY, value ? 'on' : 'off');
    } catch {
      // As above.
    }
  }, []);
  return [on, set];
}
