// The title of a document as a reader sees it, for whoever needs it (the HTML export, the root-cause rule).
import type { PostmortemDocument } from '../types';

/** The title a reader sees: front matter `title`, else the first level-1 heading, else the id. */
export function documentTitle(doc: PostmortemDocument): string {
  const h1 = doc.sections.find((s) => s.level === 1)?.heading;
  return (doc.meta.title ?? h1 ?? doc.meta.id ?? '').trim();
}
