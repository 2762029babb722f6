// Simplified Chinese: where and how a report states why it happened, outside a 原因 section.
import type { CauseLexicon } from '../types';

export const cause: CauseLexicon = {
  headings: ['事件经过', '故障经过', '事故经过', '经过', '故障说明', '事件说明', '问题分析', '故障分析', '事故分析', '原因和经过', '原因及经过'],
  headingWords: ['原因', '为什么', '为何', '起因', '根因'],
  statements: [
    '原因是', '原因为', '原因在于', '起因', '由于', '因为', '导致', '所致', '引起', '引发', '源于', '归因于', '诱因', '致使', '以致',
    '造成', '系…所致',
    // tune9：「相信涉及两项因素，包括人为因素……」。
    '因素',
  ],
  unknown: ['未知原因', '原因未知', '原因不明', '不明原因', '原因尚不明确', '原因尚未', '尚未查明', '正在调查原因', '正在查明', '查明原因', '排查原因'],
};
