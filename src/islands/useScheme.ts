/**
 * Which of the figure's palettes applies to an element: the one its CSS says (`--viz-scheme`,
 * set in src/drawing/palette.css from the system's colour scheme and the presenter's high
 * contrast switch). Read again when either changes, so the 3D scene repaints with the page.
 */
import { useEffect, useState } from 'react';
import { SCHEMES, type SchemeName } from '../drawing/palette';

function read(el: Element): SchemeName {
  const value = getComputedStyle(el).getPropertyValue('--viz-scheme').trim();
  return (SCHEMES as readonly string[]).includes(value) ? (value as SchemeName) : 'light';
}

export function useScheme(el: Element | null): SchemeName {
  const [scheme, setScheme] = useState<SchemeName>('light');
  useEffect(() => {
    if (!el) return;
    const update = () => setScheme(read(el));
    update();
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    const observer = new MutationObserver(update);
    observer.observe(document.body, {
      attributes: true,
      attributeFilter: ['data-contrast'],
      subtree: true,
    });
    return () => {
      media.removeEventListener('change', update);
      observer.disconnect();
    };
  }, [el]);
  return scheme;
}
