/** Messages between the search page and its per-language frames, and the parts of Pagefind's results they carry. */
import type { Anchor } from './excerpt';

export interface SubResult {
  title: string;
  url: string;
  /** HTML: escaped text with <mark> around the matches. */
  excerpt: string;
  /** Word positions of the matches in the page's content. */
  locations?: number[];
  /** The element (with an id) the passage starts at; absent for the part of a page before the first one. */
  anchor?: Anchor;
}

export interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  /** Word positions of the matches in the content. */
  locations?: number[];
  meta: { title?: string };
  filters?: Record<string, string[]>;
  anchors?: Anchor[];
  sub_results?: SubResult[];
}

export interface SearchRequest {
  type: 'search';
  id: number;
  q: string;
  filters: Record<string, string>;
}

export interface SearchResponse {
  type: 'results';
  id: number;
  lang: string;
  results: ResultData[];
  /** Set when this language's index could not be searched (the others still answer). */
  error?: string;
}
