// Words of the exported report's header, in the document's language (the reader's, not the editor's).
import type { Lang } from '../types';

export interface ExportLabels {
  incident: string;
  report: string;
  severity: string;
  status: string;
  started: string;
  detected: string;
  resolved: string;
  published: string;
  services: string;
  incidentId: string;
}

export const EXPORT_LABELS: Record<Lang, ExportLabels> = {
  en: {
    incident: 'Incident', report: 'Cause and corrective action report', severity: 'Severity', status: 'Status',
    started: 'Started', detected: 'Detected', resolved: 'Resolved', published: 'Published', services: 'Services',
    incidentId: 'Incident',
  },
  fr: {
    incident: 'Incident', report: 'Rapport de cause et d’actions correctives', severity: 'Gravité', status: 'Statut',
    started: 'Début', detected: 'Détection', resolved: 'Résolution', published: 'Publication', services: 'Services',
    incidentId: 'Incident',
  },
  de: {
    incident: 'Vorfall', report: 'Bericht zu Ursache und Korrekturmaßnahmen', severity: 'Schweregrad', status: 'Status',
    started: 'Beginn', detected: 'Erkannt', resolved: 'Behoben', published: 'Veröffentlicht', services: 'Dienste',
    incidentId: 'Vorfall',
  },
  'zh-Hans': {
    incident: '事件', report: '原因与纠正措施报告', severity: '严重级别', status: '状态',
    started: '开始时间', detected: '发现时间', resolved: '解决时间', published: '发布时间', services: '受影响服务',
    incidentId: '事件',
  },
  'zh-Hant': {
    incident: '事件', report: '原因與矯正措施報告', severity: '嚴重等級', status: '狀態',
    started: '開始時間', detected: '發現時間', resolved: '解決時間', published: '發布時間', services: '受影響服務',
    incidentId: '事件',
  },
};
