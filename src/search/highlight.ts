/**
 * Arriving from a search hit (?highlight=word&highlight=…#segment): mark the matched words in that passage.
 * Words match by prefix, as Pagefind matches them; the Kazakh folding is applied to both sides.
 */
import { foldKazakh } from './fold';

export function highlightFromAddress(): void {
  const words = new URLSearchParams(location.search)
    .getAll('highlight')
    .flatMap((w) => w.toLowerCase().split(/\s+/))
    .filter(Boolean);
  const row = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!row || words.length === 0) return;
  const folded = words.map(foldKazakh);
  const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if (walker.currentNode.parentElement?.closest('.cell')) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.data.split(/([\p{L}\p{N}-]+)/u);
    if (!parts.some((p) => matches(p))) continue;
    const fragment = document.createDocumentFragment();
    for (const part of parts) {
      if (matches(part)) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        fragment.append(mark);
      } else fragment.append(part);
    }
    node.replaceWith(fragment);
  }
  function matches(part: string): boolean {
    const word = foldKazakh(part.toLowerCase());
    return word.length > 0 && folded.some((w) => word.startsWith(w));
  }
}
