// Text the Markdown parser never read (blocks nested deeper than its 100-level limit) is never checked by any rule:
// say so at the first such line, so a reader never takes the silence for a clean document.
import type { Finding, Lang, PostmortemDocument } from '../types';
import { configProblem } from '../config/parse';
import type { LineIndex } from '../model/lines';

const MESSAGES: Record<Lang, string> = {
  en: 'From this line on, the text is nested more than 100 levels deep (lists or quotes inside each other): it is not checked. Nest it less deeply.',
  fr: 'À partir de cette ligne, le texte est imbriqué sur plus de 100 niveaux (listes ou citations les unes dans les autres) : il n\'est pas vérifié. Imbriquez-le moins profondément.',
  de: 'Ab dieser Zeile ist der Text mehr als 100 Ebenen tief verschachtelt (Listen oder Zitate ineinander): Er wird nicht geprüft. Verschachteln Sie ihn weniger tief.',
  'zh-Hans': '从这一行起，文本嵌套超过 100 层（列表或引用相互嵌套），不会被检查。请减少嵌套层级。',
  'zh-Hant': '從這一行起，文字巢狀超過 100 層（清單或引用彼此巢狀），不會被檢查。請減少巢狀層級。',
};

/** The notice for a document whose text the parser left partly unread, or nothing. */
export function nestingLimitNotice(doc: PostmortemDocument, lines: LineIndex): Finding | undefined {
  const line = doc.nestingLimitLine;
  if (line === undefined || line < 0 || line >= lines.lineCount) return undefined;
  return configProblem(MESSAGES[doc.lang] ?? MESSAGES.en, lines.lineRange(line), 'warning');
}
