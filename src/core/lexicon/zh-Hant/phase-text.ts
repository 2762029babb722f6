// 更新內文中的階段用語（各類別見 ../phase-text.ts）。
import type { PhaseTextLexicon } from '../types';
import { recoveryState } from './recovery-state';

export const phaseText: PhaseTextLexicon = {
  ongoing: [
    ...recoveryState.pending,
    '希望盡快',
    '仍無法', '依然無法', '仍然無法', '尚未恢復', '仍未恢復',
    '還未恢復', '未恢復', '預計', '將於', '正在修復', '正在處理', '正在調查', '正在排查', '正在恢復', '正全力', '恢復中', '修復中', '處理中', '排查中', '搶修',
    '部分恢復', '大部分…恢復', '逐步恢復',
  ],
  impaired: [
    '目前因', '暫時無法', '無法正常', '無法存取', '無法使用',
  ],
  recovered: [
    ...recoveryState.recovered,
    '已恢復', '已經恢復', '恢復正常', '已修復', '已經修復', '修復完畢', '修復完成', '已解決', '已經解決', '已修好',
    '皆可正常', '已可正常', '加以修復', '陸續恢復', '應該可以連上', '維護完成', '重啟完成', '啟動完成',
    '恢復了', '回復正常', '已重新開啟', '已經重新開啟', '已重新啟動', '已經重新啟動', '故障恢復時間',
  ],
  afterTheFact: [
    ...recoveryState.afterTheFact,
    '中斷營運', '中斷服務', '稍早造成', '持續了',
  ],
  investigating: [
    '正在調查', '正在排查', '排查中', '原因不明', '未知原因', '查明原因', '正在確認',
  ],
  identified: [
    '正在修復', '修復中', '正全力進行', '搶修', '正在處理', '正在恢復', '穩定化作業',
  ],
  monitoring: [
    ...recoveryState.monitoring,
    '持續觀察', '持續監控', '觀察中', '監控中',
  ],
  followUp: ['避免', '防止', '今後', '未來', '再次發生', '發布…報告', '事故報告'],
};
