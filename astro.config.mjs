// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

// Absolute URLs (canonical links, Open Graph images) need the public origin.
// SITE_URL sets it for a real deployment; the default is the local preview server.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

// three, @react-three/fiber and React change on different schedules from our own code,
// so each gets its own chunk that the browser can keep cached across deployments.
const vendorGroups = [
  // three ships as two files: the core (maths, scene graph) and the WebGL renderer. Two
  // chunks keep each under Vite's 500 kB warning without raising the limit.
  { name: 'three-core', test: /node_modules[\\/]three[\\/]build[\\/]three\.core/, priority: 40 },
  { name: 'three', test: /node_modules[\\/]three[\\/]/, priority: 30 },
  { name: 'r3f', test: /node_modules[\\/](@react-three|its-fine|zustand|suspend-react|scheduler)[\\/]/, priority: 20 },
  { name: 'react', test: /node_modules[\\/](react|react-dom)[\\/]/, priority: 10 },
];

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), react()],
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  vite: {
    build: {
      rolldownOptions: {
        output: { codeSplitting: { groups: vendorGroups } },
      },
    },
  },
});
