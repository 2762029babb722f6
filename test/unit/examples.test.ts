// The example workspace (examples/) is what a person sees first with `npm start`: it must stay a clean model of
// the format, so every rule must pass on it.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { lint } from '../../src/core';

const dir = join(__dirname, '../../examples/incidents/2026-11-22-card-payments');
const NOW = Date.parse('2026-11-24T12:00:00Z');   // after the report was published

describe('examples/ workspace', () => {
  for (const file of ['incident.md', 'rcca.md']) {
    it(`${file} has no findings`, () => {
      const result = lint(readFileSync(join(dir, file), 'utf8'), { now: NOW, uri: file });
      const found = result.findings.map((f) => `${f.ruleId} ${f.ruleName} line ${f.range.start.line + 1}: ${f.message}`);
      assert.deepStrictEqual(found, []);
      assert.deepStrictEqual(result.errors ?? [], []);
      assert.strictEqual(result.document.meta.kind, file === 'rcca.md' ? 'rcca' : 'incident');
    });
  }
});
