// Two builds at different times must be identical. Builds the site again into a temporary folder with
// the clock moved by 40 days (scripts/repro/shift-clock.mjs, preloaded into every Node process of the
// build) and compares every file with dist/ (built by `npm run build`, which also writes the search index). Exits 1 listing what differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const days = Number(process.env.CLOCK_SHIFT_DAYS ?? 40);
const out = mkdtempSync(path.join(tmpdir(), 'repro-'));

const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();

try {
  const env = {
    ...process.env,
    CLOCK_SHIFT_DAYS: String(days),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${path.join(root, 'scripts/repro/shift-clock.mjs')}`.trim(),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  execFileSync(bin('astro'), ['build', '--outDir', out], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });

  const a = files(dist);
  const b = files(out);
  const problems = [];
  for (const f of a.filter((f) => !b.includes(f))) problems.push(`${f}: only in the first build`);
  for (const f of b.filter((f) => !a.includes(f))) problems.push(`${f}: only in the build ${days} days later`);
  for (const f of a.filter((f) => b.includes(f)))
    if (!readFileSync(path.join(dist, f)).equals(readFileSync(path.join(out, f))))
      problems.push(`${f}: differs in the build ${days} days later`);
  console.log(`reproducible build: ${a.length} files compared with a build ${days} days later`);
  if (problems.length) {
    console.log(`✗ ${problems.length} file(s) differ — the clock leaks into the output:`);
    for (const p of problems.slice(0, 30)) console.log(`    ${p}`);
    if (problems.length > 30) console.log(`    … and ${problems.length - 30} more`);
    process.exitCode = 1;
  } else console.log('✓ identical');
} finally {
  rmSync(out, { recursive: true, force: true });
}
