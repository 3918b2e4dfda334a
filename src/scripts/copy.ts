/**
 * Copy buttons: present in the HTML but hidden, so a reader without JavaScript sees no dead controls.
 * A button copies its data-copy-text, or (data-copy-quote) a segment's text with its citation.
 */
import { withToday } from '../derive/citation';

function copy(button: HTMLButtonElement, raw: string) {
  const text = withToday(raw, button.closest<HTMLElement>('[data-accessed]')?.dataset.accessed);
  void navigator.clipboard.writeText(text).then(() => {
    const label = button.textContent;
    button.textContent = button.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 1500);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text], button[data-copy-quote]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    if (button.dataset.copyText !== undefined) return copy(button, button.dataset.copyText);
    const row = button.closest<HTMLElement>('[data-segment]')!;
    const lang = button.dataset.copyQuote!;
    const text = row.querySelector<HTMLElement>(`.cell[lang="${lang}"]`)?.innerText.trim() ?? '';
    const citation = button.closest('.cite-lang')?.querySelector<HTMLElement>('[data-style="gost"]')?.innerText ?? '';
    copy(button, `«${text}»\n${citation}`);
  });
}
