// The language rules stay linear on the texts that made them quadratic (issue 11 item 7): a cause word repeated
// thousands of times before a vendor, hedges and causes repeated in one sentence, in every language. Not timed: the
// work is counted as the characters every regular expression goes over (exec, test, replace, split and match all
// run through RegExp.prototype.exec), which counts the scans the rules make, with their copies and look-backs. The
// rule is linear when four times the text costs about four times the work; the quadratic look-backs cost sixteen.
import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/model/parse';
import { mergeConfig } from '../../../src/core/config/index';
import { lint } from '../../../src/core/engine/index';
import { resolveRuleOptions } from '../../../src/core/config/options';
import { messagesIn } from '../../../src/core/rules/define';
import speculation from '../../../src/core/rules/speculation';
import vendorBlame from '../../../src/core/rules/vendor-blame';
import type { Lang, Rule } from '../../../src/core/types';
import { NOW } from './helpers';

/** Characters gone over by regular expressions while `fn` runs. */
function regexWork(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let chars = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    // A sticky regex tries one position; any other goes from `from` to the end of its match, or of the text.
    chars += this.sticky ? (m ? m[0].length : 0) + 1 : (m ? m.index + m[0].length : s.length) - from + 1;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return chars;
}

const head = (lang: Lang) => `---
kind: incident
id: INC-1
title: Adversarial
severity: sev2
status: investigating
audience: customers
lang: ${lang}
timezone: UTC
started: 2026-11-22T14:02:00Z
---

# Adversarial

## Impact

Customers could not pay.

## Updates

### 2026-11-22 14:12 UTC — Investigating

`;

/** Runs `rule` alone on the parsed text; returns the work done and how many findings it reported. */
function run(rule: Rule, text: string): { work: number; found: number } {
  const doc = parseDocument(text);
  let found = 0;
  const work = regexWork(() =>
    rule.check({
      doc,
      options: resolveRuleOptions(rule, {}, undefined),
      messages: messagesIn(rule, doc.lang),
      now: NOW,
      report: () => void found++,
    }),
  );
  return { work, found };
}

interface Case { lang: Lang; before?: string; unit: string; after?: string }

const N = 1000;

/** Work on N units, growth from N to 4N units (about 4 when linear), and that the last text was still flagged. */
function growth(rule: Rule, c: Case): { small: number; large: number; ratio: number; found: number } {
  const text = (n: number) => head(c.lang) + (c.before ?? '') + c.unit.repeat(n) + (c.after ?? '') + '\n';
  run(rule, text(10)); // compiles the rule's lists once, outside the counts (a text of its own: searches remember the last text)
  const small = run(rule, text(N)).work;
  const large = run(rule, text(4 * N));
  return { small, large: large.work, ratio: large.work / small, found: large.found };
}

const VENDOR_BLAME: Record<string, Case> = {
  'cause words before a vendor (en)': { lang: 'en', unit: 'due to ', after: 'AWS.' },
  'cause words before a vendor, soft-wrapped (en)': { lang: 'en', unit: 'due to\n', after: 'AWS.' },
  'cause words before a vendor (fr)': { lang: 'fr', unit: 'à cause de ', after: 'AWS.' },
  'cause words before a vendor (de)': { lang: 'de', unit: 'wegen ', after: 'AWS.' },
  'cause words before a vendor (zh-Hans)': { lang: 'zh-Hans', unit: '由于', after: '第三方导致。' },
  'cause words before a vendor (zh-Hant)': { lang: 'zh-Hant', unit: '由於', after: '第三方導致。' },
  'vendors after one cause word (en)': { lang: 'en', before: 'due to ', unit: 'AWS ', after: 'outage.' },
};

