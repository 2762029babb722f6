// 繁體中文致歉用語（PM001）。
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: ['抱歉', '道歉', '致歉', '歉意', '對不起', '不好意思'],
  sentence: '對於由此給您帶來的不便，我們深表歉意。',
};
