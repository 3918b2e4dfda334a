/**
 * Raw folders (`layout.kind === 'raw'`, e.g. `content/originals/`): files kept byte for byte, so they
 * are not normalised or parsed. Each must be accounted for: named in the folder's README.md, which says
 * where it came from.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { collections, contentFolders, type CollectionSpec } from '../schemas/collections';
import { formatProblem, rawFiles } from './read';

export async function checkRawFolders(root: string): Promise<string[]> {
  const problems: string[] = [];
  for (const folder of contentFolders) {
    const layout = (collections[folder] as CollectionSpec).layout;
    if (layout.kind !== 'raw') continue;
    const files = await rawFiles(root, folder);
    const misplaced = files.filter((f) => f !== 'README.md' && (f.includes('/') || !f.endsWith(layout.extension)));
    for (const f of misplaced)
      problems.push(
        formatProblem(
          `content/${folder}/${f}`,
          null,
          null,
          `is not where it belongs: content/${folder}/ holds only ${layout.extension} files and a README.md`,
        ),
      );
    const held = files.filter((f) => !misplaced.includes(f) && f !== 'README.md');
    if (!held.length) continue;
    const readme = await readFile(path.join(root, 'content', folder, 'README.md'), 'utf8').catch(() => null);
    if (readme === null) {
      problems.push(
        formatProblem(
          `content/${folder}/README.md`,
          null,
          null,
          `is missing: say where each file of content/${folder}/ came from`,
        ),
      );
      continue;
    }
    for (const f of held)
      if (!readme.includes(f))
        problems.push(
          formatProblem(
            `content/${folder}/${f}`,
            null,
            null,
            `has no provenance: name it in content/${folder}/README.md and say where it came from`,
          ),
        );
  }
  return problems;
}