const SPECULATION: Record<string, Case> = {
  // Every hedge has causes in the same sentence but none in its own clause: each pair was compared.
  'hedges and causes in separate clauses (en)': { lang: 'en', unit: 'probably, due to, ', after: 'caused by the database probably.' },
  'hedges and causes in separate clauses (fr)': { lang: 'fr', unit: 'probablement, à cause de, ', after: 'à cause de la base probablement.' },
  'hedges and causes in separate clauses (de)': { lang: 'de', unit: 'vermutlich, wegen, ', after: 'wegen der Datenbank vermutlich.' },
  'hedges and causes in separate clauses (zh-Hans)': { lang: 'zh-Hans', unit: '可能是，由于，', after: '由于数据库疑似。' },
  'hedges before a cause (en)': { lang: 'en', unit: 'we suspect ', after: 'it is caused by the database.' },
  'causes before a hedge (en)': { lang: 'en', unit: 'due to ', after: 'the database probably.' },
  'hedges before a cause (fr)': { lang: 'fr', unit: 'nous soupçonnons ', after: 'à cause de la base.' },
  'causes before a hedge (fr)': { lang: 'fr', unit: 'à cause de ', after: 'la base probablement.' },
  'hedges before a cause (de)': { lang: 'de', unit: 'vermutlich ', after: 'wegen der Datenbank.' },
  'causes before a hedge (de)': { lang: 'de', unit: 'wegen ', after: 'der Datenbank vermutlich.' },
  'hedges before a cause (zh-Hans)': { lang: 'zh-Hans', unit: '我们怀疑', after: '由于数据库。' },
  'causes before a hedge (zh-Hans)': { lang: 'zh-Hans', unit: '由于', after: '数据库疑似。' },
  // Every clause holds a recovery but no time to come: each clause was searched from the sentence's start.
  'recoveries in clauses without a time (en)': { lang: 'en', unit: 'restored, ', after: 'we will be back online tomorrow.' },
  'recoveries in clauses without a time (de)': { lang: 'de', unit: 'behoben, ', after: 'es wird bis morgen behoben sein.' },
  'recoveries in clauses without a time (zh-Hans)': { lang: 'zh-Hans', unit: '恢复，', after: '预计明天恢复。' },
  // A suspected part instead of a cause word, many hedges before it.
  'hedges before a suspected part (en)': { lang: 'en', unit: 'we suspect ', after: 'the disk is broken.' },
};

/** Four times the text may cost at most this many times the work (linear: about 4; quadratic: about 16). */
const LINEAR = 5;

describe('language rules do linear work on adversarial texts (issue 11 item 7)', () => {
  for (const [rule, cases] of [[vendorBlame, VENDOR_BLAME], [speculation, SPECULATION]] as const) {
    for (const [name, c] of Object.entries(cases)) {
      it(`${rule.name}: ${name}`, () => {
        const g = growth(rule, c);
        assert.ok(g.found > 0, `${rule.name} still flags the text (${name})`);
        assert.ok(
          g.ratio <= LINEAR,
          `${rule.name} on ${N} then ${4 * N} units: ${g.small} then ${g.large} characters scanned (×${g.ratio.toFixed(1)})`,
        );
      });
    }
  }
});

describe('a long vendors list is matched by what was built for it once (issue 11 item 9)', () => {
  const names = (count: number, tag: string) => Array.from({ length: count }, (_, i) => `Hostco ${tag}${i.toString(36)}`);
  /** Regex work of a lint that follows a first lint with the same configuration object. */
  const nextLintWork = (count: number, tag: string) => {
    const vendors = names(count, tag);
    const config = mergeConfig(undefined, { rules: { 'vendor-blame': { severity: 'warning', vendors } } });
    const text = `${head('en')}The outage was caused by ${vendors[count - 1]}.\n`;
    const first = lint(text, { now: NOW, config });
    assert.equal(first.findings.filter((f) => f.ruleName === 'vendor-blame').length, 1, 'the last name is found');
    return regexWork(() => void lint(text, { now: NOW, config }));
  };

  it('the next lint does the same work for 10,000 names as for 40,000', () => {
    const small = nextLintWork(10_000, 'a');
    const large = nextLintWork(40_000, 'b');
    // Each lint went through the whole list again (the options copied it, so the matcher was looked up by content).
    assert.ok(large <= small * 1.5, `next lint: ${small} characters scanned with 10,000 names, ${large} with 40,000`);
  });
});
