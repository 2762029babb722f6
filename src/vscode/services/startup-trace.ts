// Where the time goes between the extension host's start and the first problems, for the log: wall-clock marks
// (Date.now(), as VS Code's own extension-host marks), written as one line once the first findings are published.
// The log channel itself stamps its lines when it is ready (after activation), so its times cannot tell this.

const marks: Array<[name: string, at: number]> = [];
let extensionId = '';

/** Called first thing in activate(). */
export function startTrace(id: string): void {
  extensionId = id;
  mark('activate() entered');
}

/** Notes that `name` happened now (the first time only). */
export function mark(name: string, at = Date.now()): void {
  if (!marks.some(([n]) => n === name)) marks.push([name, at]);
}

export function hasMark(name: string): boolean {
  return marks.some(([n]) => n === name);
}

/** VS Code's marks for this extension, from the extension host (undefined where they cannot be read). */
function hostMarks(id: string): Array<[string, number]> {
  const all = (globalThis as { MonacoPerformanceMarks?: { getMarks?: () => Array<{ name: string; startTime: number }> } })
    .MonacoPerformanceMarks?.getMarks?.() ?? [];
  const wanted: Array<[string, string]> = [
    ['code/timeOrigin', 'extension host started'],
    [`code/extHost/willLoadExtensionCode/${id}`, 'VS Code loads our code'],
    [`code/extHost/didLoadExtensionCode/${id}`, 'code loaded'],
    [`code/extHost/willActivateExtension/${id}`, 'VS Code calls activate()'],
  ];
  return wanted.flatMap(([name, label]) => {
    const m = all.find((x) => x.name === name);
    return m ? [[label, Math.round(m.startTime)] as [string, number]] : [];
  });
}

function clockTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

/** The marks so far, in time order: the first with its clock time (UTC), the others as + ms after it. */
export function startupTrace(): string {
  const all = [...hostMarks(extensionId), ...marks].sort((a, b) => a[1] - b[1]);
  if (all.length === 0) return '';
  const [, first] = all[0];
  return all.map(([name, at], i) => (i === 0 ? `${name} ${clockTime(at)} UTC` : `${name} +${at - first}`)).join(', ');
}
