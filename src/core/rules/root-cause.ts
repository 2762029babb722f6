// PM020 root-cause: a cause-and-corrective-action report without a cause is not one. Customers read it to learn
// what went wrong and why it will not happen again.
import type { Lang } from '../types';
import { isEmptyBody, titleRange } from './support/doc';
import { defineRule } from './define';

const MESSAGES: Record<Lang, { missing: string; empty: string }> = {
  en: {
    missing: 'No Root cause section: add "## Root cause" and explain, in plain words, what failed and why.',
    empty: 'The Root cause section is empty: explain, in plain words, what failed and why.',
  },
  fr: {
    missing: 'Aucune section Cause : ajoutez « ## Cause » et expliquez simplement ce qui a échoué et pourquoi.',
    empty: 'La section Cause est vide : expliquez simplement ce qui a échoué et pourquoi.',
  },
  de: {
    missing: 'Kein Abschnitt „Ursache“: Fügen Sie „## Ursache“ hinzu und erklären Sie verständlich, was ausgefallen ist und warum.',
    empty: 'Der Abschnitt „Ursache“ ist leer: Erklären Sie verständlich, was ausgefallen ist und warum.',
  },
  'zh-Hans': {
    missing: '缺少“原因”部分：请添加“## 原因”，用通俗的语言说明哪里出了问题以及为什么。',
    empty: '“原因”部分为空：请用通俗的语言说明哪里出了问题以及为什么。',
  },
  'zh-Hant': {
    missing: '缺少「原因」部分：請新增「## 原因」，用淺白的語言說明哪裡出了問題以及為什麼。',
    empty: '「原因」部分為空：請用淺白的語言說明哪裡出了問題以及為什麼。',
  },
};

const rule = defineRule({
  id: 'PM020',
  name: 'root-cause',
  description: 'A cause-and-corrective-action report has a Root cause section with content.',
  tags: ['structure', 'rcca'],
  defaultSeverity: 'error',
  appliesTo: ['rcca'],
  customerOnly: false,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const t = ctx.messages;
    const cause = doc.section('rootCause');
    if (!cause) ctx.report({ range: titleRange(doc), message: t.missing });
    else if (isEmptyBody(cause)) ctx.report({ range: cause.headingRange, message: t.empty });
  },
});

export default rule;
