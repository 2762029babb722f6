// PM020 root-cause: a cause-and-corrective-action report without a cause is not one. Customers read it to learn
// what went wrong and why it will not happen again. The cause may stand under a Root cause heading or another that
// tells the story ("What happened", "事件經過"), after a "Cause:" label, or in prose ("The outage was caused by …").
import type { Lang } from '../types';
import { hasDocumentShape, isEmptyBody, titleRange } from './support/doc';
import { causeInProse } from './support/stated-in-prose';
import { defineRule } from './define';

const MESSAGES: Record<Lang, { missing: string; empty: string }> = {
  en: {
    missing: 'The report never says why: add "## Root cause" and explain, in plain words, what failed and why.',
    empty: 'The Root cause section is empty: explain, in plain words, what failed and why.',
  },
  fr: {
    missing: 'Le rapport ne dit jamais pourquoi : ajoutez « ## Cause » et expliquez simplement ce qui a échoué et pourquoi.',
    empty: 'La section Cause est vide : expliquez simplement ce qui a échoué et pourquoi.',
  },
  de: {
    missing: 'Der Bericht sagt nirgends, warum: Fügen Sie „## Ursache“ hinzu und erklären Sie verständlich, was ausgefallen ist und warum.',
    empty: 'Der Abschnitt „Ursache“ ist leer: Erklären Sie verständlich, was ausgefallen ist und warum.',
  },
  'zh-Hans': {
    missing: '报告没有说明原因：请添加“## 根本原因”，用通俗的语言说明哪里出了问题以及为什么。',
    empty: '“根本原因”部分为空：请用通俗的语言说明哪里出了问题以及为什么。',
  },
  'zh-Hant': {
    missing: '報告沒有說明原因：請新增「## 根本原因」，用淺白的語言說明哪裡出了問題以及為什麼。',
    empty: '「根本原因」部分為空：請用淺白的語言說明哪裡出了問題以及為什麼。',
  },
};

const rule = defineRule({
  id: 'PM020',
  name: 'root-cause',
  description: 'A cause-and-corrective-action report says why: a Root cause section with content, or the cause under another heading, a label or in prose.',
  tags: ['structure', 'rcca'],
  defaultSeverity: 'error',
  appliesTo: ['rcca'],
  customerOnly: false,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const t = ctx.messages;
    const cause = doc.section('rootCause');
    if (!cause) {
      // A free-form write-up with no section we know tells its cause in words we cannot read reliably: stay quiet.
      if (hasDocumentShape(doc) && !causeInProse(doc)) ctx.report({ range: titleRange(doc), message: t.missing });
    } else if (isEmptyBody(cause)) ctx.report({ range: cause.headingRange, message: t.empty });
  },
});

export default rule;
