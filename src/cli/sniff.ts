// Which markdown files are postmortem documents: front matter with a `kind` key. Cheap, so a large tree of ordinary
// markdown costs a read and a regular expression per file, not a parse. A broken YAML block that still has a `kind`
// line counts (the front-matter rule then reports what is broken).
const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
const KIND = /^kind[ \t]*:/m;

export function isPostmortem(text: string): boolean {
  const open = OPEN.exec(text);
  if (!open) return false;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  const block = close ? rest.slice(0, close.index) : rest.slice(0, 64 * 1024);
  return KIND.test(block);
}
