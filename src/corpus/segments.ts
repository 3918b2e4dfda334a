/**
 * Segment parser: turns one text file's Markdown into aligned segments.
 *
 * Each block (heading, paragraph, list item, footnote) must end with `{#segment-id}`.
 * The marker is removed; the block's inline content is rendered to sanitised HTML
 * (footnote references become links to the footnote's segment) and to plain text.
 */
import type { FootnoteDefinition, Heading, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkBreaks from 'remark-breaks';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { locales, type Locale } from '../i18n/locales';
import { slugPattern } from '../schemas/common';
import type { Segment } from '../schemas/text';
import { cutSentences } from './sentences';

export interface Problem {
  line: number;
  message: string;
}

export interface ParsedText {
  frontmatter: unknown;
  segments: Segment[];
  problems: Problem[];
}

const markerPattern = /[ \t]*\{#([^}]*)\}[ \t]*$/;

/** Raw HTML a text may hold: superscripts and subscripts, without attributes. Anything else is an error. */
const allowedHtml = /^<\/?(sup|sub)>$/;
/** Link targets a text may hold: the web and e-mail. Relative and protocol-relative (`//host`) links are errors. */
const allowedLink = /^(https?:\/\/[^/]|mailto:)/i;

/** Only what the sources need: inline text, links and superscripts. */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: ['p', 'a', 'sup', 'sub', 'strong', 'em', 'br', 'code'],
  attributes: { a: ['href', 'dataFootnoteRef'], '*': [] },
  protocols: { href: ['http', 'https', 'mailto'] },
};

/** Splits `---\nyaml\n---\n` front matter from the body; returns the body's first line number. */
export function splitFrontmatter(source: string): { yaml: string | null; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!match) return { yaml: null, body: source, bodyLine: 1 };
  return { yaml: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Plain text of rendered HTML: exactly what the page shows, so quotes are checked against it. */
function shownText(node: { type: string; value?: string; tagName?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  // remark-rehype writes a line break as <br> followed by a "\n" text node: that node is the break.
  if (node.type === 'element' && node.tagName === 'br') return '';
  return ((node.children ?? []) as Array<typeof node>).map(shownText).join('');
}

/** Raw HTML, links and images inside a block that the site would not show as written: problems. */
function inlineProblems(inline: PhrasingContent[], lineOf: (node: Nodes) => number): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'html' && !allowedHtml.test(node.value.trim()))
      problems.push({
        line: lineOf(node),
        message: `raw HTML ${JSON.stringify(node.value.trim().slice(0, 60))} is not allowed: only <sup> and <sub>, without attributes`,
      });
    if ((node.type === 'link' || node.type === 'definition') && !allowedLink.test(node.url))
      problems.push({
        line: lineOf(node),
        message: `link target "${node.url}" is not allowed: use a full https:, http: or mailto: address`,
      });
    if (node.type === 'image' || node.type === 'imageReference')
      problems.push({ line: lineOf(node), message: 'images are not supported in texts' });
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of inline) walk(node);
  return problems;
}

/** Removes the trailing `{#id}` from the block's last text node; returns the id or null. */
function takeMarker(children: PhrasingContent[]): string | null {
  const last = children.at(-1);
  if (!last || last.type !== 'text') return null;
  const match = markerPattern.exec(last.value);
  if (!match) return null;
  last.value = last.value.slice(0, match.index).replace(/\s+$/, '');
  if (last.value === '') children.pop();
  return match[1]!.trim();
}

function blockName(node: RootContent): string {
  return node.type === 'listItem' ? 'list item' : node.type === 'footnoteDefinition' ? 'footnote' : node.type;
}

