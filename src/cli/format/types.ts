// What every formatter receives.
import type { Rule } from '../core';
import type { FileReport } from '../report';

export interface RunSummary {
  reports: FileReport[];
  /** Postmortem documents checked (files with findings or not). */
  documents: number;
  rules: readonly Rule[];
  version: string;
  cwd: string;
  /** The clock used for deadline rules, epoch ms. */
  now: number;
  fix: boolean;
  color: boolean;
  maxWarnings: number;
}
