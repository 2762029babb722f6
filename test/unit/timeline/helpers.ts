// Builders of DocSummary values for the timeline tests (independent of the parser) and an XML well-formedness check.
import type { DocSummary } from '../../../src/core/timeline';

export const at = (iso: string): number => Date.parse(iso);

export function incident(over: Partial<DocSummary> & { uri: string }): DocSummary {
  return {
    kind: 'incident', title: over.uri, titleLine: 0, zone: 'UTC', lang: 'en', updates: [], entries: [],
    cadenceMinutes: 15, reportHours: 72, ...over,
  };
}

/** Parses with sax in strict mode; throws on the first well-formedness error. Returns element names. */
export function parseXml(xml: string): { elements: string[]; texts: string[]; attrs: Array<Record<string, string>> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sax = require('sax') as { parser(strict: boolean): any };
  const p = sax.parser(true);
  const elements: string[] = [];
  const texts: string[] = [];
  const attrs: Array<Record<string, string>> = [];
  p.onerror = (err: Error) => { throw err; };
  p.onopentag = (n: { name: string; attributes: Record<string, string> }) => { elements.push(n.name); attrs.push(n.attributes); };
  p.ontext = (t: string) => { if (t.trim()) texts.push(t); };
  p.write(xml).close();
  return { elements, texts, attrs };
}
