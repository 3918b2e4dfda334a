/** The element a fragment names, or null: a malformed `#%E0%A4%A` names none and must not throw. */
export function targetOf(hash: string): HTMLElement | null {
  if (!hash) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}
