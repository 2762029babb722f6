// The front matter of plain `key: value` lines is read without the YAML parser (readSimpleYaml). Whatever it reads
// must be exactly what the parser reads (keys, their offsets, the data with YAML 1.2 core types, no error); whatever it
// cannot be sure of it must leave to the parser. Compared on the repository's own documents, on generated incidents
// and on random lines built from the characters and words that make YAML differ.
import assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { readSimpleYaml, readYamlWithParser, type YamlRead } from '../../../src/core/model/front-matter-yaml';
import { frontMatterSource } from '../../../src/core/model/declared-kind';
import { generateSmallIncident } from '../../../bench/small-incident';

const ROOT = path.join(__dirname, '..', '..', '..');

function plain(r: YamlRead): unknown {
  return { failed: r.failed, errors: r.errors, keys: [...r.keys], data: r.data };
}

/** Asserts that the fast read, when it reads `src`, equals the parser's; returns whether it read it. */
function agrees(src: string): boolean {
  const fast = readSimpleYaml(src);
  if (fast === undefined) return false;
  assert.deepStrictEqual(plain(fast), plain(readYamlWithParser(src)), `front matter:\n${src}`);
  return true;
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : markdownFiles(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

describe('front matter without the YAML parser', () => {
  it('reads the generated incidents of the benches as the parser does', () => {
    for (let i = 0; i < 300; i++) {
      const fm = frontMatterSource(generateSmallIncident(i));
      assert.ok(fm, `incident ${i} has a front matter`);
      assert.ok(agrees(fm.source), `incident ${i}: the fast read declined a plain front matter:\n${fm.source}`);
    }
  });

  it('reads the repository\'s examples, templates and fixtures as the parser does, or leaves them to it', () => {
    let read = 0;
    let total = 0;
    for (const dir of ['examples', 'templates', 'test/fixtures', 'docs']) {
      for (const file of markdownFiles(path.join(ROOT, dir))) {
        const fm = frontMatterSource(fs.readFileSync(file, 'utf8'));
        if (!fm) continue;
        total++;
        if (agrees(fm.source)) read++;
      }
    }
    assert.ok(total > 20 && read >= 100, `${read} of ${total} front matters read without the parser`);
  });

  it('types values as YAML 1.2 core does and leaves the rest to the parser', () => {
    const values = [
      'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
      '0', '7', '007', '0o17', '0o8', '0x1F', '0xG', '1.5', '1.', '1e3', '1E-3', '2.5e+2', '1_000', '12:30', '2026-01-02',
      '2026-01-02T03:04:05Z', '2026-01-02 03:04', 'sev1', 'INC-42', 'Card payments failed (EU)', "Team's outage",
      'a, b', 'http://example.com/x', 'a:b', 'inf', 'nan', 'Infinity', 'NaN', '1 2', 'x (y) z', 'a+b', 'a/b',
    ];
    for (const v of values) {
      assert.ok(agrees(`key: ${v}\n`), `declined "${v}"`);
      agrees(`key: ${v}   \n`);
    }
    assert.ok(agrees('a:\nb: 1\n'));
    assert.ok(agrees('a: 1\n\nb: two\n'));
    assert.ok(agrees('a: 1'));
  });

  it('declines what it cannot read exactly', () => {
    const declined = [
      'a: 1\na: 2\n', 'a: b: c\n', 'a: b:\n', 'a: "q"\n', "a: 'q'\n", 'a: [1]\n', 'a: {b: 1}\n', 'a: |\n  x\n', 'a: >\n  x\n',
      '# c\na: 1\n', 'a: 1 # c\n', 'a: &x 1\n', 'a: *x\n', 'a: !t 1\n', '  a: 1\n', 'a:\n  - 1\n', 'a:\n  b: 1\n', '- a\n',
      'a: 1\r\n', 'a:\t1\n', 'a: -1\n', 'a: .5\n', 'a: ~\n', '__proto__: x\n', '"a": 1\n', 'a b: 1\n', '', '\n', 'a: @x\n',
      'a: %x\n', 'a: `x`\n',
    ];
    for (const src of declined) assert.strictEqual(readSimpleYaml(src), undefined, JSON.stringify(src));
  });

  // About 4% of random front matters are simple enough to be read without the parser (101–137 of 3000 over twelve
  // seeds), so the old floor of 100 failed about one unseeded run in twelve (it did once: 100 of 3000). A fixed seed
  // keeps CI reproducible (PM_PROPERTY_SEED tries others) and the floor sits at half the usual count.
  const SEED = Number(process.env.PM_PROPERTY_SEED ?? 2);

  it('agrees with the parser on random lines', () => {
    const key = fc.constantFrom('kind', 'id', 'title', 'a', 'a-b', 'a_b', 'B', 'x1', '__proto__', 'a b', '1a');
    const word = fc.constantFrom('x', 'Y', '0', '1', '07', '0o7', '0x1f', '1.5', '1e3', 'true', 'False', 'null', 'NULL', 'yes',
      ':', ': ', '#', ' #', '-', '.', ',', "'", '"', '(', ')', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '/', '+',
      '~', ' ', '  ', '\t', 'é', '中');
    const value = fc.array(word, { maxLength: 5 }).map((w) => w.join(''));
    const line = fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
      fc.constantFrom('', ' ', '# c', '  x: 1', '- a'),
    );
    let read = 0;
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), (lines, finalBreak) => {
      if (agrees(lines.join('\n') + (finalBreak ? '\n' : ''))) read++;
    }), { numRuns: 3000, seed: SEED });
    assert.ok(read > 60, `only ${read} of 3000 random front matters were read without the parser: the comparison saw too few`);
  });
});
