/** Inside a language's search frame: answers {id, q, filters} with Pagefind's results for this language. */
import type { ResultData, SearchRequest, SearchResponse } from './protocol';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<ResultData> }> } | null>;
}

export function serveSearch(): void {
  const url = '/pagefind/pagefind.js';
  const ready = (async () => {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ basePath: '/pagefind/', highlightParam: 'highlight', excerptLength: 30 });
    return pagefind;
  })();
  window.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
    if (event.origin !== location.origin || event.data?.type !== 'search') return;
    const pagefind = await ready;
    const response = await pagefind.search(event.data.q, { filters: event.data.filters });
    const results = await Promise.all((response?.results ?? []).slice(0, 25).map((r) => r.data()));
    const reply: SearchResponse = { type: 'results', id: event.data.id, lang: document.documentElement.lang, results };
    (event.source as Window).postMessage(reply, location.origin);
  });
  window.parent.postMessage({ type: 'ready', lang: document.documentElement.lang }, location.origin);
}
