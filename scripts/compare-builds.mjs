// Real timings of two builds of the page, loads interleaved so the machine's load falls on both
// alike: the quick A/B for choosing between two designs (docs/performance.md).
// Usage: node scripts/compare-builds.mjs <dir A> <dir B> [runs, 7 by default]
// e.g. cp -r dist /tmp/before, change and `npm run build`, then
//      node scripts/compare-builds.mjs /tmp/before dist
import { realTimings } from './real-timings.mjs';
import { serveBuild } from './serving.mjs';

const [first, second, runs = '7'] = process.argv.slice(2);
if (!first || !second) {
  console.error('Usage: node scripts/compare-builds.mjs <dir A> <dir B> [runs]');
  process.exit(2);
}
const servers = await Promise.all(
  [first, second].map((dir, index) => serveBuild(dir, 4610 + index)),
);
const builds = [first, second].map((dir, index) => ({ dir, url: servers[index].url, runs: [] }));
const real = await realTimings();
try {
  for (let run = 1; run <= Number(runs); run += 1) {
    // A first in odd runs, B first in even ones.
    for (const build of run % 2 === 1 ? builds : [...builds].reverse()) {
      const figures = await real.measure(build.url);
      build.runs.push(figures);
      console.log(run, build.dir, figures.realFcp, figures.realReady, figures.realBlocking);
    }
  }
} finally {
  await real.close();
  for (const server of servers) server.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('\nmedian (worst) of each, ms: first contentful paint, wholly live, real blocking');
for (const build of builds) {
  const cells = ['realFcp', 'realReady', 'realBlocking'].map((key) => {
    const values = build.runs.map((figures) => figures[key]);
    return `${median(values)} (${Math.max(...values)})`;
  });
  console.log(`${build.dir}: ${cells.join(', ')}`);
}
