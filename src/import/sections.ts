/**
 * Parts that recur across sources, known in kk, ru and en: the sections of a TIP country chapter and the
 * parts of a journal article (its headings, and the bold labels that open its abstract, keywords and author
 * notes). They name segments (`protection`, `keywords`) and anchor the alignment: a part known in two
 * versions is the same part, whatever the aligner would guess from lengths.
 */
import type { Block } from './types';

const known: Array<[string, RegExp]> = [
  ['tier', /\((tier \d|уровень \d|\d-деңгей)/],
  ['recommendations', /^((prioritized |priority )?recommendations|(приоритетные )?рекомендации|(басым )?ұсынымдар)/],
  ['prosecution', /^(prosecution|судебное преследование|уголовное преследование|қудалау|қылмыстық қудалау)/],
  ['protection', /^(protection|защита|қорғау)(?!\p{L})/u],
  ['prevention', /^(prevention|предотвращение|профилактика|алдын алу)/],
  ['profile', /^(trafficking profile|профиль страны|профиль торговли людьми|адам саудасының тәжірибесі)/],
  ['abstract', /^(abstract|аннотация|аңдатпа)(?!\p{L})/u],
  ['keywords', /^(keywords|key words|ключевые слова|түйінді сөздер|тірек сөздер)/],
  ['introduction', /^(introduction|введение|кіріспе)/],
  ['methods', /^(materials and methods|methods|материалы и методы|методы|материалдар мен әдістер|әдістер)/],
  [
    'discussion',
    /^(results and discussion|discussion and results|discussion|обсуждение и результаты|результаты и обсуждение|обсуждение|талқылау және нәтижелер|нәтижелер және талқылау|талқылау)/,
  ],
  ['conclusion', /^(conclusions?|заключение|выводы|қорытынды)(?!\p{L})/u],
  [
    'references',
    /^(references|list of references|bibliography|список литературы|список использованных источников|пайдаланылған әдебиеттер|әдебиеттер тізімі)/,
  ],
  ['authors-info', /^(information about (the )?authors|сведения об авторах|авторлар туралы мәліметтер)/],
  ['contributions', /^(contributions? of (the )?authors|authors' contributions|вклад авторов|авторлардың қосқан үлесі)/],
  ['acknowledgements', /^(acknowledg(e)?ments|благодарности|алғыс)(?!\p{L})/u],
  ['citation', /^(for citation|для цитирования|дәйексөз келтіру үшін)/],
  ['conflict-of-interest', /^(conflict of interest|информация о конфликте интересов|конфликт интересов|мүдделер қақтығысы)/],
  ['funding', /^(funding|источник финансирования|финансирование|қаржыландыру көзі)(?!\p{L})/u],
];

/** The words that open a block: a heading's text, or the bold label a paragraph starts with. */
function lead(block: Block): string | null {
  // A short line without a full stop may be a heading not set as one ("Қазақстан (2-деңгей)").
  const shortLine = !block.text.includes('\n') && block.text.split(/\s+/).length <= 8 && !/[.;,]$/.test(block.text);
  const text = block.kind === 'heading' || shortLine ? block.text : /^\*\*([^*]+)\*\*/.exec(block.text)?.[1];
  if (text === undefined) return null;
  return text
    .replace(/[*_`]/g, '')
    .replace(/^[\s\d.]+/, '')
    .trim()
    .toLowerCase();
}

/** The known part a block opens (`protection`, `keywords`), or null. */
export function knownPart(block: Block): string | null {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return null;
  // The copyright line names the authors in each language's part of an article.
  if (block.kind === 'paragraph' && block.text.startsWith('©')) return 'authors';
  const text = lead(block);
  if (text === null) return null;
  return known.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/**
 * What ties a block to its counterparts in the other versions: its known part, or `title` for a
 * version's first heading. Null for ordinary paragraphs, which the aligner pairs.
 */
export function anchorKeys(body: Block[]): Array<string | null> {
  const firstHeading = body.findIndex((b) => b.kind === 'heading');
  return body.map((block, i) => knownPart(block) ?? (i === firstHeading ? 'title' : null));
}
