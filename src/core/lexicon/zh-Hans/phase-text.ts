// 更新正文中的阶段用语（各类别见 ../phase-text.ts）。
import type { PhaseTextLexicon } from '../types';
import { recoveryState } from './recovery-state';

export const phaseText: PhaseTextLexicon = {
  ongoing: [
    ...recoveryState.pending,
    '希望尽快',
    '仍无法', '依然无法', '仍然无法', '尚未恢复', '仍未恢复',
    '还未恢复', '未恢复', '预计', '将于', '正在修复', '正在处理', '正在调查', '正在排查', '正在恢复', '正在紧急', '恢复中', '修复中', '处理中', '排查中', '不知发生何种原因',
  ],
  impaired: [
    '目前无法', '目前因', '暂时无法', '无法访问', '无法使用', '不可使用', '暂停使用', '已经离线',
  ],
  recovered: [
    ...recoveryState.recovered,
    '已恢复', '已经恢复', '恢复正常', '已修复', '已经修复', '修复完成', '已解决', '已经解决', '已修好', '重启完成', '启动完成',
    '都可正常使用', '均可正常使用', '已可正常使用', '服务已恢复',
  ],
  afterTheFact: [
    ...recoveryState.afterTheFact,
    '中断营运', '中断服务', '稍早造成', '曾出现', '出现了…故障', '持续了', '到…时…分中断',
  ],
  investigating: [
    '正在调查', '正在排查', '排查中', '原因不明', '未知原因', '不知发生何种原因', '正在确认',
  ],
  identified: [
    '正在修复', '修复中', '正在紧急恢复', '紧急恢复中', '正在处理', '正在恢复',
  ],
  monitoring: [
    ...recoveryState.monitoring,
    '持续观察', '持续监控', '观察中', '监控中',
  ],
};
