// Our own sample incidents, one per language, for the publishing tests: two updates each (the second with a disable
// comment, a list and a link), a timeline, a signature paragraph. zh-Hant lists its updates newest first.
import type { Lang } from '../../../src/core/types';

export interface Sample { lang: Lang; text: string; /** Line of a word inside the first-written update. */ firstUpdateLine: number }

function incident(lang: Lang, title: string, phases: [string, string], bodies: [string, string], sections: { updates: string; timeline: string },
  entry: string, signature: string, newestFirst = false): Sample {
  const u1 = [`### 2026-11-30 09:10 UTC — ${phases[0]}`, bodies[0]];
  const u2 = [`### 2026-11-30 09:40 UTC — ${phases[1]}`, '<!-- postmortem-disable-next-line tone -->', bodies[1]];
  const updates = newestFirst ? [...u2, '', ...u1] : [...u1, '', ...u2];
  const lines = [
    '---', 'kind: incident', 'id: INC-2026-0100', `title: ${title}`, 'severity: sev2', 'status: monitoring', `lang: ${lang}`,
    'started: 2026-11-30T09:00:00Z', '---', '', `# ${title}`, '', `## ${sections.updates}`, '', ...updates, '',
    `## ${sections.timeline}`, `- 2026-11-30 09:00 UTC — ${entry}`, '', signature, '',
  ];
  const firstUpdateLine = lines.slice(0, lines.indexOf(u1[1])).join('\n').split('\n').length; // bodies span lines
  return { lang, text: lines.join('\n'), firstUpdateLine };
}

export const SAMPLES: Sample[] = [
  incident('en', 'Search results slow', ['Investigating', 'Monitoring'],
    ['We are looking into slow search results for all customers.\nWe are sorry for the wait. Next update by 09:40 UTC.',
      'Search is fast again since 09:35 UTC. What we did:\n\n- moved traffic to a *healthy* cluster\n- cleared the **stale** cache\n\nDetails on [our status page](https://status.example.com/a?b=1&c=2). Next update by 10:10 UTC.'],
    { updates: 'Updates', timeline: 'Timeline' }, 'Search latency alert fires', '— Ana Silva, Incident Lead · ana@example.com'),
  incident('fr', 'Recherche lente', ['Enquête en cours', 'Surveillance'],
    ['Nous analysons la lenteur de la recherche pour tous les clients.\nNous sommes désolés pour l’attente. Prochaine mise à jour à 09:40 UTC.',
      'La recherche est de nouveau rapide depuis 09:35 UTC. Ce que nous avons fait :\n\n- trafic déplacé vers un *cluster* sain\n- cache **périmé** vidé\n\nDétails sur [notre page d’état](https://status.example.com/a?b=1&c=2). Prochaine mise à jour à 10:10 UTC.'],
    { updates: 'Mises à jour', timeline: 'Chronologie' }, 'Alerte de latence de la recherche', '— Ana Silva, responsable d’incident · ana@example.com'),
  incident('de', 'Suche langsam', ['Untersuchung', 'Überwachung'],
    ['Wir untersuchen langsame Suchergebnisse für alle Kunden.\nEs tut uns leid für die Wartezeit. Nächstes Update um 09:40 UTC.',
      'Die Suche ist seit 09:35 UTC wieder schnell. Was wir getan haben:\n\n- Verkehr auf einen *gesunden* Cluster verlegt\n- **veralteten** Cache geleert\n\nDetails auf [unserer Statusseite](https://status.example.com/a?b=1&c=2). Nächstes Update um 10:10 UTC.'],
    { updates: 'Aktualisierungen', timeline: 'Zeitleiste' }, 'Latenzalarm der Suche', '— Ana Silva, Incident-Leitung · ana@example.com'),
  incident('zh-Hans', '搜索变慢', ['调查中', '监控中'],
    ['我们正在调查所有客户的搜索结果变慢问题。\n对此带来的不便，我们深表歉意。下次更新时间：09:40 UTC。',
      '自 09:35 UTC 起搜索已恢复正常速度。我们采取了以下措施：\n\n- 将流量切换到*健康*的集群\n- 清除了**过期**缓存\n\n详情见[我们的状态页](https://status.example.com/a?b=1&c=2)。下次更新时间：10:10 UTC。'],
    { updates: '更新', timeline: '时间线' }, '搜索延迟告警触发', '— 王芳，事件负责人 · ana@example.com'),
  incident('zh-Hant', '搜尋變慢', ['調查中', '監控中'],
    ['我們正在調查所有客戶的搜尋結果變慢問題。\n對此帶來的不便，我們深表歉意。下次更新時間：09:40 UTC。',
      '自 09:35 UTC 起搜尋已恢復正常速度。我們採取了以下措施：\n\n- 將流量切換到*健康*的叢集\n- 清除了**過期**快取\n\n詳情見[我們的狀態頁](https://status.example.com/a?b=1&c=2)。下次更新時間：10:10 UTC。'],
    { updates: '更新', timeline: '時間軸' }, '搜尋延遲警示觸發', '— 王芳，事件負責人 · ana@example.com', true),
];
