// English phase words of a status update heading (lower case).
import type { PhaseLexicon } from '../types';

export const phases: PhaseLexicon = {
  // diag-42: a post headed "Original message" is the first one, written while the trouble was new.
  investigating: ['investigating', 'investigation', 'under investigation', 'investigating issue', 'original message', 'original post', 'initial report'],
  identified: ['identified', 'issue identified', 'cause identified', 'fix in progress', 'fixing'],
  monitoring: ['monitoring', 'monitoring fix', 'fix deployed', 'recovering'],
  // diag-37: Statuspage's "Postmortem" post comes after the incident is resolved.
  // diag-119: a maintainer's one-word reply "Restarted." tells the bot is back.
  // diag-153: a moderator's one-word reply "cleaned." after spam was removed.
  resolved: ['resolved', 'solved', 'fixed', 'closed', 'restored', 'completed', 'postmortem', 'post-mortem', 'restarted', 'cleaned', 'cleaned up'],
};
