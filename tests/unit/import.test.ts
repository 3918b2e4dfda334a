/**
 * The importer on small raw fixtures (made-up text, damaged the way web and PDF copies are): each kind of
 * damage is repaired, the repair is listed, and no word is changed.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseText } from '../../src/corpus/segments';
import { readDates } from '../../src/import/dates';
import { importSource } from '../../src/import';
import { slugify } from '../../src/import/ids';
import type { Locale } from '../../src/i18n/locales';

const one = (raw: string, lang: Locale = 'en') => importSource('test-source', [{ name: `${lang}.txt`, langs: [lang], raw }]);
const segments = (markdown: string) => {
  const parsed = parseText(markdown);
  expect(parsed.problems).toEqual([]);
  return parsed.segments.map((s) => ({ id: s.id, kind: s.kind, text: s.text }));
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).sort();

describe('importer: repairs on raw text', () => {
  it('drops page chrome and keeps the page date for the source file', () => {
    const result = one(
      [
        'Flag',
        '',
        'An official website of the United States government',
        '',
        'Annual Report 2024',
        '4 MINUTE READ',
        'June 24, 2024',
        '',
        'Annual Report 2024',
        '',
        'The ministry opened 12 shelters. Volunteers staffed them.',
        '',
        'Read also',
      ].join('\n'),
    );
    expect(segments(result.texts.en!).map((s) => s.text)).toEqual([
      'Annual Report 2024',
      'The ministry opened 12 shelters. Volunteers staffed them.',
    ]);
    expect(result.repairs.filter((r) => r.rule === 'chrome').map((r) => r.line)).toEqual([1, 3, 5, 6, 7, 13]);
    expect(result.sourceJson.published).toBe('2024-06-24');
  });

  it('drops breadcrumbs, share buttons and page numbers in each language', () => {
    const result = one(
      ['Басты бет / Жаңалықтар / Есептер', '', 'Бөлісу', '', 'Қор 214 адамға көмек көрсетті.', '', '2 / 2 бет'].join('\n'),
      'kk',
    );
    expect(segments(result.texts.kk!).map((s) => s.text)).toEqual(['Қор 214 адамға көмек көрсетті.']);
    expect(result.repairs.map((r) => r.detail)).toEqual([
      'breadcrumbs: «Басты бет / Жаңалықтар / Есептер»',
      'share buttons: «Бөлісу»',
      'page number: «2 / 2 бет»',
    ]);
  });

  it('rejoins words hyphenated at line ends and lines wrapped mid-sentence', () => {
    const raw = [
      'The commission reviewed the cases of forty-two workers who had been re-',
      'cruited abroad and found that their employers kept their pass-',
      'ports for months.',
      '',
      'A second paragraph follows here.',
    ].join('\n');
    const result = one(raw);
    const [first] = segments(result.texts.en!);
    expect(first!.text).toBe(
      'The commission reviewed the cases of forty-two workers who had been recruited abroad and found that their employers kept their passports for months.',
    );
    expect(result.repairs.filter((r) => r.rule === 'hyphenation').map((r) => r.detail)).toEqual([
      '«re-cruited» → «recruited»',
      '«pass-ports» → «passports»',
    ]);
    // A hyphen that is part of the word ("forty-two") is not a line end and stays.
    expect(first!.text).toContain('forty-two');
  });

  it('keeps meant line breaks (one sentence per line, no wrapping) and sets the headline apart', () => {
    const result = one(
      'Headline of the story\nA standfirst under it\n\nFirst sentence without a stop\nSecond sentence on its own line\n\nNext paragraph here',
    );
    expect(segments(result.texts.en!).map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Headline of the story'],
      ['paragraph', 'A standfirst under it'],
      ['paragraph', 'First sentence without a stop\nSecond sentence on its own line'],
      ['paragraph', 'Next paragraph here'],
    ]);
  });

  it('moves footnotes printed between the halves of a paragraph to the notes and joins the halves', () => {
    const raw = [
      'Правительство сообщило о 26 расследованиях<sup>1</sup>, из которых',
      '',
      '<sup>1</sup> Доклад министерства за 2023 год.',
      '',
      'большая часть касалась трудовой эксплуатации.',
      '',
      'Следующий абзац.',
    ].join('\n');
    const result = one(raw, 'ru');
    const list = segments(result.texts.ru!);
    expect(list.map((s) => [s.kind, s.text])).toEqual([
      ['paragraph', 'Правительство сообщило о 26 расследованиях1, из которых большая часть касалась трудовой эксплуатации.'],
      ['paragraph', 'Следующий абзац.'],
      ['footnote', 'Доклад министерства за 2023 год.'],
    ]);
    expect(result.texts.ru).toContain('расследованиях[^1], из которых');
    expect(result.texts.ru).toMatch(/^\[\^1\]: Доклад министерства за 2023 год\. \{#fn-1\}$/m);
    expect(result.repairs.map((r) => r.rule)).toEqual(['footnote', 'page-break']);
  });

  it('keeps superscript keys (authors and affiliations) as text, not footnotes', () => {
    const raw = [
      '© A. Author<sup>1</sup>, B. Author<sup>2</sup>, 2026',
      '',
      '<sup>1</sup>First University',
      '',
      '<sup>2</sup>Second University',
    ].join('\n');
    const list = segments(one(raw).texts.en!);
    expect(list.map((s) => s.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(list[1]!.text).toBe('1First University');
  });

  it('joins a paragraph split by a page break (lower-case continuation) and says where', () => {
    const raw = [
      'The shelters received funding from the regional',
      '',
      'budgets and from two foreign donors.',
      '',
      'Another paragraph.',
    ].join('\n');
    const result = one(raw);
    expect(segments(result.texts.en!).map((s) => s.text)).toEqual([
      'The shelters received funding from the regional budgets and from two foreign donors.',
      'Another paragraph.',
    ]);
    expect(result.repairs).toEqual([expect.objectContaining({ rule: 'page-break', line: 3 })]);
  });

  it('does not join separate headings or sentences that end', () => {
    const raw = ['PROTECTION', '', 'The government increased protection efforts.', '', 'Officials identified 20 victims.'].join(
      '\n',
    );
    expect(segments(one(raw).texts.en!).map((s) => s.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('sets headings in capitals apart, including run-in ones, and restores flattened bullets', () => {
    const raw = [
      'Annual Report 2024',
      '',
      'PRIORITIZED RECOMMENDATIONS: Train police officers. * Fund shelters fully. * Amend the criminal code.',
      '',
      'PROSECUTION',
      '',
      'Police opened 26 investigations.',
    ].join('\n');
    const result = one(raw);
    expect(segments(result.texts.en!).map((s) => [s.id, s.kind, s.text])).toEqual([
      ['title', 'heading', 'Annual Report 2024'],
      ['recommendations', 'heading', 'PRIORITIZED RECOMMENDATIONS:'],
      ['recommendations-1', 'list-item', 'Train police officers.'],
      ['recommendations-2', 'list-item', 'Fund shelters fully.'],
      ['recommendations-3', 'list-item', 'Amend the criminal code.'],
      ['prosecution', 'heading', 'PROSECUTION'],
      ['prosecution-1', 'paragraph', 'Police opened 26 investigations.'],
    ]);
    expect(result.repairs.map((r) => r.rule)).toEqual(['heading', 'heading', 'bullets', 'heading']);
  });

  it('changes no word: the output holds exactly the input words, but chrome, bullet signs and rejoined halves', () => {
    const raw =
      'HEADING IN CAPITALS\n\nA sentence that is bro-\nken and wrapped across\nlines. * Item two.\n\n3 MINUTE READ\n\nLast one.';
    const result = one(raw);
    const out = segments(result.texts.en!)
      .map((s) => s.text)
      .join(' ');
    expect(words(out)).toEqual(
      words('HEADING IN CAPITALS A sentence that is broken and wrapped across lines. Item two. Last one.'),
    );
  });
});

describe('importer: languages and alignment', () => {
  const ru = ['ЗАЩИТА', '', 'Правительство выявило 120 жертв, из них 45 иностранцев.', '', 'Приюты получили 30 млн тенге.'].join(
    '\n',
  );
  const kk = ['ҚОРҒАУ', '', 'Үкімет 120 құрбанды анықтады, оның 45-і шетелдіктер.', '', 'Баспаналар 30 млн теңге алды.'].join(
    '\n',
  );

  it('gives aligned paragraphs the same ids in every language, named from the known heading', () => {
    const result = importSource('test-source', [
      { name: 'kk.txt', langs: ['kk'], raw: kk },
      { name: 'ru.txt', langs: ['ru'], raw: ru },
    ]);
    expect(segments(result.texts.kk!).map((s) => s.id)).toEqual(['protection', 'protection-1', 'protection-2']);
    expect(segments(result.texts.ru!).map((s) => s.id)).toEqual(['protection', 'protection-1', 'protection-2']);
    expect(result.units.every((u) => u.confidence !== null && u.confidence > 0)).toBe(true);
  });

  it('tells the languages of one mixed file apart and declares what a language lacks as absent', () => {
    const mixed = [
      ru,
      '',
      'Авторлар туралы мәліметтер және алғыс үшін қосымша мәтін.',
      '',
      'ORCID: <https://orcid.org/0000-0002-0000-0000>;',
      '',
      'Қаржыландыру көзі туралы ақпарат жоқ.',
      '',
      'Information about the authors and their thanks to the reviewers.',
    ].join('\n');
    const result = importSource('test-source', [{ name: 'mixed.txt', langs: ['ru', 'kk', 'en'], raw: mixed }]);
    expect(Object.keys(result.texts).sort()).toEqual(['en', 'kk', 'ru']);
    expect(segments(result.texts.ru!).map((s) => s.text)).toContain('Правительство выявило 120 жертв, из них 45 иностранцев.');
    // The ORCID line has no language of its own: it stays with the paragraphs around it.
    expect(segments(result.texts.kk!).map((s) => s.text)).toEqual([
      'Авторлар туралы мәліметтер және алғыс үшін қосымша мәтін.',
      'ORCID: https://orcid.org/0000-0002-0000-0000;',
      'Қаржыландыру көзі туралы ақпарат жоқ.',
    ]);
    expect(segments(result.texts.en!).map((s) => s.text)).toEqual([
      'Information about the authors and their thanks to the reviewers.',
    ]);
    expect(result.texts.kk).toMatch(/^absent: \[.*protection.*\]$/m);
  });

  it('lists every number with its sentence and segment', () => {
    const result = importSource('test-source', [{ name: 'ru.txt', langs: ['ru'], raw: ru }]);
    expect(result.numbers).toEqual([
      {
        segment: 'protection-1',
        lang: 'ru',
        values: [120, 45],
        sentence: 'Правительство выявило 120 жертв, из них 45 иностранцев.',
      },
      { segment: 'protection-2', lang: 'ru', values: [30000000], sentence: 'Приюты получили 30 млн тенге.' },
    ]);
  });
});

describe('importer: helpers', () => {
  it('reads publication dates as pages print them', () => {
    expect(readDates('30 июня, 2023')).toEqual(['2023-06-30']);
    expect(readDates('June 24, 2024')).toEqual(['2024-06-24']);
    expect(readDates('2024 жылғы 5 шілде')).toEqual(['2024-07-05']);
    expect(readDates('31.02.2024')).toEqual([]);
  });

  it('makes readable ids from headings in any script', () => {
    expect(slugify('Сведения об авторах:')).toBe('svedeniya-ob-avtorakh');
    expect(slugify('Information about authors')).toBe('information-about-authors');
    expect(slugify('**Қаржыландыру көзі**')).toBe('qarzhylandyru-kozi');
  });
});

// The command runs the content gate several times: give it time on a busy machine.
describe('npm run import (the command)', { timeout: 60_000 }, () => {
  const fixture = new URL('../fixtures/valid', import.meta.url).pathname;
  const kk = 'ҚОРҒАУ\n\nҮкімет 2023 жылы 120 құрбанды анықтады, оның 45-і шетелдіктер.\n';
  const ru = 'ЗАЩИТА\n\nВ 2023 году правительство выявило 120 жертв, из них 45 иностранцев.\n';

  async function project() {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(`${tmpdir()}/import-cli-`);
    cpSync(fixture, root, { recursive: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${root}/content/originals`, { recursive: true });
    writeFileSync(`${root}/content/originals/new-report.kk.txt`, kk);
    writeFileSync(`${root}/content/originals/new-report.ru.txt`, ru);
    writeFileSync(`${root}/content/originals/README.md`, 'new-report.kk.txt, new-report.ru.txt: made up for this test.\n');
    return root;
  }
  /** The import command's arguments for the two made-up texts `project` writes. */
  const importArgs = (root: string) => [
    'new-report',
    `kk=${root}/content/originals/new-report.kk.txt`,
    `ru=${root}/content/originals/new-report.ru.txt`,
  ];

  it('writes the drafts and the review, lists the decisions left, and never replaces content without --force', async () => {
    const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
    const { main } = await import('../../src/import/cli');
    const { loadCorpus } = await import('../../src/corpus/load');
    const root = await project();
    const printed: string[] = [];
    const log = (...args: unknown[]) => printed.push(args.join(' '));
    const spies = [vi.spyOn(console, 'log').mockImplementation(log), vi.spyOn(console, 'error').mockImplementation(log)];
    try {
      const args = importArgs(root);
      expect(await main(args, root)).toBe(0);
      for (const file of [
        'content/texts/new-report/kk.md',
        'content/texts/new-report/ru.md',
        'content/sources/new-report.json',
        'imports/new-report.review.md',
      ])
        expect(existsSync(`${root}/${file}`), file).toBe(true);

      // The fidelity test will hold the texts to their originals: nothing was dropped, nothing changed.
      expect(JSON.parse(readFileSync(`${root}/tests/conversions.json`, 'utf8'))).toEqual([
        { seed: 'new-report.kk.txt', texts: ['new-report/kk'], chrome: [] },
        { seed: 'new-report.ru.txt', texts: ['new-report/ru'], chrome: [] },
      ]);

      // What the gate finds in the drafts is exactly what the tool told the editor to decide.
      const gate = (await loadCorpus(root)).problems;
      expect(gate.length).toBeGreaterThan(0);
      const output = printed.join('\n');
      expect(output).toContain('Not ready yet');
      for (const field of ['"title"', '"kind"', '"label.kk"', '"summary.en"', '"coverage.from"', '"versions.ru.role"']) {
        expect(
          gate.some((p) => p.includes(`field ${field}`)),
          field,
        ).toBe(true);
        expect(output, field).toContain(field);
      }

      // The editor's part: fill in what only an editor knows; then the content passes.
      const file = `${root}/content/sources/new-report.json`;
      const draft = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(
        file,
        JSON.stringify({
          ...draft,
          kind: 'report-chapter',
          title: { ru: 'Новый отчёт' },
          label: { kk: 'Жаңа есеп', ru: 'Новый отчёт', en: 'New report' },
          summary: { kk: 'Сынақ есебі.', ru: 'Тестовый отчёт.', en: 'A test report.' },
          published: '2024',
          coverage: { from: 2023, to: 2023 },
          versions: { kk: { role: 'translation' }, ru: { role: 'translation' } },
        }),
      );
      // …and every number of the texts becomes a figure (or a ledger entry with its reason: see content/ledger/).
      writeFileSync(
        `${root}/content/metrics/victims-identified.json`,
        JSON.stringify({
          name: { kk: 'Анықталған құрбандар', ru: 'Выявленные жертвы', en: 'Victims identified' },
          definition: { kk: 'Анықталған құрбандар саны.', ru: 'Число выявленных жертв.', en: 'Number of victims identified.' },
          unit: 'people',
        }),
      );
      writeFileSync(
        `${root}/content/figures/new-report.json`,
        JSON.stringify([
          {
            id: 'new-report-victims-identified-2023',
            metric: 'victims-identified',
            period: '2023',
            value: 120,
            counts: 'people',
            coverage: 'year',
            segment: 'protection-1',
            quotes: { kk: '120 құрбанды анықтады', ru: 'выявило 120 жертв' },
          },
          {
            id: 'new-report-victims-identified-2023-foreigners',
            metric: 'victims-identified',
            period: '2023',
            value: 45,
            counts: 'people',
            coverage: 'year',
            partOf: 'new-report-victims-identified-2023',
            breakdown: ['foreigners'],
            segment: 'protection-1',
            quotes: { kk: 'оның 45-і шетелдіктер', ru: 'из них 45 иностранцев' },
          },
        ]),
      );
      expect((await loadCorpus(root)).problems).toEqual([]);
      expect(await main(['--check', 'new-report'], root)).toBe(0);

      // A second import refuses to replace the edited files…
      const before = readFileSync(file, 'utf8');
      expect(await main(args, root)).toBe(1);
      expect(printed.join('\n')).toContain('Not replacing what exists (add --force to replace it)');
      expect(readFileSync(file, 'utf8')).toBe(before);
      // …unless told to.
      expect(await main([...args, '--force'], root)).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toBe(before);

      // A section renamed before publication: its heading and numbered paragraphs, in every language.
      expect(await main(['--rename', 'new-report', 'protection', 'assistance'], root)).toBe(0);
      for (const lang of ['kk', 'ru'])
        expect(parseText(readFileSync(`${root}/content/texts/new-report/${lang}.md`, 'utf8')).segments.map((s) => s.id)).toEqual([
          'assistance',
          'assistance-1',
        ]);
      expect(await main(['--rename', 'new-report', 'protection', 'other'], root)).toBe(1);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('drafts our section labels a language lacks from other sources; a second import replaces them only with --force', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { main } = await import('../../src/import/cli');
    const { loadCorpus } = await import('../../src/corpus/load');
    const root = await project();
    // A title, then a section the fixture's tip-2023 labels in English (content/sections/tip-2023.json).
    writeFileSync(`${root}/content/originals/new-report.kk.txt`, `Жаңа есеп\n\n${kk}`);
    writeFileSync(`${root}/content/originals/new-report.ru.txt`, `Новый отчёт\n\n${ru}`);
    const spies = [
      vi.spyOn(console, 'log').mockImplementation(() => {}),
      vi.spyOn(console, 'error').mockImplementation(() => {}),
    ];
    try {
      const args = importArgs(root);
      expect(await main(args, root)).toBe(0);
      const file = `${root}/content/sections/new-report.json`;
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ labels: { protection: { en: 'Protection' } } });
      expect(readFileSync(`${root}/imports/new-report.review.md`, 'utf8')).toContain(
        '- [ ] check our section labels drafted in `content/sections/new-report.json` from other sources: protection (en, from tip-2023)',
      );
      expect((await loadCorpus(root)).problems.filter((p) => p.includes('content/sections/'))).toEqual([]);
      // The editor's own label survives a second import without --force.
      const edited = { labels: { protection: { en: 'Victim protection' } } };
      writeFileSync(file, JSON.stringify(edited));
      expect(await main(args, root)).toBe(1);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(edited);
      expect(await main([...args, '--force'], root)).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ labels: { protection: { en: 'Protection' } } });
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('rejects a bad id or language before reading anything', async () => {
    const { main } = await import('../../src/import/cli');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    try {
      expect(await main(['New Report', 'kk=x.txt'], '/nonexistent')).toBe(2);
      expect(await main(['new-report', 'kz=x.txt'], '/nonexistent')).toBe(2);
      expect(errors.join('\n')).toContain('source id "New Report" must be lowercase kebab-case');
      expect(errors.join('\n')).toContain('"kz" is not a language of this site (use kk, ru, en)');
    } finally {
      spy.mockRestore();
    }
  });
});
