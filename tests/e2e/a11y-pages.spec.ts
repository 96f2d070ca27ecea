/**
 * One page of each template (read from dist/, so a new page or template is covered without a
 * new test: every page but the preset pages, which are checked on one preset each, see
 * `templatePages`), at a phone's and a tablet's size, in light and dark: axe finds no violations
 * (the articles at the tablet's size on one article, see `sizesFor`). While each page is open the
 * test also checks what only a browser sees: nothing loads from another host, every picture
 * loads (each <img> decodes and has a size: images.spec.ts checks what every page names), and
 * no element carries an inline event handler or a `javascript:` link (the CSP would refuse to
 * run them).
 */
import { CHROMIUM_ARGS, findChromium } from '../browser';
import { SIZES, sweep } from './axe';
import { test, expect } from './guard';
import { brokenImagesIn } from './images';
import { builtPages, templatePages } from './pages';

// Without WebGL, so that the sweep stays quick on two cores: the figures still hydrate, and show
// their drawing and the calm "no 3D" note (a state worth checking too). One page of each kind
// is also checked with its figures live in 3D, in a11y.spec.ts.
const executablePath = findChromium();
test.use({
  launchOptions: {
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
    ...(executablePath ? { executablePath } : {}),
  },
});

/**
 * The articles share one layout, so the layout is swept at both sizes on one article: the one
 * with the most figures. Each article's own content (its words, tables, boxes, figures' controls)
 * is swept on every article at the phone's size, where the most is folded into one column.
 */
const articles = builtPages().filter((p) => p.path.startsWith('/articles/'));
const islands = (html: string) => html.split('<astro-island').length;
const ARTICLE_AT_EVERY_SIZE = articles.reduce<(typeof articles)[number] | undefined>(
  (best, p) => (!best || islands(p.html) > islands(best.html) ? p : best),
  undefined,
)?.path;
const sizesFor = (path: string) =>
  path.startsWith('/articles/') && path !== ARTICLE_AT_EVERY_SIZE ? SIZES.slice(0, 1) : SIZES;

for (const path of templatePages()) {
  const where = sizesFor(path).length === 1 ? 'phone' : 'phone and tablet';
  test(`${path}: axe finds no violations (${where}, light and dark); nothing from another host; no broken picture`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
    });
    expect(await sweep(page, path, sizesFor(path))).toEqual([]);
    expect(foreign, 'requests to another host').toEqual([]);
    // Every figure has hydrated (the sweep scrolled through), so islands' pictures are here too.
    const pictures = await brokenImagesIn(page);
    expect(pictures.faults, 'broken pictures').toEqual([]);
    expect(pictures.count, 'pictures checked (at least the icons)').toBeGreaterThan(0);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter(
            (a) =>
              /^on/i.test(a.name) ||
              (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
                /^\s*javascript:/i.test(a.value)),
          )
          .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`),
      ),
    );
    expect(inline, 'inline handlers or javascript: links').toEqual([]);
  });
}

test('the site has pages for axe to check, and each template is among them', () => {
  expect(builtPages().length, 'dist/ holds the built site (npm run build)').toBeGreaterThanOrEqual(
    5,
  );
  const swept = templatePages();
  for (const template of [
    /^\/$/,
    /^\/articles\//,
    /^\/viz\/$/,
    /^\/viz\/[^/]+\/$/,
    /^\/embed\//,
    /^\/clinic\//,
  ])
    expect(
      swept.some((p) => template.test(p)),
      String(template),
    ).toBe(true);
  // Every page that is not a preset page is swept.
  for (const { path } of builtPages())
    if (!/^\/(viz|embed)\/[^/]+\/$/.test(path)) expect(swept).toContain(path);
});
