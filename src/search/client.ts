/**
 * The search page: Pagefind's JS API with our own interface (Pagefind's UI has no Kazakh strings).
 *
 * Design. Pagefind builds one index per <html lang>: on /{L}/ pages only the text in language L is
 * indexed (the other cells are data-pagefind-ignore), so the kk index holds the Kazakh texts, the ru
 * index the Russian ones with Russian stemming, the en index the English ones with English stemming.
 * Each language's index is searched in its own hidden frame, /search-index/{L}/, a page whose
 * <html lang> is L, and the frames answer over postMessage. Why not one Pagefind with `mergeIndex`:
 *  - the stemmer is compiled into Pagefind's per-language WebAssembly, and an index merged with
 *    `mergeIndex(…, { language })` is searched with the primary index's WebAssembly, so a Russian query
 *    against a merged ru index is not stemmed as Russian (measured: `жертвами` finds 15 Russian pages
 *    from a ru primary, 1 when ru is merged into an en or kk primary);
 *  - the primary index is always the page's <html lang> (also for `createInstance`), so "Russian only"
 *    from /en/search/ needs a page whose language is Russian;
 *  - Pagefind's module and worker keep one WebAssembly per page, so instances of different languages
 *    in one page would overwrite each other's.
 * A frame costs one small HTML page and its script; pagefind.js and the worker come from the HTTP
 * cache after the first frame. Scores of different indexes are not comparable, so "all languages"
 * interleaves the three lists by rank. Each hit's address is rewritten to the reader's interface
 * locale: a Russian passage found from /kk/search/ opens /kk/sources/…/#passage, beside its translations.
 */
import { foldKazakh } from './fold';
import type { SearchRequest, SearchResponse } from './protocol';
import {
  exactPhrase,
  hitKind,
  hitLanguage,
  inLocale,
  parseSearch,
  phrasePositions,
  searchQuery,
  type SearchState,
} from './query';

const languages = ['kk', 'ru', 'en'] as const;
const frames = new Map<string, Promise<HTMLIFrameElement>>();
let nextId = 1;
/** A frame that has not answered by then is taken as failed (its language gives no results). */
const frameTimeout = 20_000;

/** The hidden frame that holds one language's index (see pages/search-index). */
function frameFor(lang: string): Promise<HTMLIFrameElement> {
  if (!frames.has(lang)) {
    frames.set(
      lang,
      new Promise((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.hidden = true;
        frame.tabIndex = -1;
        frame.setAttribute('aria-hidden', 'true');
        frame.title = `search ${lang}`;
        const timer = setTimeout(() => {
          window.removeEventListener('message', onReady);
          frames.delete(lang);
          frame.remove();
          reject(new Error(`search frame ${lang} did not start`));
        }, frameTimeout);
        const onReady = (event: MessageEvent) => {
          if (event.origin === location.origin && event.data?.type === 'ready' && event.data.lang === lang) {
            window.removeEventListener('message', onReady);
            clearTimeout(timer);
            resolve(frame);
          }
        };
        window.addEventListener('message', onReady);
        frame.src = `/search-index/${lang}/`;
        document.body.append(frame);
      }),
    );
  }
  return frames.get(lang)!;
}

async function searchIn(lang: string, q: string, filters: Record<string, string>): Promise<SearchResponse> {
  const frame = await frameFor(lang);
  const id = nextId++;
  return new Promise((resolve) => {
    const onResults = (event: MessageEvent<SearchResponse>) => {
      if (event.origin !== location.origin || event.data?.type !== 'results' || event.data.id !== id) return;
      window.removeEventListener('message', onResults);
      resolve(event.data);
    };
    window.addEventListener('message', onResults);
    const request: SearchRequest = { type: 'search', id, q, filters };
    frame.contentWindow!.postMessage(request, location.origin);
  });
}

export interface Hit {
  lang: string;
  url: string;
  title: string;
  excerpt: string;
}

/** How many passages of one page are listed; the rest of the page is one click away. */
const passagesPerPage = 5;

