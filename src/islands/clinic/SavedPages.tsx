/**
 * The offline page's list: the pages this site saved on the device (the service worker's
 * cache), read after the page loads, each a link that opens with no network.
 */
import { useEffect, useState } from 'react';
import { groupPages, isReadablePage, titleOf } from './savedPages';

async function readSaved(): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  if (!('caches' in window)) return pages;
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.origin !== window.location.origin || !isReadablePage(url.pathname)) continue;
      if (pages.has(url.pathname)) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      pages.set(url.pathname, titleOf(html));
    }
  }
  return pages;
}

export default function SavedPages() {
  const [pages, setPages] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    readSaved()
      .then(setPages)
      .catch(() => setPages(new Map()));
  }, []);

  return (
    <div className="offline-list" aria-live="polite" data-ready={pages !== null}>
      <p>
        <button type="button" className="offline-retry" onClick={() => window.location.reload()}>
          Try again
        </button>
      </p>
      {pages === null ? (
        <p>Looking for the pages saved on this device…</p>
      ) : pages.size === 0 ? (
        <p>
          No pages of this site are saved on this device yet. Once you are back online, open the
          site and it will save itself for next time.
        </p>
      ) : (
        <>
          <p>These {pages.size} pages are saved on this device and open without a connection:</p>
          {groupPages(pages).map((group) => (
            <section key={group.heading}>
              <h2>{group.heading}</h2>
              <ul>
                {group.pages.map((page) => (
                  <li key={page.path}>
                    <a href={page.path}>{page.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
