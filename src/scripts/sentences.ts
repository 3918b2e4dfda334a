/**
 * Sentences in the parallel view: hovering or focusing a sentence lights up its counterparts; tapping one
 * selects it and opens one shared panel (its counterpart in the other shown language, for phones, and
 * "Copy quote" / "Copy link"); on phones one language is shown per row, switched with one tap.
 * Without JavaScript, a sentence permalink is still highlighted with its counterparts by :target (CSS).
 */
import { targetOf } from './fragment';

const reader = document.querySelector<HTMLElement>('[data-reader]');
const template = document.querySelector<HTMLTemplateElement>('template[data-sentence-tools]');

const members = (row: Element, id: string) => row.querySelectorAll<HTMLElement>(`[data-sentence="${CSS.escape(id)}"]`);
const visible = (el: HTMLElement) => !el.closest('.cell')?.hasAttribute('hidden') && el.offsetParent !== null;

function light(target: EventTarget | null, on: boolean) {
  const sentence = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-sentence]');
  const row = sentence?.closest('.row');
  if (!sentence || !row) return;
  for (const el of members(row, sentence.dataset.sentence!)) el.classList.toggle('snt-hl', on);
}

/** The address of a sentence on this site, in the reader's UI language. */
const permalink = (id: string) => `${reader!.dataset.base}#${id}`;

/** The section's name in language `lang`, as the citation names it. */
function sectionName(row: HTMLElement, lang: string): string {
  const section = row.dataset.section ?? '';
  if (section === 'front') return reader!.dataset.front ?? '';
  if (section === 'notes') return reader!.dataset.notes ?? '';
  return document.getElementById(section)?.querySelector<HTMLElement>(`.cell[lang="${lang}"]`)?.innerText.trim() ?? '';
}

/** Where the sentence is, in the reader's language: "paragraph 2, sentence 7". */
function placeOf(row: HTMLElement, id: string): string {
  const sentence = (reader!.dataset.sentencePlace ?? '{n}').replace('{n}', id.replace(/^.*-s(\d+)$/, '$1'));
  return [row.dataset.place, sentence].filter(Boolean).join(', ');
}

function quoted(text: string, lang: string) {
  return lang === 'en' ? `“${text}”` : `«${text}»`;
}

/** The text a sentence unit holds in one language (two sentences for a 1:2 bead). */
function unitText(row: Element, id: string, lang: string): string {
  return [...members(row, id)]
    .filter((el) => el.closest<HTMLElement>('.cell')?.lang === lang)
    .map((el) => el.innerText.trim())
    .join(' ');
}

/** The counterpart's language: the first other language shown, else the first other held. */
function counterpartLang(row: Element, id: string, lang: string): string | null {
  const others = [...members(row, id)].filter((el) => el.closest<HTMLElement>('.cell')?.lang !== lang);
  const pick = others.find((el) => visible(el.closest<HTMLElement>('.cell')!)) ?? others[0];
  return pick?.closest<HTMLElement>('.cell')?.lang ?? null;
}

/** "Copy quote": the sentence, its counterpart, the site's sentence permalink and the citation. */
export function quoteOf(row: HTMLElement, id: string, lang: string): string {
  const lines = [quoted(unitText(row, id, lang), lang)];
  const other = counterpartLang(row, id, lang);
  if (other) lines.push(quoted(unitText(row, id, other), other));
  lines.push(permalink(id));
  const template = reader!.dataset[`cite${lang[0]!.toUpperCase()}${lang.slice(1)}`];
  if (template)
    lines.push(
      template
        .replace('[[section]]', sectionName(row, lang))
        .replace('[[unit]]', placeOf(row, id))
        .replace('[[url]]', permalink(id)),
    );
  return lines.join('\n');
}

function copy(button: HTMLButtonElement, text: string) {
  void navigator.clipboard.writeText(text).then(() => {
    const label = button.dataset.label ?? button.textContent ?? '';
    button.dataset.label = label;
    button.textContent = button.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 1500);
  });
}

let panel: HTMLElement | null = null;
function close() {
  panel?.remove();
  panel = null;
  for (const el of document.querySelectorAll('.snt-on')) el.classList.remove('snt-on');
}

