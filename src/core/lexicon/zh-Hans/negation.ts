// 简体中文：否定紧邻内容的词（见 NegationLexicon）。
import type { NegationLexicon } from '../types';

export const negation: NegationLexicon = {
  words: ['无法', '不能', '未能', '不可', '不可以', '没法', '没办法', '没有办法', '不再', '不了', '并非', '并不是', '不是', '并无', '没有', '排除'],
  openers: ['的', '如果', '若', '假如'],
};
