// 繁體中文恢復通知用語（PM012）：確認恢復、說明資料是否遺失、承諾發布報告。
import type { RecoveryLexicon } from '../types';

export const recovery: RecoveryLexicon = {
  recovered: ['已恢復', '恢復正常', '已解決', '已修復', '正常運行', '正常運作', '恢復服務', '均已恢復', '全部恢復'],
  dataLoss: ['遺失', '丟失', '資料損失', '數據損失', '損壞', '資料完整', '數據完整', '資料安全', '重複扣款'],
  reportPromise: ['報告', '復盤', '事後分析', '糾正措施', '原因分析', '根因分析'],
};
