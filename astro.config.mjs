// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import AstroPWA from '@vite-pwa/astro';
import { cspFirstIntegration } from './scripts/cspFirst.ts';
import { resolveSite, siteUrlIntegration } from './scripts/siteUrl.ts';

// Absolute URLs (canonical links, Open Graph images) need the public origin: SITE_URL.
// Without it the build uses the local server's address and says so loudly; a static host's
// build stops (scripts/siteUrl.ts).
const site = resolveSite(process.env);

// three, @react-three/fiber and React change on different schedules from our own code,
// so each gets its own chunk that the browser can keep cached across deployments.
// A group also takes in what its modules import (rolldown's includeDependenciesRecursively),
// so React and its scheduler rank above R3F: below it, React itself landed in the R3F chunk,
// which imports three, and every island that hydrated at load fetched and ran all of three
// before the reader touched anything.
const vendorGroups = [
  // three ships as two files: the core (maths, scene graph) and the WebGL renderer. Two
  // chunks keep each under Vite's 500 kB warning without raising the limit.
  { name: 'three-core', test: /node_modules[\\/]three[\\/]build[\\/]three\.core/, priority: 40 },
  { name: 'three', test: /node_modules[\\/]three[\\/]/, priority: 30 },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 25 },
  {
    name: 'r3f',
    test: /node_modules[\\/](@react-three|its-fine|zustand|suspend-react)[\\/]/,
    priority: 20,
  },
];

// A strict Content-Security-Policy as a <meta> on every page (Astro's built-in CSP hashes
// its own inline hydration scripts and styles). Only the site's own origin; no inline script
// without a hash. Inline style *attributes* are allowed: the server-rendered figures carry
// computed positions and colours in `style="…"` (React's style prop), which no hash can cover.
// public/_headers carries the same policy plus what a meta tag cannot (frame-ancestors).
/** @type {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>} */
const csp = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'"] },
  styleDirective: {
    resources: [
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
};

// An installable, offline web app (README: "Clinic mode and offline"). The service worker
// precaches every page, the island code, the styles and the icons at build time; the
// link-preview cards (/og/) are left out: only link previews read them, and so is the 404 page. Query strings are
// ignored when matching the cache, so a shared link such as /viz/deep/?depth=0.8 opens
// offline from /viz/deep/. A page the cache does not hold goes to the network; only when
// that fails (offline) does the worker answer with /offline/, which lists the saved pages.
// Online, a missing page still gets the server's own 404. (Workbox's `navigateFallback`
// would answer every uncached navigation with the fallback, online too, so it stays off.)
// Rollout: a new service worker installs in the background and waits (no skipWaiting), so an
// open page keeps the files it was built with; it takes over on the next visit, or when the
// clinic presenter, which looks for new versions while it is open, is told to take it
// between patients (it sends Workbox's SKIP_WAITING message, then reloads on the same step).
// The first one claims the page that installed it, so the very first visit already works offline.
const pwa = AstroPWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    id: '/',
    name: 'The hip in a deep squat',
    short_name: 'Deep squat hip',
    description:
      'An interactive explainer of the hip in a deep squat, with a model hip you can move and a clinic presenter.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d1c1a',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
    // 404.html would be listed as /404/, which no host serves with a 200, and a failed
    // precache entry fails the whole install.
    // embed/: an embed is only ever seen inside another site's page, which cannot load offline
    // either, so caching the embeds would add a third to the first visit's download for no one.
    globIgnores: ['og/**', 'embed/**', '404.html', 'sw.js', 'workbox-*.js'],
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/offline/' } },
      },
      {
        // The gallery's pictures are not precached (they would double the first visit's
        // download); each is kept the first time it is seen, so a gallery once browsed
        // keeps its pictures offline.
        urlPattern: ({ url }) => url.pathname.startsWith('/og/thumb/'),
        handler: 'CacheFirst',
        options: { cacheName: 'gallery-thumbs', expiration: { maxEntries: 40 } },
      },
    ],
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // cspFirst before pwa: the service worker's precache list is made from the final pages.
  integrations: [siteUrlIntegration(site), mdx(), react(), cspFirstIntegration(), pwa],
  security: { csp },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  vite: {
    build: {
      rolldownOptions: {
        output: { codeSplitting: { groups: vendorGroups } },
      },
    },
  },
});
