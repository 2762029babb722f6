// Traditional Chinese words that settle whether an update's text tells of recovery (merged into ./phase-text.ts):
// recovery denied, conditional or partial (pending), short recovery lines, and after-the-fact wording.
import type { RecoveryStateLexicon } from '../types';

export const recoveryState: RecoveryStateLexicon = {
  pending: [
    '尚未解決', '還沒有恢復', '還沒恢復', '沒有恢復', '逐步恢復', '部分恢復', '仍有部分', '何時恢復', '待…恢復',
    '等待通知', '尚未復電',
    // 診斷集（第 4 輪）：仍在搶修、只是大致恢復。
    '正在搶修', '搶修中', '大致恢復', '基本恢復',
    // 診斷集（第 9 輪）：只有部分用戶恢復（「部分用戶的網銀辦理已經恢復」）。
    '部分…恢復',
  ],
  recovered: [
    '故障恢復時間', '恢復時間：', '已完全恢復', '完全恢復', '已全部恢復', '恢復了', '修好了', '已重新開啟', '已經重新開啟', '已重新啟動', '已經重新啟動',
    '回復正常', '維護結束',
    // 診斷集 diag-26：計畫中的升級完成即服務恢復（「於20:35升級完成」）。
    '升級完成', '遷移完成',
    // 診斷集（第 4 輪）：恢復或復原「完成」、全面恢復、故障已排除、「現在好了」、正式結束。
    '全面恢復', '恢復供電', '復電', '恢復…完成', '復原…完成', '修復…完成', '處理完成', '已排除', '排除', '現在好了', '現在好囉',
    '已經好了', '正式結束',
    // 診斷集（第 24 輪）：網路全部接通、節點恢復。
    '全部接通', '恢復接通', '重新接通', '節點恢復',
  ],
  afterTheFact: ['曾短暫', '出現短暫', '短暫出現', '短暫中斷', '短暫的中斷', '期間造成', '本次事件造成', '此次事件造成'],
  monitoring: ['趨於穩定', '趨向於穩定', '逐漸改善'],
};
