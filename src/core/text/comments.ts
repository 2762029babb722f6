// HTML comments in Markdown source: readers never see them, so every rule reads them as nothing.

/**
 * Replaces every HTML comment with spaces (newlines kept), so offsets stay valid and comments read as nothing.
 * An unclosed `<!--` hides the rest of the text, as it does in a rendered Markdown block.
 */
export function maskComments(s: string): string {
  let i = s.indexOf('<!--');
  if (i === -1) return s;
  let out = '';
  let last = 0;
  while (i !== -1) {
    const close = s.indexOf('-->', i + 4);
    const end = close === -1 ? s.length : close + 3;
    out += s.slice(last, i) + s.slice(i, end).replace(/[^\r\n]/g, ' ');
    last = end;
    i = close === -1 ? -1 : s.indexOf('<!--', end);
  }
  return out + s.slice(last);
}
