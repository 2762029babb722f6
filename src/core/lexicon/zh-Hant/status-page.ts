// Traditional Chinese words of a hosted status page's history as a person copies it (Import Incident from Status Page).
import type { StatusPageLexicon } from '../types';

export const statusPage: StatusPageLexicon = {
  posted: ['發佈於', '發布於', '發佈時間', '發布時間', '發佈', '發布'],
  otherLabels: ['更新', '事後分析', '覆盤', '計劃中', '進行中', '驗證中', '已完成'],
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  affected: ['此事件影響了', '受影響的元件', '受影響元件'],
  postmortemHeading: '事後分析',
  notesHeading: '備註',
};
