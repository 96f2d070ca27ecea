/**
 * Which other engines this machine has: WebKitGTK (WebKitWebDriver and its MiniBrowser) and
 * Firefox (ESR or not). ENGINES=webkit, =firefox or =none limits the search; WEBKIT_WEBDRIVER_PATH,
 * MINIBROWSER_PATH and FIREFOX_PATH point at binaries outside the usual places.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Engines {
  webkit?: { driver: string; browser: string; version: string };
  firefox?: { path: string; version: string };
}

export function which(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function findMiniBrowser(): string | undefined {
  if (process.env['MINIBROWSER_PATH']) return process.env['MINIBROWSER_PATH'];
  for (const lib of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    if (!existsSync(lib)) continue;
    for (const dir of [lib, ...readdirSync(lib).map((d) => join(lib, d))]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = join(dir, api, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/** WebKitGTK's user agent string is frozen, so its version comes from the Debian package. */
const debVersion = (pkg: string) =>
  spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).stdout.trim() ||
  undefined;

/** ENGINES=webkit, =firefox or =none runs only those (default: every engine installed). */
const wanted = (name: string) =>
  (process.env['ENGINES'] ?? 'webkit,firefox')
    .split(',')
    .map((e) => e.trim())
    .includes(name);

export function findEngines(): Engines {
  const engines: Engines = {};
  if (!wanted('webkit') && !wanted('firefox')) return engines;
  const driver = process.env['WEBKIT_WEBDRIVER_PATH'] ?? which('WebKitWebDriver');
  const browser = findMiniBrowser();
  if (driver && browser && wanted('webkit'))
    engines.webkit = {
      driver,
      browser,
      version: debVersion('libwebkit2gtk-4.1-0') ?? debVersion('webkit2gtk-driver') ?? 'unknown',
    };
  const firefox = process.env['FIREFOX_PATH'] ?? which('firefox-esr') ?? which('firefox');
  if (firefox && wanted('firefox'))
    engines.firefox = {
      path: firefox,
      version: spawnSync(firefox, ['--version'], { encoding: 'utf8' }).stdout.trim() || 'unknown',
    };
  return engines;
}