/** Parses a text file (front matter + Markdown) into segments, collecting every problem found. */
export function parseText(source: string): ParsedText {
  const problems: Problem[] = [];
  const { yaml, body, bodyLine } = splitFrontmatter(source);
  let frontmatter: unknown = null;
  if (yaml === null) problems.push({ line: 1, message: 'front matter (--- source, lang ---) is missing' });
  else {
    try {
      frontmatter = parseYaml(yaml);
    } catch (error) {
      problems.push({ line: 2, message: `front matter is not valid YAML: ${(error as Error).message}` });
    }
  }

  const declared = (frontmatter as { lang?: unknown } | null)?.lang;
  const lang: Locale = locales.includes(declared as Locale) ? (declared as Locale) : 'en';

  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  unified().use(remarkBreaks).runSync(tree);
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + bodyLine - 1;

  type Block = { node: Heading | Paragraph | ListItem | FootnoteDefinition; kind: Segment['kind']; inline: PhrasingContent[] };
  const blocks: Block[] = [];
  const inlineOf = (node: ListItem | FootnoteDefinition): PhrasingContent[] => {
    const inline: PhrasingContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'paragraph') {
        problems.push({ line: lineOf(child), message: `a ${blockName(node)} may only hold paragraphs, found ${child.type}` });
        continue;
      }
      if (inline.length) inline.push({ type: 'break' });
      inline.push(...child.children);
    }
    return inline;
  };
  for (const node of tree.children) {
    if (node.type === 'heading') blocks.push({ node, kind: 'heading', inline: node.children });
    else if (node.type === 'paragraph') blocks.push({ node, kind: 'paragraph', inline: node.children });
    else if (node.type === 'list')
      for (const item of node.children) blocks.push({ node: item, kind: 'list-item', inline: inlineOf(item) });
    else if (node.type === 'footnoteDefinition') blocks.push({ node, kind: 'footnote', inline: inlineOf(node) });
    else if (node.type === 'definition') problems.push(...inlineProblems([node as unknown as PhrasingContent], lineOf));
    else if (node.type === 'yaml') continue;
    else
      problems.push({
        line: lineOf(node),
        message: `unsupported block (${node.type}); use headings, paragraphs, lists and footnotes`,
      });
  }

  // First pass: ids, so that footnote references can link to their footnote's segment.
  const ids = blocks.map((block) => {
    const id = takeMarker(block.inline);
    if (id === null)
      problems.push({ line: lineOf(block.node), message: `${blockName(block.node)} has no segment id: end it with {#some-id}` });
    else if (!slugPattern.test(id))
      problems.push({
        line: lineOf(block.node),
        message: `segment id "${id}" must be lowercase kebab-case, e.g. "protection-3"`,
      });
    return id;
  });
  const footnoteTargets = new Map<string, string>();
  blocks.forEach((block, i) => {
    if (block.node.type === 'footnoteDefinition' && ids[i]) footnoteTargets.set(block.node.identifier, ids[i]!);
  });

  const toHtml = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      handlers: {
        footnoteReference(_state, node) {
          const target = footnoteTargets.get(node.identifier);
          const label = node.label ?? node.identifier;
          return {
            type: 'element',
            tagName: 'sup',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: `#${target ?? ''}`, dataFootnoteRef: '' },
                children: [{ type: 'text', value: label }],
              },
            ],
          };
        },
      },
    })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify);

  const segments: Segment[] = [];
  const seen = new Map<string, number>();
  let section = 'front';
  blocks.forEach((block, i) => {
    const id = ids[i];
    const line = lineOf(block.node);
    if (block.kind === 'heading' && id) section = id;
    if (!id || !slugPattern.test(id)) return;
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      problems.push({ line, message: `segment id "${id}" is used twice (first on line ${firstLine})` });
      return;
    }
    seen.set(id, line);
    problems.push(...inlineProblems(block.inline, lineOf));
    // Converted inside a paragraph so the phrasing content is not treated as blocks; the <p> is the page's to add.
    const hast = toHtml.runSync({ type: 'root', children: [{ type: 'paragraph', children: block.inline }] } as Root);
    const paragraph = hast.children.find((node) => node.type === 'element');
    const inline = paragraph && 'children' in paragraph ? paragraph.children : [];
    const html = toHtml.stringify({ type: 'root', children: inline }).trim();
    // Sentence pass: the same HTML cut at the sentence breaks of the text's language.
    const sentences = cutSentences(inline, lang, (root) => toHtml.stringify(root));
    // The text is what the reader sees (after sanitising), so a quote can only match what is shown.
    const text = paragraph ? shownText(paragraph).trim() : '';
    if (!text) problems.push({ line, message: `segment "${id}" has no text` });
    const stray = /\{#[^}]*\}/.exec(text);
    if (stray)
      problems.push({
        line,
        message: `"${stray[0]}" inside the text: a segment id goes only at the very end of its block`,
      });
    // GFM leaves a reference without a definition as literal text.
    for (const [, label] of text.matchAll(/\[\^([^\]\s]+)\]/g))
      problems.push({ line, message: `footnote reference [^${label}] has no footnote definition` });
    segments.push({
      id,
      kind: block.kind,
      ...(block.node.type === 'heading' ? { depth: block.node.depth } : {}),
      section: block.kind === 'footnote' ? 'notes' : section,
      text,
      html,
      sentences,
      line,
    });
  });
  problems.sort((a, b) => a.line - b.line);
  return { frontmatter, segments, problems };
}
