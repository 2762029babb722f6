// 简体中文致歉用语（PM001）。
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: ['抱歉', '道歉', '致歉', '歉意', '对不起', '不好意思'],
  sentence: '对于由此给您带来的不便，我们深表歉意。',
};
