// Traditional Chinese: where and how a report states why it happened, outside a 原因 section.
import type { CauseLexicon } from '../types';

export const cause: CauseLexicon = {
  headings: ['事件經過', '故障經過', '事故經過', '經過', '故障說明', '事件說明', '問題分析', '故障分析', '事故分析', '原因和經過', '原因及經過'],
  headingWords: ['原因', '為什麼', '為何', '起因', '根因'],
  statements: [
    '原因是', '原因為', '原因在於', '起因', '由於', '因為', '導致', '所致', '引起', '引發', '源於', '歸因於', '誘因', '致使', '以致',
    '造成', '係…所致',
    // tune9：「相信涉及兩項因素，包括人為因素……」。
    '因素',
  ],
  unknown: ['未知原因', '原因未知', '原因不明', '不明原因', '原因尚不明確', '原因尚未', '尚未查明', '正在調查原因', '正在查明', '查明原因', '排查原因'],
};
