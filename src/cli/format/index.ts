import type { Format } from '../args';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { RunSummary } from './types';

export type { RunSummary } from './types';

export const FORMATTERS: Record<Format, (run: RunSummary) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
