// Traditional Chinese phrasing the document model reads: the promised next update, corrective action labels,
// signatures, and the characters that mark traditional script.
import type { StructureLexicon } from '../types';

const UNIT = String.raw`(?<unit>分鐘|小時|個小時|分|鐘頭)`;

export const structure: StructureLexicon = {
  nextUpdateHint: /更新/,
  nextUpdateAt: [
    /下一?次更新(?:時間)?(?:將|預計)?(?:於|在|為)?\s*[:：]?\s*/gu,
    /我們(?:將|會)(?:於|在)\s*(?=[^。！？\n]{0,40}更新)/gu,
  ],
  nextUpdateIn: [
    new RegExp(String.raw`下一?次更新(?:將|預計)?(?:於|在)?\s*(?<n>\d+|一|半)\s*${UNIT}(?:內|後|之內|之後)`, 'gu'),
    new RegExp(String.raw`(?:我們)?(?:將|會)(?:於|在)?\s*(?<n>\d+|一|半)\s*${UNIT}(?:內|後|之內|之後)[^。！？\n]{0,12}更新`, 'gu'),
  ],
  minuteUnits: ['分鐘', '分'],
  hourUnits: ['小時', '個小時', '鐘頭'],
  stopwords: [],
  ownerLabels: ['負責人', '責任人', '負責', '跟進人'],
  dueLabels: ['截止日期', '截止時間', '截止', '期限', '完成時間', '完成日期', '到期'],
  doneActionHeadings: ['我們改變了什麼', '我們做出的改變', '已採取的措施'],
  teamWords: ['團隊', '小組', '運維', '技術支援', '客服', '全體'],
};

/** Characters written only in traditional script (frequent in incident prose). */
export const scriptOnly = '們這說時國會來過發對個後為還進沒經動現問實題話應與無關認長開樣讓務線復門體車東業從區頭產達將變總邊間網請報護設備處確據級監調戶資識續統計連運維約損檢測類單數據庫誤錯緩預覽議'
  + '決臨糾響間錄聯絡';
