import { defineCollection } from 'astro:content';
import { contentLoader } from './corpus/loader';
import { entrySchemas } from './corpus/load';

export const collections = {
  sources: defineCollection({ loader: contentLoader('sources'), schema: entrySchemas.sources }),
  texts: defineCollection({ loader: contentLoader('texts'), schema: entrySchemas.texts }),
  metrics: defineCollection({ loader: contentLoader('metrics'), schema: entrySchemas.metrics }),
  themes: defineCollection({ loader: contentLoader('themes'), schema: entrySchemas.themes }),
  groups: defineCollection({ loader: contentLoader('groups'), schema: entrySchemas.groups }),
  bodies: defineCollection({ loader: contentLoader('bodies'), schema: entrySchemas.bodies }),
  figures: defineCollection({ loader: contentLoader('figures'), schema: entrySchemas.figures }),
  recommendations: defineCollection({ loader: contentLoader('recommendations'), schema: entrySchemas.recommendations }),
  events: defineCollection({ loader: contentLoader('events'), schema: entrySchemas.events }),
};
