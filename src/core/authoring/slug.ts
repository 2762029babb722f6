// Folder names for new incidents: readable, safe on every file system, and stable for a given title.

/** "Card payments failing in the EU!" -> "card-payments-failing-in-the-eu"; CJK letters are kept. */
export function slugify(title: string, maxLength = 60): string {
  const base = String(title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: é -> e
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = [...base].slice(0, maxLength).join('').replace(/-+$/g, '');
  return cut || 'incident';
}
