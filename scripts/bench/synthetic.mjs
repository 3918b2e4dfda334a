// A synthetic corpus shaped like the real one: N sources × 3 aligned languages, with headings,
// paragraphs of realistic length, list items and footnotes; written into a scratch copy of the project
// (source ids are a fixed list in the schema, so the copy's schema lists the synthetic ones).
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const vocabulary = {
  kk: 'адам саудасы құрбан үкімет полиция тергеу баспана еңбек мәжбүрлі қорғау анықтау өңір азамат заң қылмыстық жауапкершілік көмек ұйым'.split(
    ' ',
  ),
  ru: 'торговля людьми жертва правительство полиция расследование приют труд принудительный защита выявление регион гражданин закон уголовный ответственность помощь организация'.split(
    ' ',
  ),
  en: 'trafficking persons victim government police investigation shelter labour forced protection identification region citizen law criminal liability assistance organisation'.split(
    ' ',
  ),
};

function sentence(lang, seed, words) {
  const list = vocabulary[lang];
  const out = [];
  for (let i = 0; i < words; i++) out.push(list[(seed * 7 + i * 13) % list.length]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')} ${2000 + (seed % 25)} ${(seed * 37) % 500}.`;
}

function text(id, lang, segments) {
  const blocks = [`---\nsource: ${id}\nlang: ${lang}\n---`, `# ${sentence(lang, 1, 6)} {#title}`];
  for (let i = 1; i <= segments; i++) {
    if (i % 8 === 1) blocks.push(`## ${sentence(lang, i, 2)} {#section-${i}}`);
    else if (i % 11 === 0) blocks.push(`- ${sentence(lang, i, 18)} {#item-${i}}`);
    else blocks.push(`${sentence(lang, i, 40 + (i % 5) * 15)}${i % 13 === 0 ? `[^${i}]` : ''} {#para-${i}}`);
  }
  for (let i = 13; i <= segments; i += 13) blocks.push(`[^${i}]: ${sentence(lang, i, 12)} {#fn-${i}}`);
  return blocks.join('\n\n') + '\n';
}

function source(id, n) {
  return {
    kind: 'report-chapter',
    title: { kk: `Синтетикалық ${n}`, ru: `Синтетический ${n}`, en: `Synthetic ${n}` },
    label: { kk: `Синт. ${n}`, ru: `Синт. ${n}`, en: `Synth. ${n}` },
    summary: { kk: 'Өлшеуге арналған.', ru: 'Для замеров.', en: 'For measurements.' },
    authors: [],
    publisher: null,
    published: `${2015 + (n % 10)}`,
    coverage: { from: 2014, to: 2015 + (n % 10) },
    versions: { kk: { role: 'translation' }, ru: { role: 'translation' }, en: { role: 'original' } },
  };
}

/** Writes a scratch project with `count` synthetic sources; returns its path. */
export async function syntheticProject(root, count, segments = 40) {
  const dir = path.join(tmpdir(), `kz-synthetic-${count}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    await cp(path.join(root, item), path.join(dir, item), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  await cp(path.join(root, 'content', 'themes'), path.join(dir, 'content', 'themes'), { recursive: true });
  const ids = Array.from({ length: count }, (_, i) => `synthetic-${i + 1}`);
  await mkdir(path.join(dir, 'content', 'sources'), { recursive: true });
  for (const [n, id] of ids.entries()) {
    await writeFile(path.join(dir, 'content', 'sources', `${id}.json`), JSON.stringify(source(id, n + 1)));
    await mkdir(path.join(dir, 'content', 'texts', id), { recursive: true });
    for (const lang of ['kk', 'ru', 'en'])
      await writeFile(path.join(dir, 'content', 'texts', id, `${lang}.md`), text(id, lang, segments));
  }
  return dir;
}
