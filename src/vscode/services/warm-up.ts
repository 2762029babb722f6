// The first lint without the cold start. VS Code loads the extension's code, then asks the window for the
// extension's storage and calls activate() only when it answers: on this project's bench machine that wait was about
// a second (0.8-1.0 s between "code loaded" and "VS Code calls activate()" in the start-up line of the log), while
// the first lint after activate() spent most of its 0.4-0.8 s loading the core and running every rule, the lexicons
// and the Markdown and YAML parsers for the first time (the same 3 KB document lints in 30-80 ms once warm). So,
// right after the code is loaded, a task of its own loads the core and lints the head of the Markdown document
// already open, with the defaults and nothing cached or published: the real first lint then finds it all compiled.
// Skipped when the first lint has started already (activate() came first) or no Markdown document is open.
import * as vscode from 'vscode';
import { core } from './core';
import { hasMark, mark } from './startup-trace';

/** At most this much of the document is linted to warm up (a 1 MB document would cost seconds, for nothing more). */
const WARM_UP_CHARS = 32_000;

export function warmUpSoon(): void {
  setTimeout(warmUp, 0);
}

function warmUp(): void {
  if (hasMark('first lint requested')) return;
  try {
    const doc = vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && !d.isClosed);
    if (!doc) return;
    mark('warm-up started');
    let text = doc.getText();
    if (text.length > WARM_UP_CHARS) text = text.slice(0, text.lastIndexOf('\n', WARM_UP_CHARS) + 1 || WARM_UP_CHARS);
    const c = core();
    // no uri and no version: nothing enters the parse cache; the findings are dropped
    if (c.postmortemKind(text, undefined, undefined) !== undefined) c.lint(text, { now: Date.now() });
    mark('warm-up done');
  } catch {
    // only a warm-up: the real lint reports what is wrong
  }
}
