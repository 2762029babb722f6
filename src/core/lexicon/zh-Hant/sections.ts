// Traditional Chinese section headings. Matched exactly, or as the start of a longer heading ("影響範圍").
import type { SectionLexicon } from '../types';

export const sections: SectionLexicon = {
  summary: ['摘要', '概要', '概述', '總結', '事件概述'],
  impact: ['影響', '影響範圍', '客戶影響', '使用者影響', '用戶影響', '受影響的服務'],
  updates: ['更新', '狀態更新', '進展更新', '事件更新', '最新進展'],
  timeline: ['時間線', '時間軸', '時間表', '事件經過', '事件時間線'],
  rootCause: ['原因', '根本原因', '根因', '根因分析', '原因分析', '故障原因'],
  resolution: ['解決', '解決方案', '解決過程', '恢復', '處理過程', '修復'],
  correctiveActions: ['矯正措施', '矯正與預防措施', '糾正措施', '改進措施', '改善措施', '後續措施', '預防措施', '糾正與預防措施', '後續行動', '我們改變了什麼', '我們做出的改變', '已採取的措施'],
  contact: ['聯繫', '聯絡', '聯絡我們', '聯繫我們', '聯絡方式', '聯繫方式', '聯絡人'],
  workaround: ['臨時解決方案', '臨時方案', '規避方法', '替代方案', '變通方法'],
  // diag-161: a report's Authors section ("## Author(s)", "- Jane Doe <jane@example.com>") signs it.
  authors: ['作者'],
};
