// Simplified Chinese section headings. Matched exactly, or as the start of a longer heading ("影响范围").
import type { SectionLexicon } from '../types';

export const sections: SectionLexicon = {
  summary: ['摘要', '概要', '概述', '总结', '事件概述'],
  impact: ['影响', '影响范围', '客户影响', '用户影响', '受影响的服务'],
  updates: ['更新', '状态更新', '进展更新', '事件更新', '最新进展'],
  timeline: ['时间线', '时间轴', '时间表', '事件经过', '事件时间线'],
  rootCause: ['原因', '根本原因', '根因', '根因分析', '原因分析', '故障原因'],
  resolution: ['解决', '解决方案', '解决过程', '恢复', '处理过程', '修复'],
  correctiveActions: ['纠正措施', '改进措施', '整改措施', '后续措施', '预防措施', '纠正和预防措施', '后续行动', '我们改变了什么', '我们做出的改变', '已采取的措施'],
  contact: ['联系', '联系我们', '联系方式', '联系人'],
  workaround: ['临时解决方案', '临时方案', '规避方法', '替代方案', '变通方法'],
  // diag-161: a report's Authors section ("## Author(s)", "- Jane Doe <jane@example.com>") signs it.
  authors: ['作者'],
};
