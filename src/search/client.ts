/**
 * The search page, wired: reads the form and the address, plans the search through the glossary
 * (./expand.ts), runs it on the index (./engine.ts), merges (./merge.ts) and draws (./render.ts).
 * Every string comes from the dictionary (`search.` and `lang.` keys, sent by the page).
 */
import type { Locale } from '../i18n/locales';
import { tokenize } from '../lang/tokens';
import { indexForm, plausibleIn, surfaceForm } from '../lang/index-form';
import { loadIndex, preloadPassages, preloadTerms, searchTerms, type Candidate, type Hit } from './engine';
import { allButOnePlan, expansionKey, planSearch, type Expansion, type GlossaryTerm, type SearchPlan } from './expand';
import { mergeAnswers } from './merge';
import { exactPhrase, parseSearch, searchQuery, type SearchState } from './query';
import { renderGroups, sayer, type Catalogue } from './render';
import { loadVocabulary, suggest } from './suggest';

/** Results shown at first, and added by "more". */
const pageSize = 10;
/** The first results are drawn as soon as this many are known; the rest of the page follows them. */
const firstDraw = 5;
/** Candidates checked per task once the first page is drawn (see settle). */
const settleSlice = 25;

/** Resolves in a task of its own: the browser may handle input and paint in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Resolves when the page is idle (or after a second, should it never be). */
const whenIdle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50),
  );

/** The plan for an exact phrase: its words in order, in each language they can be, not expanded. */
function phrasePlan(phrase: string, only: Locale | ''): SearchPlan {
  const words = tokenize(phrase).map((t) => t.bare);
  const langs = (only ? [only] : (['kk', 'ru', 'en'] as Locale[])).filter((l) => words.every((w) => plausibleIn(w, l)));
  return {
    expansions: [],
    searches: langs.map((lang) => ({
      lang,
      alternatives: [words.map((w) => ({ stem: indexForm(w, lang), surface: surfaceForm(w, lang) }))],
      typed: true,
    })),
  };
}

/**
 * What a hit weighs in a language the query reaches only through the glossary, against one in the
 * language it is written in: equal words, the reader's own language first (a Russian query about
 * «торговля людьми» lists Russian passages before English ones), without hiding the others.
 */
const reachedWeight = 0.4;

interface Run {
  candidates: Candidate[];
  units: Set<string>;
  failed: boolean;
}

