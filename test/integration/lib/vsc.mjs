// What a user does in the workbench, for UI drivers (test/integration/ui/*.mjs). Keyboard first, like a person.
export function vscodeDriver(page) {
  const quickInput = page.locator('.quick-input-widget');
  const rows = quickInput.locator('.monaco-list-row');

  async function pick(shortcut, text, rowText = text) {
    await page.keyboard.press(shortcut);
    await quickInput.waitFor({ state: 'visible', timeout: 15000 });
    await page.keyboard.type(text, { delay: 10 });
    await rows.filter({ hasText: rowText }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);   // let the list settle on the best match
    await page.keyboard.press('Enter');
    await quickInput.waitFor({ state: 'hidden', timeout: 15000 }).catch(() => {});
  }

  const api = {
    page,
    /** Ctrl+P, type, Enter: opens a workspace file by (part of) its path. */
    async quickOpen(text, rowText) {
      await pick('Control+P', text, rowText ?? text.split('/').pop());
      await page.locator('.tabs-container .tab.active', { hasText: text.split('/').pop() }).first().waitFor({ timeout: 15000 });
    },
    /** F1, type the command title as the palette shows it ("Postmortem: Show Log"), Enter. */
    async runCommand(title) {
      await pick('F1', title);
    },
    /** Ctrl+Shift+M: the Problems panel. Returns its rows locator. */
    async openProblems() {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').first().waitFor({ timeout: 15000 });
      return page.locator('.markers-panel .monaco-list-row');
    },
    /** The activity-bar entry of a view container (title as in package.json), or null when absent. */
    activityBarItem(title) {
      return page.locator(`.activitybar [aria-label^="${title}"]`).first();
    },
    /** Clicks an activity-bar view container open. */
    async openView(title) {
      const item = api.activityBarItem(title);
      await item.waitFor({ timeout: 15000 });
      await item.click();
    },
    /**
     * Ctrl+. in the active editor; returns the rows of the quick-fix menu. Waits for the editor to hold the focus
     * first (focus moves there from the Problems panel a moment after Enter), and presses again when no menu shows,
     * as a person does: on a loaded machine the first press can come before the code actions are ready.
     */
    async quickFixMenu(tries = 3) {
      const menu = page.locator('.action-widget .monaco-list-row');
      for (let attempt = 1; ; attempt++) {
        await page.locator('.editor-group-container.active .monaco-editor.focused').first()
          .waitFor({ timeout: 10000 }).catch(() => {});
        await page.keyboard.press('Control+.');
        try {
          await menu.first().waitFor({ timeout: 8000 });
          return menu;
        } catch (e) {
          if (attempt >= tries) throw e;
          await page.keyboard.press('Escape');
          // focus the editor's input area: unlike a click, this keeps the cursor on the problem's line
          await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus().catch(() => {});
        }
      }
    },
    /** Visible text of the active editor (only the rendered lines). */
    async editorText() {
      return page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
    },
    /** Waits for text anywhere in the workbench. */
    async waitForText(text, timeout = 15000) {
      await page.getByText(text, { exact: false }).first().waitFor({ timeout });
    },
  };
  return api;
}

/** Waits until the workbench has rendered and restored its editors. */
export async function waitForWorkbench(page) {
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  await page.locator('.statusbar').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
}
