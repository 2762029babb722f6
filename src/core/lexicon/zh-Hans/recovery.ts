// 简体中文恢复通知用语（PM012）：确认恢复、说明数据是否丢失、承诺发布报告。
import type { RecoveryLexicon } from '../types';

export const recovery: RecoveryLexicon = {
  recovered: ['已恢复', '恢复正常', '已解决', '已修复', '正常运行', '恢复服务', '均已恢复', '全部恢复'],
  dataLoss: ['数据回滚', '安全无虞', '权益…保障', '损及…权益', '丢失', '数据损失', '遗失', '损坏', '数据完整', '数据安全', '重复扣款'],
  reportPromise: ['报告', '复盘', '事后分析', '纠正措施', '原因分析', '根因分析'],
};
