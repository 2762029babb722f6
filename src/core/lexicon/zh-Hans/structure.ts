// Simplified Chinese phrasing the document model reads: the promised next update, corrective action labels,
// signatures, and the characters that mark simplified script.
import type { StructureLexicon } from '../types';

const UNIT = String.raw`(?<unit>分钟|小时|个小时|分|钟头)`;

export const structure: StructureLexicon = {
  nextUpdateHint: /更新/,
  nextUpdateAt: [
    /下一?次更新(?:时间)?(?:将|预计)?(?:于|在|为)?\s*[:：]?\s*/gu,
    /我们(?:将|会)(?:于|在)\s*(?=[^。！？\n]{0,40}更新)/gu,
  ],
  nextUpdateIn: [
    new RegExp(String.raw`下一?次更新(?:将|预计)?(?:于|在)?\s*(?<n>\d+|一|半)\s*${UNIT}(?:内|后|之内|之后)`, 'gu'),
    new RegExp(String.raw`(?:我们)?(?:将|会)(?:于|在)?\s*(?<n>\d+|一|半)\s*${UNIT}(?:内|后|之内|之后)[^。！？\n]{0,12}更新`, 'gu'),
  ],
  minuteUnits: ['分钟', '分'],
  hourUnits: ['小时', '个小时', '钟头'],
  stopwords: [],
  ownerLabels: ['负责人', '责任人', '负责', '跟进人'],
  dueLabels: ['截止日期', '截止时间', '截止', '期限', '完成时间', '完成日期', '到期'],
  doneActionHeadings: ['我们改变了什么', '我们做出的改变', '已采取的措施'],
  teamWords: ['团队', '小组', '运维', '技术支持', '客服', '全体'],
};

/** Characters written only in simplified script (frequent in incident prose). */
export const scriptOnly = '们这说时国会来过发对个后为还进没经动现问实题话应与无关认长开样让务线复门体车东业从区头产达将变总边间网请报护设备处确据级监调户资识续统计连运维约损检测类单数据库误错缓预览议'
  + '决临纠响间录联络';
