/**
 * The whole corpus: every collection's valid entries, each with the id and file it came from.
 * The rules that join collections live in `src/corpus/rules/`, one file per rule.
 */
import type { TimelineEvent } from './event';
import type { Figure } from './figure';
import type { Metric } from './metric';
import type { Body, Group, Recommendation, Theme } from './recommendation';
import type { Source } from './source';
import type { TextEntry } from './text';

/** Every entry keeps the id and file it came from, so a rule can name them. */
export type Located<T> = T & { id: string; file: string };

export interface Corpus {
  sources: Located<Source>[];
  texts: Located<TextEntry>[];
  metrics: Located<Metric>[];
  themes: Located<Theme>[];
  groups: Located<Group>[];
  bodies: Located<Body>[];
  figures: Located<Figure>[];
  recommendations: Located<Recommendation>[];
  events: Located<TimelineEvent>[];
}
