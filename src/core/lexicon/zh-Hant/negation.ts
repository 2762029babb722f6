// 繁體中文：否定緊鄰內容的詞（見 NegationLexicon）。
import type { NegationLexicon } from '../types';

export const negation: NegationLexicon = {
  words: ['無法', '不能', '未能', '不可', '不可以', '沒法', '沒辦法', '沒有辦法', '不再', '不了', '並非', '並不是', '不是', '並無', '沒有', '排除'],
  openers: ['的', '如果', '若', '假如'],
};
