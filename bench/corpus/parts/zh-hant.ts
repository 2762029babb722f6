// Traditional Chinese parts of the bench corpus (see ./types.ts), in Taiwan usage.
import type { Parts } from './types';

export const zhHant: Parts = {
  lang: 'zh-Hant',
  headings: {
    summary: ['摘要', '事件概述'],
    impact: ['影響', '影響範圍', '客戶影響'],
    updates: ['更新', '狀態更新'],
    timeline: ['時間線', '事件時間線'],
    cause: ['根本原因', '原因分析'],
    resolution: ['解決過程', '恢復'],
    actions: ['矯正措施', '改善措施'],
    contact: ['聯絡我們'],
  },
  phases: {
    investigating: ['調查中', '正在排查'],
    identified: ['已確認', '已定位'],
    monitoring: ['監控中', '觀察中'],
    resolved: ['已解決', '已恢復'],
  },
  services: ['信用卡付款', '登入頁面', '檔案上傳', '搜尋功能', '行動應用程式', '訂單追蹤', '電子郵件通知', '公開 API', '發票下載'],
  regions: ['在台灣', '在亞太地區', '在所有地區', '在北部機房'],
  features: ['結帳流程', '單一登入', '排程報表', '雙重驗證'],
  titles: ['{service}故障', '{service}回應緩慢', '{feature}發生錯誤', '{region}{service}中斷'],
  impact: [
    '自{time}起，{region}的使用者無法使用{service}，約{pct}%的請求失敗。',
    '{service}每{count}個請求中約有一個回傳錯誤，使用{feature}的使用者看到空白頁面。',
    '部分使用者{region}無法登入，已登入的使用者也無法開啟{feature}。',
    '{service}明顯變慢，頁面載入最長需要{minutes}秒。其他服務運作正常。',
  ],
  investigating: [
    '我們正在調查{service}在{region}無法使用的問題。',
    '部分使用者在使用{feature}時遇到錯誤，我們的工程師正在排查原因。',
    '我們收到回報指出{service}無法存取，正在緊急調查。',
  ],
  identified: [
    '我們已找到原因：{time}的一次設定變更導致{service}故障，目前正在復原。',
    '問題出在{version}版本，我們正在逐區回退到上一版。',
    '{service}使用的憑證已於{time}過期，我們正在為所有伺服器更換新憑證。',
  ],
  monitoring: [
    '修正已完成，{service}已恢復正常，我們正在密切觀察。',
    '自{time}起錯誤率已回到正常水準，我們會持續監控。',
  ],
  resolved: [
    '{service}自{time}起運作正常，本次事件已解決。',
    '本次事件已解決：{feature}已穩定運作一小時。',
    '一切已恢復正常，{service}已於{time}完全恢復。',
  ],
  apology: ['對於造成您的不便，我們深感抱歉。', '非常抱歉影響了您的使用。'],
  workaround: ['在此期間，您可以暫時使用{feature}。', '稍候一分鐘後重試通常可以成功。'],
  noWorkaround: ['目前尚無暫時的解決方法。'],
  next: ['下次更新時間：{time}。', '我們將在{time}前發布下一次更新。'],
  dataLoss: ['沒有資料遺失。', '沒有任何客戶資料遺失或外洩。'],
  reportPromise: ['我們將在72小時內發布原因與矯正措施報告。', '完整的事件報告將於本週內發布。'],
  summary: [
    '{time}，{region}的使用者在約{minutes}分鐘內無法使用{service}。本報告說明原因與我們的改善措施。',
    '在{minutes}分鐘內，{pct}%的{service}請求失敗。以下是事件經過與我們將做出的改變。',
  ],
  cause: [
    '一次設定變更刪除了{service}啟動時需要讀取的參數，變更後重新啟動的伺服器無法處理請求。',
    '{version}版本中的一個資料庫查詢在測試資料上很快，但在大型帳戶上很慢，耗盡了資料庫連線。',
  ],
  resolution: ['我們於{time}撤回了變更，並在結束事件前逐一檢查各個地區。', '我們回退到上一版，並持續觀察錯誤率直到恢復正常。'],
  actions: ['在發布流程中檢查{service}的啟動參數', '憑證續期失敗時通知值班工程師', '每次發布前以大型帳戶的資料副本測試查詢'],
  vagueActions: ['加強監控', '提高警覺', '改善流程'],
  actionLine: '- [ ] {text} — 負責人：@{owner} — 截止日期：{due}',
  events: ['錯誤率警示觸發', '值班工程師確認警示', '建立事件', '發布第一次狀態更新', '找到原因', '開始復原', '復原完成', '事件已解決'],
  contact: ['如對本報告有疑問，請聯絡{person}：{email}'],
  signoff: ['— {person}，事件負責人 · {email}', '— {person} · {email}'],
  bad: {
    blame: ['一名工程師忘記更新設定。', '這是維運團隊的人為疏失。'],
    speculation: ['我們認為問題可能是資料庫造成的。', '預計一小時內修復。'],
    vendor: ['此次故障是由雲端服務商造成的。', '第三方服務商發生故障，我們無法控制。'],
    tone: ['哈哈，出了點小狀況！', '只是個小問題而已。'],
    internal: ['詳情請見JIRA工單OPS-4411。', '叢集prod-eu-2上的pod payments-7f9c記憶體不足。'],
  },
};
