/**
 * The date the content was last changed: the citations' "accessed" date. It never comes from the
 * clock, so two builds of the same content are identical (`npm run test:repro`):
 *   1. `SOURCE_DATE_EPOCH` (seconds), the reproducible-builds convention, when set;
 *   2. otherwise the commit time of the last commit that touched `content/` (`git log`);
 *      a shallow clone sees its newest commit instead, which is still the same on every build of it;
 *   3. otherwise (no Git: a tarball) the newest publication date among the sources, with a warning.
 * Copy buttons put the reader's own date into a copied citation at the moment of copying.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let cached: Date | undefined;

/** Where the "accessed" date came from, for the build log. */
export let contentDateOrigin = '';

export function contentDate(root = process.cwd(), fallback?: () => string | undefined): Date {
  if (cached) return cached;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    contentDateOrigin = 'SOURCE_DATE_EPOCH';
    return (cached = new Date(Number(epoch) * 1000));
  }
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', 'content'], {
      cwd: path.resolve(root),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(seconds)) {
      contentDateOrigin = 'the last commit to content/';
      return (cached = new Date(Number(seconds) * 1000));
    }
  } catch {
    // No Git here: fall through.
  }
  const newest = fallback?.();
  if (newest) {
    contentDateOrigin = 'the newest source publication date (no Git history and no SOURCE_DATE_EPOCH)';
    return (cached = new Date(`${newest}T00:00:00Z`));
  }
  throw new Error('No date for the citations: set SOURCE_DATE_EPOCH, or build from a Git checkout');
}
