// Simplified Chinese words of a hosted status page's history as a person copies it (Import Incident from Status Page).
import type { StatusPageLexicon } from '../types';

export const statusPage: StatusPageLexicon = {
  posted: ['发布于', '发布时间', '发布'],
  otherLabels: ['更新', '事后分析', '复盘', '计划中', '进行中', '验证中', '已完成'],
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  affected: ['此事件影响了', '受影响的组件', '受影响组件'],
  postmortemHeading: '事后分析',
  notesHeading: '备注',
};
