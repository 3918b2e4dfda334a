/** Messages between the search page and its per-language frames. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in the page's content. */
  locations?: number[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta: { title?: string };
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
}
