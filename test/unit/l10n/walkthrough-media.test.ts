// The walkthrough's media in every UI language: package.json names each step's media file through a %key% that
// package.nls.<id>.json resolves to a file of that language, and each translation keeps the English file's shape and
// names our commands by the titles the command palette shows in that language.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, UI_LOCALE } from './texts';

interface Step { id: string; media: { markdown: string } }

const steps = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: Array<{ steps: Step[] }> };
}).contributes.walkthroughs.flatMap((w) => w.steps);

function nls(id?: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, id ? `package.nls.${id}.json` : 'package.nls.json'), 'utf8')) as Record<string, string>;
}

/** What a translation keeps from the English file: headings, fences, table rows, list items, code block lines' keys. */
function shape(markdown: string): Record<string, number | string> {
  const lines = markdown.split('\n');
  let fenced = false;
  let headings = 0;
  const codeKeys: string[] = [];
  for (const line of lines) {
    if (line.startsWith('```')) { fenced = !fenced; continue; }
    if (fenced) codeKeys.push(/^[\w-]+:/.test(line) ? line.slice(0, line.indexOf(':')) : /^#+ /.test(line) ? line.replace(/ .*/, '') : '');
    else if (/^#+ /.test(line)) headings++;
  }
  return {
    headings,
    fences: lines.filter((l) => l.startsWith('```')).map((l) => l.trim()).join(' '),
    tableRows: lines.filter((l) => l.startsWith('|')).length,
    listItems: lines.filter((l) => /^- /.test(l)).length,
    codeLines: codeKeys.join(','),
  };
}

const bold = (text: string, title: string) => text.includes(`**${title}**`) || text.includes(`**Postmortem: ${title}**`);

/** The commands the English text names in bold (`**Postmortem: New Incident**`, `**New Status Update**`) whose title
 *  in `table` the translation does not name in bold. */
function missingTitles(text: string, enText: string, english: Record<string, string>, table: Record<string, string>): string[] {
  const named = Object.keys(english).filter((k) => k.startsWith('postmortem.command.') && bold(enText, english[k]));
  assert.ok(named.length > 0, 'the English text names a command');
  return named.filter((k) => !bold(text, table[k])).map((k) => `**${table[k]}** (${k})`);
}

describe('l10n: walkthrough media', () => {
  it('five steps, each naming its media through a %key%', () => {
    assert.strictEqual(steps.length, 5);
    for (const step of steps) assert.strictEqual(step.media.markdown, `%postmortem.walkthrough.${step.id}.media%`);
  });

  const english = nls();
  for (const [lang, id] of [['en', undefined], ...Object.entries(UI_LOCALE)] as Array<[string, string | undefined]>) {
    it(`${lang}: every step's media file exists, in that language, with the English file's shape and command titles`, () => {
      const table = nls(id);
      for (const step of steps) {
        const key = `postmortem.walkthrough.${step.id}.media`;
        const en = english[key];
        assert.strictEqual(en, `media/walkthrough-${step.id}.md`);
        const file = table[key];
        assert.strictEqual(file, id ? `media/walkthrough-${step.id}.${id}.md` : en, `${lang}: ${key}`);
        const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
        const enText = fs.readFileSync(path.join(ROOT, en), 'utf8');
        assert.deepStrictEqual(shape(text), shape(enText), `${file}: same shape as ${en}`);
        if (!id) continue;
        assert.notStrictEqual(text.split('\n')[0], enText.split('\n')[0], `${file}: its title is translated`);
        assert.deepStrictEqual(missingTitles(text, enText, english, table), [], file);
      }
    });
  }

  it('a translation that drops a table row or names a command by another title fails', () => {
    const en = fs.readFileSync(path.join(ROOT, 'media/walkthrough-postUpdate.md'), 'utf8');
    const fr = fs.readFileSync(path.join(ROOT, 'media/walkthrough-postUpdate.fr.md'), 'utf8');
    const dropped = fr.split('\n').filter((l) => !l.includes('PM008')).join('\n');
    assert.notDeepStrictEqual(shape(dropped), shape(en));
    const frTable = nls('fr');
    assert.deepStrictEqual(missingTitles(fr, en, nls(), frTable), []);
    const renamed = fr.replace(`**${frTable['postmortem.command.newStatusUpdate']}**`, '**Nouvelle mise à jour**');
    assert.deepStrictEqual(missingTitles(renamed, en, nls(), frTable), [`**${frTable['postmortem.command.newStatusUpdate']}** (postmortem.command.newStatusUpdate)`]);
  });
});
