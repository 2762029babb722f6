// Shared helpers of the model tests: fixture loading and readable times.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../../src/core/model/parse';
import type { PostmortemDocument, Range } from '../../../src/core/types';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'model');

export function fixture(name: string): PostmortemDocument {
  return parseDocument(readFileSync(join(FIXTURES, name), 'utf8'), { uri: `file:///${name}` });
}

/** ISO string of an epoch ms (undefined stays undefined), so failures read as times. */
export function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The document text a range covers. */
export function slice(doc: PostmortemDocument, r: Range): string {
  return doc.text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end));
}
