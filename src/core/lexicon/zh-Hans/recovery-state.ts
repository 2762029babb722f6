// Simplified Chinese words that settle whether an update's text tells of recovery (merged into ./phase-text.ts):
// recovery denied, conditional or partial (pending), short recovery lines, and after-the-fact wording.
import type { RecoveryStateLexicon } from '../types';

export const recoveryState: RecoveryStateLexicon = {
  pending: [
    '尚未解决', '还没有恢复', '还没恢复', '没有恢复', '逐步恢复', '部分恢复', '仍有部分', '何时恢复', '待…恢复',
    '等待通知',
    // 诊断集（第 4 轮）：仍在抢修、只是大致恢复。
    '正在抢修', '抢修中', '大致恢复', '基本恢复',
    // 诊断集（第 9 轮）：只有部分用户恢复（“部分用户的网银办理已经恢复”）。
    '部分…恢复',
  ],
  recovered: [
    '故障恢复时间', '恢复时间：', '已完全恢复', '完全恢复', '已全部恢复', '恢复了', '修好了', '已重新开启', '已经重新开启', '已重新启动', '已经重新启动',
    '回复正常', '维护完成', '维护结束',
    // 诊断集 diag-26：计划中的升级完成即服务恢复（“于20:35升级完成”）。
    '升级完成', '迁移完成',
    // 诊断集（第 4 轮）：恢复或复原“完成”、全面恢复、故障已排除、“现在好了”、正式结束。
    '全面恢复', '恢复供电', '恢复…完成', '复原…完成', '修复…完成', '处理完成', '已排除', '排除', '现在好了', '已经好了',
    '正式结束',
    // 诊断集（第 24 轮）：网络全部接通、节点恢复。
    '全部接通', '恢复接通', '重新接通', '节点恢复',
  ],
  afterTheFact: ['曾短暂', '出现短暂', '短暂出现', '短暂中断', '短暂的中断', '期间造成', '本次事件造成', '此次事件造成'],
  monitoring: ['趋于稳定', '趋向于稳定', '逐渐改善'],
};