async function run(plan: SearchPlan, filters: Record<string, string>, phrase: boolean, locale: Locale): Promise<Run> {
  const jobs = plan.searches.flatMap((s) => s.alternatives.map((terms) => ({ lang: s.lang, terms, typed: s.typed })));
  let failed = false;
  const answers = await Promise.all(
    jobs.map(({ lang, terms, typed }) =>
      searchTerms(lang, terms, filters, { exact: phrase, weight: typed ? 1 : reachedWeight, locale }).catch(() => {
        failed = true;
        return { candidates: [], units: new Set<string>() };
      }),
    ),
  );
  // A record found by several alternatives (two glossary forms) is one candidate with the words of each.
  const seen = new Map<string, Candidate[]>();
  for (const c of answers.flatMap((a) => a.candidates)) seen.set(c.id, [...(seen.get(c.id) ?? []), c]);
  const merged = [...seen.values()].map((same): Candidate => ({
    ...same[0]!,
    score: Math.max(...same.map((c) => c.score)),
    load: async () => {
      const hits = (await Promise.all(same.map((c) => c.load()))).filter((h): h is Hit => h !== null);
      if (!hits.length) return null;
      const positions = [...new Set(hits.flatMap((h) => h.positions))].sort((a, b) => a - b);
      return {
        ...hits[0]!,
        positions,
        matched: Object.assign({}, ...hits.map((h) => h.matched)) as Hit['matched'],
        score: Math.max(...hits.map((h) => h.score)),
        terms: hits.flatMap((h) => h.terms),
      };
    },
  }));
  return {
    candidates: merged.sort((a, b) => b.score - a.score),
    units: new Set(answers.flatMap((a) => [...a.units])),
    failed,
  };
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const area = document.querySelector<HTMLElement>('[data-search-area]');
  const also = document.querySelector<HTMLElement>('[data-search-also]');
  if (!form || !status || !area || !also) return;
  const locale = form.dataset.locale as Locale;
  const say = sayer(JSON.parse(form.dataset.messages!) as Record<string, string>);
  const catalogue = JSON.parse(form.dataset.catalogue!) as Catalogue;
  const glossary = JSON.parse(form.dataset.glossary!) as GlossaryTerm[];
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  let off = new Set<string>();

  const read = (): SearchState => {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    return {
      q: value('q').trim(),
      lang: value('lang') as Locale | '',
      filters: { source: value('source'), year: value('year'), kind: value('kind') },
      off: [...off],
    };
  };
  const write = (state: SearchState) => {
    input.value = state.q;
    for (const name of ['lang', 'source', 'year', 'kind'] as const) {
      const value = name === 'lang' ? state.lang : (state.filters[name] ?? '');
      if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
    }
    off = new Set(state.off);
  };
  /** A button that changes the search and runs it again (`then` replaces the new search). */
  const button = (text: string, action: () => void, then: () => void = () => void render()) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    element.addEventListener('click', () => {
      action();
      then();
    });
    return element;
  };

  const languageList = (langs: readonly Locale[]) => langs.map((l) => say(`lang.${l}`)).join(', ');
  /** "Also searched": each expansion is a switch; switching one off searches again without it. */
  const showExpansions = (plan: SearchPlan) => {
    also.replaceChildren();
    if (!plan.expansions.length) return;
    also.append(`${say('search.alsoSearched')} `);
    // One switch per word: a term written alike in two languages («Мьянма» in Kazakh and Russian) is one.
    const switches = new Map<string, Expansion[]>();
    for (const e of plan.expansions)
      switches.set(`${e.term}\u0000${e.label}`, [...(switches.get(`${e.term}\u0000${e.label}`) ?? []), e]);
    [...switches.values()].forEach((same, i) => {
      const keys = same.map(expansionKey);
      const key = keys.join(' ');
      const on = same.some((e) => e.on);
      const toggle = button(
        `${same[0]!.label} (${languageList(same.map((e) => e.lang))})`,
        () => keys.forEach((k) => (on ? off.add(k) : off.delete(k))),
        () => {
          void render();
          // The switches are drawn anew: the reader stays on the one pressed.
          also.querySelector<HTMLElement>(`[data-expansion="${CSS.escape(key)}"]`)?.focus();
        },
      );
      toggle.className = 'expansion';
      toggle.lang = same[0]!.lang;
      toggle.setAttribute('aria-pressed', String(on));
      toggle.dataset.expansion = key;
      also.append(i ? ' ' : '', toggle);
    });
  };

  let generation = 0;
  /** Runs the search the form and the address describe; `progressive` draws its first results early. */
  const render = async (progressive = true) => {
    const state = read();
    // The address says what is searched; written in a task of its own (it costs a few milliseconds), so
    // the search starts at once.
    const url = new URL(location.href);
    url.search = searchQuery(state);
    setTimeout(() => history.replaceState(null, '', url), 0);
    const mine = ++generation;
    if (!state.q) {
      area.replaceChildren();
      also.replaceChildren();
      status.textContent = '';
      return;
    }
    const phrase = exactPhrase(state.q);
    const plan = phrase ? phrasePlan(phrase, state.lang) : planSearch(state.q, glossary, state.lang, off);
    showExpansions(plan);
    status.textContent = say('search.loading');
    const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
    let { candidates, units, failed } = await run(plan, filters, Boolean(phrase), locale);
    /** Showing the passages with all words but one (see more): said so in the status. */
    let partial = false;
    if (mine !== generation) return;
    const hits: Hit[] = [];
    let loaded = 0;
    /** Results on the page: a page at first, a page more on each "more". */
    let shown = 0;
    /** Loading candidates runs one step at a time ("more" waits for the count's check, and the reverse). */
    let queue = Promise.resolve();
    const inTurn = (step: () => Promise<void>) => (queue = queue.then(step, step));
    /** Checks the next candidates (their passages loaded and verified); true if the search is still current. */
    const check = async (count: number) => {
      const batch = candidates.slice(loaded, loaded + count);
      loaded += batch.length;
      for (const hit of await Promise.all(batch.map((c) => c.load().catch(() => null)))) if (hit) hits.push(hit);
      return mine === generation;
    };
    /**
     * The status: how many results (an upper bound until every candidate is checked), after the all-but-one
     * note. `inPlace` changes only that text, keeping what follows it (the "did you mean" the reader may be on).
     */
    const count = (results: readonly unknown[], inPlace = false) => {
      const found =
        loaded < candidates.length
          ? say('search.resultsAtMost', { count: Math.max(units.size, results.length) })
          : results.length === 1
            ? say('search.resultsOne')
            : say('search.results', { count: results.length });
      const text = partial ? `${say('search.allButOne', { q: state.q })} ${found}` : found;
      if (inPlace && status.firstChild instanceof Text) status.firstChild.data = text;
      else status.textContent = text;
    };
    /** "More", after the results, while there may be more. */
    const offerMore = (results: readonly unknown[]) => {
      const offered = area.querySelector('.search-more');
      if (loaded >= candidates.length && results.length <= shown) return offered?.remove();
      // Already there: kept as it is, so a reader on it stays on it.
      if (offered) return;
      const next = button(
        say('search.more'),
        () => next.remove(),
        () => void inTurn(() => more(true)),
      );
      next.className = 'search-more';
      area.append(next);
    };
    /** Draws the results up to `upTo`; `early` is the first few while the rest of the page loads (no "more" yet). */
    const draw = (results: ReturnType<typeof mergeAnswers>, upTo: number, early = false) => {
      count(results);
      renderGroups(results.slice(0, upTo), catalogue, locale, say, area);
      if (!early) offerMore(results);
    };
    /** Loads and draws a page more; `focusNew` puts the reader on its first result ("more" was pressed). */
    const more = async (focusNew = false) => {
      // Passages load a batch at a time until a page of distinct results is known or none is left. The
      // first few are drawn at once (a search typed in the box), the rest of the page joins them.
      const want = shown + pageSize;
      let drawnEarly = false;
      for (;;) {
        while (loaded < candidates.length && mergeAnswers(hits).length < want) {
          // Just enough for the first drawing, then for the page (a destination may match in two languages).
          const early = progressive && !drawnEarly && shown === 0;
          if (!(await check((early ? firstDraw : want) + 2 - mergeAnswers(hits).length))) return;
          const results = mergeAnswers(hits);
          if (early && results.length >= firstDraw && loaded < candidates.length) {
            draw(results, want, true);
            drawnEarly = true;
          }
        }
        // No passage has every word (Pagefind's candidates, if any, all lacked one): the passages with all
        // but one, said so; never for a quoted phrase.
        const fallback = !hits.length && !partial && !failed && !phrase && allButOnePlan(state.q, glossary, state.lang, off);
        if (!fallback) break;
        ({ candidates, units, failed } = await run(fallback, filters, false, locale));
        if (mine !== generation) return;
        partial = true;
        loaded = 0;
      }
      if (mine !== generation) return;
      const results = mergeAnswers(hits);
      if (results.length === 0) return nothing(state, failed, mine);
      const before = new Set([...area.querySelectorAll<HTMLElement>('li[data-unit]')].map((li) => li.dataset.unit));
      shown = Math.min(want, results.length);
      draw(results, shown);
      if (focusNew)
        links()
          .find((a) => !before.has(a.parentElement!.dataset.unit))
          ?.focus();
      if (partial) await offerSpelling(state, mine);
    };
    /**
     * After the first page: the other candidates are checked too, so the count becomes the true count, and
     * the passage files of the languages searched are loaded, so "more" and the searches that follow need
     * no request for their passages. It runs when the page is idle, a slice at a time, so no task is long.
     * Only the status and "more" change: the results the reader may be on stay as they are.
     */
    const settle = async () => {
      if (!shown || mine !== generation) return;
      preloadPassages(plan.searches.map((s) => s.lang));
      if (loaded >= candidates.length) return;
      while (loaded < candidates.length) {
        if (!(await check(settleSlice))) return;
        await nextTask();
      }
      const results = mergeAnswers(hits);
      count(results, true);
      offerMore(results);
    };
    await inTurn(() => more());
    await whenIdle();
    void inTurn(settle);
  };

  /** "Did you mean": a spelling the texts use, after the status (a misspelt word finds nothing). */
  const offerSpelling = async (state: SearchState, mine: number) => {
    const suggestion = await loadVocabulary()
      .then((v) => suggest(state.q, v))
      .catch(() => null);
    if (mine !== generation || !suggestion) return;
    status.append(' ', `${say('search.didYouMean')} `);
    const link = button(
      suggestion,
      () => (input.value = suggestion),
      () => {
        input.focus();
        void render();
      },
    );
    link.dataset.suggestion = suggestion;
    status.append(link);
  };

  const nothing = async (state: SearchState, failed: boolean, mine: number) => {
    area.replaceChildren();
    status.textContent = failed ? say('search.error') : say('search.none', { q: state.q });
    if (!failed) await offerSpelling(state, mine);
    if (mine !== generation) return;
    if (state.lang)
      status.append(
        ' ',
        button(say('search.tryAll'), () => (select('lang').value = '')),
      );
    if (Object.values(state.filters).some(Boolean))
      status.append(
        ' ',
        button(say('search.clearFilters'), () => ['source', 'year', 'kind'].forEach((n) => (select(n).value = ''))),
      );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    off.clear();
    // While the reader types, the chunks the plan will need are fetched; the search runs on the pause.
    const q = input.value.trim();
    if (q && !exactPhrase(q))
      for (const s of planSearch(q, glossary, read().lang, off).searches) for (const terms of s.alternatives) preloadTerms(terms);
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
  const links = () => [...area.querySelectorAll<HTMLAnchorElement>('li > a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      links()[0]!.focus();
      event.preventDefault();
    }
  });
  area.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) input.focus();
    else all[Math.min(all.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
  // The index loads while the reader types.
  input.addEventListener('focus', () => void loadIndex().catch(() => undefined), { once: true });
  write(parseSearch(location.search));
  // Opened with ?q=: one drawing of the whole first page, so nothing moves under the reader as it loads;
  // in a task of its own, after the page's first paint work.
  setTimeout(() => void render(false), 0);
}
