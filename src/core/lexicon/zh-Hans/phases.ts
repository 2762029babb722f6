// Simplified Chinese phase words of a status update heading.
import type { PhaseLexicon } from '../types';

export const phases: PhaseLexicon = {
  investigating: ['调查中', '正在调查', '排查中', '正在排查', '调查', '原始消息', '首次通报'],
  identified: ['已确认', '已定位', '已查明', '已找到原因', '已识别', '修复中'],
  monitoring: ['监控中', '观察中', '持续监控', '监控', '恢复中'],
  resolved: ['已解决', '已恢复', '已修复', '已结束'],
};
