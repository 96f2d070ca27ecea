// After `npm install`: says, in one line, which Node the project runs on. Plain JavaScript,
// so it runs on any Node, including one too old for the project.
//
// Astro 7 needs Node 22.12 or newer. npm runs on the machine's own Node; the project's scripts
// run on the Node 22 that the `node` dev dependency puts first on their PATH. On a machine
// with Node 20, npm would warn about every package that needs 22 (it checks against its own
// Node, not the one the scripts use): .npmrc keeps npm's warnings out of the way, and this
// line says what is true instead.
const NEED = [22, 12];
const version = (v) => v.replace(/^v/, '').split('.').map(Number);
const atLeast = ([a, b], [x, y]) => a > x || (a === x && b >= y);

const scripts = process.version;
const npmNode = /\bnode\/(v[\d.]+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];

if (!atLeast(version(scripts), NEED)) {
  console.error(
    `This project needs Node ${NEED.join('.')} or newer, and its scripts found ${scripts}. ` +
      'The `node` dev dependency brings one: check that its install script may run ' +
      '(package.json "allowScripts"), or install Node 22 (https://nodejs.org/).',
  );
  process.exit(1);
}
if (npmNode && npmNode !== scripts)
  console.log(
    `Node: npm runs on ${npmNode}; this project's scripts run on ${scripts} ` +
      '(the `node` dev dependency), as Astro 7 needs 22.12 or newer.',
  );
