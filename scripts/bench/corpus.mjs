// The content, read as JSON, for choosing benchmark pages (no TypeScript needed here).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const content = path.resolve(import.meta.dirname, '../../content');
const list = async (dir) => (await readdir(path.join(content, dir))).filter((f) => f.endsWith('.json')).sort();

export const corpus = {
  metrics: (await list('metrics')).map((f) => ({ id: f.replace(/\.json$/, '') })),
  recommendations: (
    await Promise.all(
      (await list('recommendations')).map(async (f) =>
        JSON.parse(await readFile(path.join(content, 'recommendations', f), 'utf8')),
      ),
    )
  ).flat(),
};
