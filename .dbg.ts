import * as fs from 'fs';
import { lint } from './src/core/engine/index';
const t = fs.readFileSync(process.argv[2], 'utf8');
const r = lint(t, { now: Date.parse('2026-11-23T12:00:00Z') });
console.log(r.document.kind, r.document.lang, r.document.meta, r.errors);
for (const f of r.findings) console.log(f.range.start.line, f.ruleId, f.message.slice(0, 100));
