// Reading HTML in tests: parse5's tree walked for elements, attributes and text (its node types are a union; we only
// read names, attributes and text). Shared by the unit tests, the CLI tests and the integration suite.
import { parse, parseFragment } from 'parse5';

export interface HtmlNode {
  nodeName: string; tagName?: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: HtmlNode[]; content?: HtmlNode;
}

export function* walk(n: HtmlNode): Generator<HtmlNode> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
  if (n.content) yield* walk(n.content);
}
export const parseHtml = (html: string): HtmlNode => parse(html) as unknown as HtmlNode;
export const parseHtmlFragment = (html: string): HtmlNode => parseFragment(html) as unknown as HtmlNode;
export const elements = (root: HtmlNode, tag: string): HtmlNode[] => [...walk(root)].filter((n) => n.tagName === tag);
export const textOf = (n: HtmlNode): string => [...walk(n)].filter((x) => x.nodeName === '#text').map((x) => x.value).join('');
export const attr = (n: HtmlNode, name: string): string | undefined => n.attrs?.find((a) => a.name === name)?.value;
