/**
 * Inside a language's search frame (/search-index/{lang}/, whose <html lang> makes Pagefind load that
 * language's index and stemmer): answers {id, q, filters} with Pagefind's results for this language.
 * The Kazakh frame folds the query and rebuilds the excerpts without the folded copies (see ./fold.ts).
 */
import { foldKazakh } from './fold';
import { kazakhExcerpt, passageAnchors, passageRange, queryTerms } from './excerpt';
import { isRelevant, matchedWords, mentionsAny } from './relevance';
import type { ResultData, SearchRequest, SearchResponse } from './protocol';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<ResultData> }> } | null>;
}

/** Results per language: enough for a page of hits, few enough to keep the first query light. */
const perLanguage = 25;
/** Pages whose fragments are looked at, at most, to find those hits. */
const maxChecked = 100;
const excerptLength = 30;
const ellipsis = '…';

function cleanKazakh(data: ResultData, q: string): ResultData {
  const terms = queryTerms(q);
  const content = data.content ?? '';
  const anchors = passageAnchors(data.anchors);
  return {
    ...data,
    excerpt: kazakhExcerpt(content, terms, { length: excerptLength, ellipsis }),
    sub_results: (data.sub_results ?? []).map((sub) => ({
      ...sub,
      excerpt: kazakhExcerpt(content, terms, { ...passageRange(anchors, sub.anchor?.location), length: excerptLength, ellipsis }),
    })),
  };
}

export function serveSearch(): void {
  const lang = document.documentElement.lang;
  const url = '/pagefind/pagefind.js';
  const ready = (async () => {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ basePath: '/pagefind/', highlightParam: 'highlight', excerptLength, excerptEllipsis: ellipsis });
    await pagefind.init();
    return pagefind;
  })();
  window.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
    if (event.origin !== location.origin || event.data?.type !== 'search') return;
    const { id, filters } = event.data;
    const q = lang === 'kk' ? foldKazakh(event.data.q) : event.data.q;
    let reply: SearchResponse;
    try {
      const pagefind = await ready;
      const response = await pagefind.search(q, { filters });
      const terms = queryTerms(q);
      const candidates = response?.results ?? [];
      const results: ResultData[] = [];
      // Fragments load a batch at a time, in parallel, until there are enough hits.
      for (let at = 0; at < Math.min(candidates.length, maxChecked) && results.length < perLanguage; at += perLanguage) {
        for (const data of await Promise.all(candidates.slice(at, at + perLanguage).map((r) => r.data()))) {
          if (results.length === perLanguage) break;
          // Drop what Pagefind found for a mere prefix of a query word (see ./relevance.ts): pages lacking
          // a query word, passages lacking them all.
          if (!isRelevant(matchedWords(data.content ?? '', data.locations ?? []), terms)) continue;
          data.sub_results = (data.sub_results ?? []).filter((sub) =>
            mentionsAny(matchedWords(data.content ?? '', sub.locations ?? []), terms),
          );
          results.push(lang === 'kk' ? cleanKazakh(data, q) : data);
        }
      }
      reply = { type: 'results', id, lang, results };
    } catch (error) {
      reply = { type: 'results', id, lang, results: [], error: String(error) };
    }
    (event.source as Window).postMessage(reply, location.origin);
  });
  window.parent.postMessage({ type: 'ready', lang }, location.origin);
}
