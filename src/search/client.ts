/**
 * The search page: Pagefind's JS API with our own interface (Pagefind's has no Kazakh strings).
 * Each language's index is searched in its own hidden frame; "all languages" asks the three and interleaves them.
 */
import type { ResultData, SearchRequest, SearchResponse } from './protocol';
import { exactPhrase, hitLanguage, inLocale, parseSearch, phrasePositions, searchQuery, type SearchState } from './query';

const languages = ['kk', 'ru', 'en'] as const;
const frames = new Map<string, Promise<HTMLIFrameElement>>();
let nextId = 1;

/** The hidden frame that holds one language's index (see pages/search-index). */
function frameFor(lang: string): Promise<HTMLIFrameElement> {
  if (!frames.has(lang)) {
    frames.set(
      lang,
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.hidden = true;
        frame.tabIndex = -1;
        frame.setAttribute('aria-hidden', 'true');
        frame.title = `search ${lang}`;
        const onReady = (event: MessageEvent) => {
          if (event.origin === location.origin && event.data?.type === 'ready' && event.data.lang === lang) {
            window.removeEventListener('message', onReady);
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

async function searchIn(lang: string, q: string, filters: Record<string, string>): Promise<ResultData[]> {
  const frame = await frameFor(lang);
  const id = nextId++;
  return new Promise((resolve) => {
    const onResults = (event: MessageEvent<SearchResponse>) => {
      if (event.origin !== location.origin || event.data?.type !== 'results' || event.data.id !== id) return;
      window.removeEventListener('message', onResults);
      resolve(event.data.results);
    };
    window.addEventListener('message', onResults);
    const request: SearchRequest = { type: 'search', id, q, filters };
    frame.contentWindow!.postMessage(request, location.origin);
  });
}

interface Hit {
  lang: string;
  url: string;
  title: string;
  excerpt: string;
}

async function runSearch(state: SearchState): Promise<Hit[]> {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  const phrase = exactPhrase(state.q);
  const langs = state.lang ? [state.lang] : [...languages];
  const found = await Promise.all(
    langs.map(async (lang) => (await searchIn(lang, state.q, filters)).map((data, rank) => ({ lang, rank, data }))),
  );
  // Scores of different indexes are not comparable: interleave the languages by rank.
  const pages = found.flat().sort((a, b) => a.rank - b.rank);
  const hits: Hit[] = [];
  for (const { lang, data } of pages) {
    // Paragraph-level hits: each passage (sub-result) is its own deep link.
    let subs = (data.sub_results ?? []).filter((s) => s.url.includes('#'));
    if (phrase) {
      // Keep the passages where the phrase itself occurs, not just its words.
      const starts = phrasePositions(data.content ?? '', phrase);
      const length = phrase.split(/\s+/).length;
      subs = subs.filter((s) => (s.locations ?? []).some((at) => starts.some((p) => at >= p && at < p + length)));
      if (starts.length === 0) continue;
      if (subs.length === 0 && (data.sub_results ?? []).some((s) => s.url.includes('#'))) continue;
    }
    if (subs.length === 0) hits.push({ lang, url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt });
    for (const sub of subs.slice(0, 5))
      hits.push({ lang: hitLanguage(sub.url) ?? lang, url: sub.url, title: sub.title, excerpt: sub.excerpt });
  }
  return hits;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const locale = form.dataset.locale!;
  const messages = JSON.parse(form.dataset.messages!) as {
    results: string;
    loading: string;
    none: string;
    tryAll: string;
    hitLanguage: string;
    langs: Record<string, string>;
  };
  const input = form.elements.namedItem('q') as HTMLInputElement;
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
      const select = form.elements.namedItem(name) as HTMLSelectElement;
      const value = name === 'lang' ? state.lang : (state.filters[name] ?? '');
      if ([...select.options].some((o) => o.value === value)) select.value = value;
    }
  };

  let generation = 0;
  const render = async () => {
    const state = read();
    const url = new URL(location.href);
    url.search = searchQuery(state);
    history.replaceState(null, '', url);
    const mine = ++generation;
    list.replaceChildren();
    if (!state.q) {
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    const hits = await runSearch(state);
    if (mine !== generation) return;
    if (hits.length === 0) {
      status.textContent = messages.none.replace('{q}', state.q);
      if (state.lang) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = messages.tryAll;
        button.addEventListener('click', () => {
          (form.elements.namedItem('lang') as HTMLSelectElement).value = '';
          void render();
        });
        status.append(' ', button);
      }
      return;
    }
    status.textContent = messages.results.replace('{count}', String(hits.length));
    for (const hit of hits) {
      const item = document.createElement('li');
      item.dataset.hitLang = hit.lang;
      const link = document.createElement('a');
      link.href = inLocale(hit.url, locale);
      link.textContent = hit.title;
      const badge = document.createElement('span');
      badge.className = 'hit-lang';
      badge.textContent = messages.hitLanguage.replace('{lang}', messages.langs[hit.lang] ?? hit.lang);
      const excerpt = document.createElement('p');
      excerpt.lang = hit.lang;
      // Pagefind's excerpt is escaped text from our own index, with <mark> around the matches.
      excerpt.innerHTML = hit.excerpt;
      item.append(link, ' ', badge, excerpt);
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
    void render();
  });
  // Keyboard: Down from the box goes to the results, Up/Down move between them.
  form.addEventListener('keydown', (event) => {
    if (event.target === input && event.key === 'ArrowDown') {
      list.querySelector<HTMLAnchorElement>('a')?.focus();
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

  write(parseSearch(location.search));
  void render();
}
