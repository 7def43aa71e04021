/** Renders markdown the way GitHub does (CommonMark + GFM tables, autolinks, strikethrough) for assertions. */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export const toHtml = (markdown: string): string => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Cells per row of every table, header included: a broken cell shows up as a wrong count. */
export function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<t[dh][ >]/g)].length),
  );
}

/** Asserts nothing in `html` came from account data as markup: no links, images, raw HTML, emphasis. */
export function markupTags(html: string): string[] {
  return [...html.matchAll(/<(a|img|script|del|em|iframe|svg)\b/g)].map((m) => m[1] ?? '');
}
