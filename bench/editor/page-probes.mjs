// What the bench watches inside the workbench page. `installProbes` runs before VS Code's own scripts (playwright's
// addInitScript), so every mark is a performance.now() of the page: milliseconds since the window started to load.
// DOM mutations are observed (not polled), so a mark is taken in the same task that rendered what it marks.

/** Runs in the page (serialized by playwright: no closure over this module). */
function probes({ expectListed }) {
  if (window.top !== window || window.__pmBench) return;
  const marks = {};
  const mark = (name) => { if (!(name in marks)) marks[name] = performance.now(); };
  const activeEditor = () => document.querySelector('.editor-group-container.active .monaco-editor');
  const SQUIGGLE = '[class*="squiggly-"]';

  /** The overlay rows of the cursor's line (one per wrapped row) hold the current-line highlight and its squiggles. */
  function cursorLineHasSquiggle() {
    const rows = activeEditor()?.querySelectorAll('.view-overlays .current-line') ?? [];
    return [...rows].some((highlight) => highlight.parentElement?.querySelector(SQUIGGLE));
  }

  /** Root rows of the sidebar's tree (the Postmortems view once it is shown) telling how many roots there are. */
  function listedInSidebar() {
    const row = document.querySelector('.part.sidebar .monaco-list-row[aria-level="1"][aria-setsize]');
    return row ? Number(row.getAttribute('aria-setsize')) : 0;
  }

  function checkOpening() {
    const editor = activeEditor();
    if (editor && !marks.textShown && editor.querySelector('.view-lines')?.textContent.trim()) mark('textShown');
    if (!marks.problemsPanel && document.querySelector('.markers-panel')) mark('problemsPanel');
    if (!marks.firstProblem && document.querySelector('.markers-panel .monaco-list-row')) mark('firstProblem');
    if (!marks.firstSquiggle && editor?.querySelector(`.view-overlays ${SQUIGGLE}`)) mark('firstSquiggle');
    if (expectListed && !marks.allListed && listedInSidebar() >= expectListed) mark('allListed');
  }
  const opening = new MutationObserver(checkOpening);
  opening.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-setsize'] });

  // keystroke → squiggle: armed before the key is pressed; the first keydown after arming starts the clock
  let armed;
  window.addEventListener('keydown', () => { if (armed && armed.keyAt === undefined) armed.keyAt = performance.now(); }, true);

  window.__pmBench = {
    marks: () => ({ ...marks }),
    stopOpening: () => opening.disconnect(),
    listedInSidebar,
    cursorLineHasSquiggle,
    /** Call before pressing the key; resolves with key → squiggle on the cursor's line, in ms (or a reason). */
    squiggleAfterNextKey(timeoutMs) {
      if (cursorLineHasSquiggle()) return Promise.resolve({ error: 'the cursor line already had a squiggle before the key' });
      const editor = activeEditor();
      if (!editor) return Promise.resolve({ error: 'no active editor' });
      armed = { keyAt: undefined };
      const state = armed;
      return new Promise((resolve) => {
        const done = (value) => { observer.disconnect(); clearTimeout(timer); armed = undefined; resolve(value); };
        const observer = new MutationObserver(() => {
          if (state.keyAt !== undefined && cursorLineHasSquiggle()) {
            const now = performance.now();
            // wall-clock times as well, to line them up with the extension host's (same machine clock)
            done({ ms: now - state.keyAt, keyAt: performance.timeOrigin + state.keyAt, shownAt: performance.timeOrigin + now });
          }
        });
        observer.observe(editor, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
        const timer = setTimeout(() => {
          const current = editor.querySelector('.view-overlays .current-line');
          const squiggles = editor.querySelectorAll(`.view-overlays ${SQUIGGLE}`).length;
          const line = current ? 'a current-line highlight' : 'no current-line highlight';
          done({ error: `no squiggle on the cursor line within ${timeoutMs} ms of the key (${line}, ${squiggles} squiggles in the editor)` });
        }, timeoutMs);
      });
    },
  };
}

/** Installs the probes in `page` before it loads anything. */
export async function installProbes(page, { expectListed = 0 } = {}) {
  await page.addInitScript(probes, { expectListed });
}
