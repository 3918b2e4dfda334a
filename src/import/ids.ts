/**
 * Readable segment ids: lowercase kebab-case from a heading's words (Cyrillic transliterated), never
 * handed out twice. Known sections get their names from `sections.ts` instead.
 */
import { slugPattern } from '../schemas/common';

const cyrillic: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Plain words of Markdown text: emphasis, marks and footnote references dropped. */
function words(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]]+\]|<[^>]+>/g, ' ')
    .replace(/[*_`]/g, '')
    .toLowerCase();
}

/** Lowercase kebab-case from any text; Cyrillic transliterated. At most `max` words. */
export function slugify(text: string, max = 4): string {
  const latin = [...words(text)].map((c) => cyrillic[c] ?? c).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, max)
    .join('-');
  return slugPattern.test(slug) ? slug : 'section';
}

/** Hands out ids, never the same twice: `protection`, then `protection-2` for a second such heading. */
export class IdRegistry {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