async function runSearch(state: SearchState): Promise<{ hits: Hit[]; failed: boolean }> {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  const phrase = exactPhrase(state.q);
  // Pagefind's exact search takes straight quotes; «…» and “…” are read as the same.
  const term = phrase ? `"${phrase}"` : state.q;
  const langs = state.lang ? [state.lang] : [...languages];
  const answers = await Promise.all(
    langs.map((lang) =>
      searchIn(lang, term, filters).catch(
        (error: unknown) => ({ lang, results: [], error: String(error) }) as Pick<SearchResponse, 'lang' | 'results' | 'error'>,
      ),
    ),
  );
  const failed = answers.some((a) => a.error);
  // Scores of different indexes are not comparable: interleave the languages by rank.
  const pages = answers
    .flatMap((answer) => answer.results.map((data, rank) => ({ lang: answer.lang, rank, data })))
    .sort((a, b) => a.rank - b.rank);
  const hits: Hit[] = [];
  for (const { lang, data } of pages) {
    // Paragraph-level hits: each passage (sub-result) is its own deep link.
    const anchored = (data.sub_results ?? []).filter((s) => s.url.includes('#'));
    let subs = anchored;
    if (phrase) {
      // Keep the passages where the phrase itself occurs, not just its words (the Kazakh index is
      // compared folded, as it was searched).
      const fold = lang === 'kk' ? foldKazakh : (text: string) => text;
      const starts = phrasePositions(fold(data.content ?? ''), fold(phrase));
      if (starts.length === 0) continue;
      const length = phrase.split(/\s+/).length;
      subs = subs.filter((s) => (s.locations ?? []).some((at) => starts.some((p) => at >= p && at < p + length)));
      if (subs.length === 0 && anchored.length > 0) continue;
    }
    if (subs.length === 0) hits.push({ lang, url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt });
    for (const sub of subs.slice(0, passagesPerPage))
      hits.push({ lang: hitLanguage(sub.url) ?? lang, url: sub.url, title: sub.title, excerpt: sub.excerpt });
  }
  return { hits, failed };
}

interface Messages {
  results: string;
  resultsOne: string;
  loading: string;
  none: string;
  tryAll: string;
  clearFilters: string;
  error: string;
  hitLanguage: string;
  langs: Record<string, string>;
  kinds: Record<string, string>;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const locale = form.dataset.locale!;
  const messages = JSON.parse(form.dataset.messages!) as Messages;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  document.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
  form.hidden = false;

  const read = (): SearchState => {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    return {
      q: value('q').trim(),
      lang: value('lang'),
      filters: { source: value('source'), year: value('year'), kind: value('kind') },
    };
  };
  const write = (state: SearchState) => {
    input.value = state.q;
    for (const name of ['lang', 'source', 'year', 'kind'] as const) {
      const value = name === 'lang' ? state.lang : (state.filters[name] ?? '');
      if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
    }
  };
  const button = (text: string, action: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    element.addEventListener('click', () => {
      action();
      void render();
      input.focus();
    });
    return element;
  };

  let generation = 0;
  const render = async () => {
    const state = read();
    const url = new URL(location.href);
    url.search = searchQuery(state);
    history.replaceState(null, '', url);
    const mine = ++generation;
    if (!state.q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    const { hits, failed } = await runSearch(state);
    if (mine !== generation) return;
    list.replaceChildren();
    if (hits.length === 0) {
      status.textContent = failed ? messages.error : messages.none.replace('{q}', state.q);
      // Suggest the wider search: all languages first, then without the filters.
      if (state.lang)
        status.append(
          ' ',
          button(messages.tryAll, () => (select('lang').value = '')),
        );
      if (Object.values(state.filters).some(Boolean))
        status.append(
          ' ',
          button(messages.clearFilters, () => ['source', 'year', 'kind'].forEach((n) => (select(n).value = ''))),
        );
      return;
    }
    status.textContent = hits.length === 1 ? messages.resultsOne : messages.results.replace('{count}', String(hits.length));
    for (const hit of hits) {
      const item = document.createElement('li');
      item.dataset.hitLang = hit.lang;
      const link = document.createElement('a');
      link.href = inLocale(hit.url, locale);
      link.textContent = hit.title;
      // Titles and excerpts come from the index of the text's language.
      link.lang = hit.lang;
      const about = document.createElement('span');
      about.className = 'hit-about';
      const kind = messages.kinds[hitKind(hit.url) ?? ''];
      if (kind) {
        const badge = document.createElement('span');
        badge.className = 'hit-kind';
        badge.textContent = kind;
        about.append(badge, ' ');
      }
      const badge = document.createElement('span');
      badge.className = 'hit-lang';
      badge.textContent = messages.hitLanguage.replace('{lang}', messages.langs[hit.lang] ?? hit.lang);
      about.append(badge);
      const excerpt = document.createElement('p');
      excerpt.lang = hit.lang;
      // Pagefind's excerpt (or ours, for Kazakh) is escaped text from our own index, with <mark> around the matches.
      excerpt.innerHTML = hit.excerpt;
      item.append(link, ' ', about, excerpt);
      list.append(item);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void render();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void render();
  });
  // Keyboard: Down from the box goes to the results, Up/Down move between them, Up from the first returns.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.querySelector('a')) {
      list.querySelector<HTMLAnchorElement>('a')!.focus();
      event.preventDefault();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) input.focus();
    else links[Math.min(links.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });

  // Start the frames when the reader goes to the box: the indexes load while they type.
  input.addEventListener(
    'focus',
    () => {
      for (const lang of read().lang ? [read().lang] : languages) frameFor(lang).catch(() => undefined);
    },
    { once: true },
  );
  write(parseSearch(location.search));
  void render();
}
