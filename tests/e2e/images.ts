/**
 * Broken pictures, two ways: in the browser on an open page (every <img> decodes and has a
 * size; SVG <image> and the pictures named in the head answer with an image), and in the HTML
 * a page is served with (every picture it names answers with an image whose bytes are one).
 */
import type { Page } from '@playwright/test';

/** In the open page: what did not load, and how many pictures were checked. */
export async function brokenImagesIn(page: Page): Promise<{ faults: string[]; count: number }> {
  return page.evaluate(async () => {
    const faults: string[] = [];
    const imgs = [...document.querySelectorAll('img')];
    for (const img of imgs) img.loading = 'eager';
    await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
    for (const img of imgs)
      if (!img.complete || img.naturalWidth === 0)
        faults.push(`<img src="${img.getAttribute('src')}"> did not load`);
    // SVG <image>, and the pictures named in the head (preview card, icons).
    const urls = [
      ...[...document.querySelectorAll('image')].map(
        (el) => el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '',
      ),
      ...[
        ...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]'),
      ].map((m) => m.getAttribute('content') ?? ''),
      ...[...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')].map(
        (l) => l.getAttribute('href') ?? '',
      ),
    ].filter((u) => u && !u.startsWith('data:'));
    for (const raw of new Set(urls)) {
      // Metadata carries the public origin (SITE_URL); the file is on this server at the same path.
      const url = new URL(raw, location.href);
      const local = `${location.origin}${url.pathname}`;
      const res = await fetch(local);
      const type = res.headers.get('content-type') ?? '';
      const bytes = (await res.arrayBuffer()).byteLength;
      if (!res.ok || !type.startsWith('image/') || bytes === 0)
        faults.push(`${raw}: HTTP ${res.status}, ${type}, ${bytes} bytes`);
    }
    return { faults, count: imgs.length + new Set(urls).size };
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Every picture a page's HTML names: <img src>, SVG <image href>, the preview card, the icons. */
export function picturesNamedIn(html: string): string[] {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? '';
  const tags = (re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);
  return [
    ...tags(/<img\b[^>]*>/gi).map((t) => attr(t, 'src')),
    ...tags(/<image\b[^>]*>/gi).map((t) => attr(t, 'href') || attr(t, 'xlink:href')),
    ...tags(/<meta\b[^>]*(?:property="og:image"|name="twitter:image")[^>]*>/gi).map((t) =>
      attr(t, 'content'),
    ),
    ...tags(/<link\b[^>]*rel="(?:[^"]*\bicon\b[^"]*|apple-touch-icon)"[^>]*>/gi).map((t) =>
      attr(t, 'href'),
    ),
  ]
    .map(decode)
    .filter((u) => u && !u.startsWith('data:'));
}

/** Whether the bytes are a picture of the type the server named (a file's signature). */
export function bytesAreImage(type: string, bytes: Buffer): boolean {
  if (type.startsWith('image/png'))
    return bytes.subarray(0, 8).toString('latin1') === '\x89PNG\r\n\x1a\n';
  if (type.startsWith('image/jpeg')) return bytes[0] === 0xff && bytes[1] === 0xd8;
  if (type.startsWith('image/webp'))
    return (
      bytes.subarray(0, 4).toString() === 'RIFF' && bytes.subarray(8, 12).toString() === 'WEBP'
    );
  if (type.startsWith('image/gif')) return bytes.subarray(0, 4).toString() === 'GIF8';
  if (type.startsWith('image/svg+xml')) return /<svg[\s>]/.test(bytes.toString('utf8'));
  if (type.startsWith('image/x-icon') || type.startsWith('image/vnd.microsoft.icon'))
    return bytes.readUInt32BE(0) === 0x00000100;
  return false;
}