function select(sentence: HTMLElement) {
  const row = sentence.closest<HTMLElement>('.row')!;
  const id = sentence.dataset.sentence!;
  const lang = sentence.closest<HTMLElement>('.cell')!.lang;
  close();
  for (const el of members(row, id)) el.classList.add('snt-on');
  panel = template!.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const other = counterpartLang(row, id, lang);
  const counterpart = panel.querySelector<HTMLElement>('[data-counterpart]')!;
  if (other) {
    counterpart.lang = other;
    counterpart.textContent = unitText(row, id, other);
  } else counterpart.remove();
  const link = panel.querySelector<HTMLAnchorElement>('a[data-sentence-link]')!;
  link.href = `#${id}`;
  link.textContent = id;
  panel
    .querySelector<HTMLButtonElement>('[data-copy-sentence]')!
    .addEventListener('click', (e) => copy(e.currentTarget as HTMLButtonElement, quoteOf(row, id, lang)));
  panel
    .querySelector<HTMLButtonElement>('[data-copy-sentence-link]')!
    .addEventListener('click', (e) => copy(e.currentTarget as HTMLButtonElement, permalink(id)));
  panel.querySelector<HTMLButtonElement>('[data-close]')!.addEventListener('click', () => {
    close();
    sentence.focus();
  });
  if (!navigator.clipboard) for (const b of panel.querySelectorAll<HTMLButtonElement>('button[data-copied]')) b.hidden = true;
  row.append(panel);
}

if (reader && template) {
  reader.addEventListener('mouseover', (e) => light(e.target, true));
  reader.addEventListener('mouseout', (e) => light(e.target, false));
  reader.addEventListener('focusin', (e) => light(e.target, true));
  reader.addEventListener('focusout', (e) => light(e.target, false));
  // Sentences take keyboard focus one row at a time: the row's sentences are reachable once inside it.
  for (const sentence of reader.querySelectorAll<HTMLElement>('.snt')) sentence.tabIndex = -1;
  reader.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('a, button, summary, .snt-tools')) return;
    const sentence = target.closest<HTMLElement>('.snt');
    if (!sentence) return;
    if (sentence.classList.contains('snt-on') && panel) return close();
    // Selecting text is not a tap.
    if (String(getSelection() ?? '').length > 0) return;
    select(sentence);
  });
  reader.addEventListener('keydown', (e) => {
    const sentence = (e.target as HTMLElement).closest?.<HTMLElement>('.snt');
    if (e.key === 'Escape') return close();
    if (sentence && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      select(sentence);
    }
  });

  // Arriving at a sentence permalink: light it and its counterparts (CSS :target does it without JS too).
  const arrive = () => {
    const target = targetOf(location.hash);
    const id = target?.id ?? '';
    if (target?.matches('.snt')) {
      for (const el of document.querySelectorAll('.snt-target')) el.classList.remove('snt-target');
      for (const el of members(target.closest('.row')!, id)) el.classList.add('snt-target');
      // A hidden column's sentence cannot be scrolled to: scroll to a shown counterpart.
      if (!visible(target)) [...members(target.closest('.row')!, id)].find(visible)?.scrollIntoView({ block: 'center' });
    }
  };
  arrive();
  addEventListener('hashchange', arrive);

  // Phones: one language per row, switched with one tap (the choice applies to every row).
  const phone = document.querySelector<HTMLElement>('[data-phone-switch]');
  if (phone) {
    const buttons = [...phone.querySelectorAll<HTMLButtonElement>('button[data-lang]')];
    const choose = (lang: string) => {
      reader.dataset.phoneLang = lang;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    };
    // The reader's own language when the source has it, else the first column shown. The HTML already
    // shows the same default (ParallelReader), so this only changes the view when ?langs= hid that column.
    const ui = document.documentElement.lang;
    const shown = [...reader.querySelectorAll<HTMLElement>('.row-head .cell')]
      .filter((c) => !c.hidden)
      .map((c) => c.dataset.lang);
    choose(buttons.some((b) => b.dataset.lang === ui) ? ui : (shown[0] ?? buttons[0]!.dataset.lang!));
    phone.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-lang]');
      if (button) choose(button.dataset.lang!);
    });
  }
}

/** A search hit opens its passage with the words marked: bring the sentence holding them into view, lit. */
export function landOnMarkedSentence(): void {
  // By the address, not :target, which a module script may run before.
  const target = targetOf(location.hash);
  const sentence = target?.querySelector<HTMLElement>('.snt mark')?.closest<HTMLElement>('.snt');
  const row = sentence?.closest('.row');
  if (!sentence || !row) return;
  for (const el of members(row, sentence.dataset.sentence!)) el.classList.add('snt-target');
  sentence.scrollIntoView({ block: 'center' });
}
