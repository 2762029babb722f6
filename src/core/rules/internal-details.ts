// PM011 internal-details: internal host names, private IP addresses, stack traces, code blocks and internal ticket ids
// do not belong in customer text: they mean nothing to customers and tell attackers about the inside.
// The incident's own id (front matter `id`, or `incident` of a report) is public and never flagged. No fix: the
// writer decides what the sentence should say instead.
import type { Lang, PostmortemDocument, Range } from '../types';
import { rangeIn } from './support/voice';
import { codeNamePattern, REFERENCE_PATTERNS } from './support/internal-references';
import { defineRule } from './define';
import { maskComments } from '../text/comments';

type Kind = 'host' | 'ip' | 'trace' | 'ticket' | 'code' | 'channel' | 'rawip' | 'codename';

const MESSAGES: Record<Lang, Record<Kind, string>> = {
  en: {
    host: 'Internal host name "{x}": customers cannot use it. Name the service they know instead, e.g. "our payments database".',
    ip: 'Private IP address "{x}": remove it and name the affected service instead.',
    trace: 'Stack trace in customer text: remove it and describe the effect in plain words, e.g. "Payments failed with an error."',
    ticket: 'Internal ticket id "{x}": customers cannot open it. Remove it, or link a public page instead.',
    code: 'Code block in customer text: keep logs, commands and configuration for the internal review and describe the effect in plain words.',
    channel: 'Internal chat channel "{x}": customers cannot join it. Remove it, or point to your public status page instead.',
    rawip: 'Server address "{x}": customers should not be sent to a raw IP address. Give the public name of the service instead.',
    codename: 'Internal name "{x}": customers do not know it. Name the service they use instead.',
  },
  fr: {
    host: 'Nom d\'hôte interne « {x} » : il ne dit rien à vos clients. Nommez plutôt le service qu\'ils connaissent, par exemple « notre base de données de paiement ».',
    ip: 'Adresse IP privée « {x} » : retirez-la et nommez plutôt le service concerné.',
    trace: 'Trace d\'exécution dans un texte client : retirez-la et décrivez l\'effet simplement, par exemple « Les paiements échouaient avec une erreur. »',
    ticket: 'Identifiant de ticket interne « {x} » : vos clients ne peuvent pas l\'ouvrir. Retirez-le ou renvoyez vers une page publique.',
    code: 'Bloc de code dans un texte client : gardez journaux, commandes et configuration pour l\'analyse interne et décrivez l\'effet simplement.',
    channel: 'Canal de discussion interne « {x} » : vos clients ne peuvent pas le rejoindre. Retirez-le ou renvoyez vers votre page d\'état publique.',
    rawip: 'Adresse de serveur « {x} » : n\'envoyez pas vos clients vers une adresse IP brute. Donnez plutôt le nom public du service.',
    codename: 'Nom interne « {x} » : vos clients ne le connaissent pas. Nommez plutôt le service qu\'ils utilisent.',
  },
  de: {
    host: 'Interner Hostname „{x}“: Ihre Kunden können damit nichts anfangen. Nennen Sie stattdessen den Dienst, den sie kennen, z. B. „unsere Zahlungsdatenbank“.',
    ip: 'Private IP-Adresse „{x}“: Entfernen Sie sie und nennen Sie stattdessen den betroffenen Dienst.',
    trace: 'Stacktrace im Kundentext: Entfernen Sie ihn und beschreiben Sie die Auswirkung in einfachen Worten, z. B. „Zahlungen schlugen mit einem Fehler fehl.“',
    ticket: 'Interne Ticketnummer „{x}“: Kunden können sie nicht öffnen. Entfernen Sie sie oder verlinken Sie eine öffentliche Seite.',
    code: 'Codeblock im Kundentext: Logs, Befehle und Konfiguration gehören in die interne Auswertung; beschreiben Sie die Auswirkung in einfachen Worten.',
    channel: 'Interner Chat-Kanal „{x}“: Kunden können ihm nicht beitreten. Entfernen Sie ihn oder verweisen Sie auf Ihre öffentliche Statusseite.',
    rawip: 'Serveradresse „{x}“: Schicken Sie Kunden nicht auf eine nackte IP-Adresse. Nennen Sie stattdessen den öffentlichen Namen des Dienstes.',
    codename: 'Interner Name „{x}“: Ihre Kunden kennen ihn nicht. Nennen Sie stattdessen den Dienst, den sie nutzen.',
  },
  'zh-Hans': {
    host: '内部主机名“{x}”对客户没有意义：请改用客户熟悉的服务名称，例如“我们的支付数据库”。',
    ip: '私有 IP 地址“{x}”：请删除，并改为说明受影响的服务。',
    trace: '面向客户的文字中有堆栈跟踪：请删除，并用通俗的话描述影响，例如“支付请求返回错误”。',
    ticket: '内部工单号“{x}”：客户无法打开。请删除，或改为链接公开页面。',
    code: '面向客户的文字中有代码块：日志、命令和配置请留在内部复盘中，并用通俗的话描述影响。',
    channel: '内部聊天频道“{x}”：客户无法加入。请删除，或改为指向公开的状态页。',
    rawip: '服务器地址“{x}”：不要让客户访问裸 IP 地址。请改用服务的公开名称。',
    codename: '内部名称“{x}”：客户并不了解。请改用客户熟悉的服务名称。',
  },
  'zh-Hant': {
    host: '內部主機名稱「{x}」對客戶沒有意義：請改用客戶熟悉的服務名稱，例如「我們的付款資料庫」。',
    ip: '私有 IP 位址「{x}」：請刪除，並改為說明受影響的服務。',
    trace: '面向客戶的文字中有堆疊追蹤：請刪除，並用淺白的話描述影響，例如「付款請求回傳錯誤」。',
    ticket: '內部工單編號「{x}」：客戶無法開啟。請刪除，或改為連結公開頁面。',
    code: '面向客戶的文字中有程式碼區塊：日誌、指令和設定請留在內部檢討中，並用淺白的話描述影響。',
    channel: '內部聊天頻道「{x}」：客戶無法加入。請刪除，或改為指向公開的狀態頁。',
    rawip: '伺服器位址「{x}」：不要讓客戶連到裸 IP 位址。請改用服務的公開名稱。',
    codename: '內部名稱「{x}」：客戶並不了解。請改用客戶熟悉的服務名稱。',
  },
};

// `gate`: a plain regex every match needs (no lookbehind, so it scans fast); blocks without it skip the pattern.
// `char`: a character every gate match holds, looked for first (`includes` is far cheaper than a regex scan, and most
// blocks have no "." or "-" in them).
const PATTERNS: { kind: Kind; re: RegExp; gate: RegExp; char?: string; group?: number; accept?: (m: string) => boolean }[] = [
  // db-01.internal, payments.corp, build.local, api.internal.example.com
  { kind: 'host', re: /(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:internal|corp|local|lan|intranet|localdomain|intra)(?:\.[a-z0-9-]+)*(?![\w-])/gi, gate: /\.(?:internal|corp|local|lan|intra)/i, char: '.' },
  // db-prod-03, api-prod-eu-1, prod-db-07: an environment word and a number among hyphenated lower-case parts
  {
    kind: 'host',
    re: /(?<![\w.@/-])[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}(?![\w-])/g,
    gate: /[a-z0-9]-[a-z0-9]+-[a-z0-9]/,
    char: '-',
    accept: (m) => {
      const parts = m.split('-');
      // A date among the parts makes it a release or build tag ("prod-20181108-02", "prod-2018-11-08-1"), not a host.
      if (parts.some((p) => /^(?:19|20)\d\d(?:\d{4})?$/.test(p))) return false;
      return parts.some((p) => /^(?:prod|production|prd|stg|staging|stage|dev|qa|uat|preprod)$/.test(p)) && /\d/.test(parts[parts.length - 1]);
    },
  },
  // Kubernetes pod names: deployment-<replicaset hash>-<5 chars>, both drawn from Kubernetes' alphabet without vowels
  // or 0, 1, 3 — so a build target such as "dist-mips64el-linux" (diag-135) is no pod.
  { kind: 'host', re: /(?<![\w.-])[a-z][a-z0-9-]*-[bcdfghjklmnpqrstvwxz2456789]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}(?![\w-])/g, gate: /-[a-z0-9]{8,10}-/, char: '-', accept: (m) => /\d/.test(m.split('-').slice(-2).join('')) },
  // Heroku app names: two words and a five-digit number ("glacial-scrubland-24489", diag-128), the app's own host.
  { kind: 'host', re: /(?<![\w.@-])[a-z]{3,}-[a-z]{3,}-\d{5}(?![\w-])/g, gate: /[a-z]-\d{5}/, char: '-' },
  // RFC 1918 and loopback addresses, with an optional port
  { kind: 'ip', re: /(?<![\d.])(?:10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|192\.168|127\.\d{1,3})\.\d{1,3}\.\d{1,3}(?::\d{1,5})?(?![\d.]*\d)/g, gate: /(?:10|172|192\.168|127)\.\d/, char: '.' },
  { kind: 'trace', re: /Traceback \(most recent call last\)|\bat [\w$.<>]+ ?\([^()\n]*:\d+(?::\d+)?\)|\b(?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error)\b|File "[^"\n]+", line \d+|\bgoroutine \d+ \[|Exception in thread "/g, gate: /Traceback|at |Exception|Error|File "|goroutine/ },
  // ServiceNow-style and Jira-style ids (project key, dash, number; never a dated public id like INC-2026-0042)
  { kind: 'ticket', re: /\b(?:INC|CHG|PRB|RITM|SCTASK|REQ)\d{6,8}\b/g, gate: /(?:INC|CHG|PRB|RITM|SCTASK|REQ)\d/ },
  // Not one after a mail server's status code: "550 OU-001" is Outlook's public bounce code (diag-147).
  { kind: 'ticket', re: /(?<![\w-])(?<!\b[45]\d\d )([A-Z][A-Z0-9]{1,9})-\d{2,6}(?![\w-]|\.\d)/g, gate: /[A-Z0-9]-\d/, char: '-', accept: (m) => isTicketKey(m.split('-')[0]) },
];

/** Standards, algorithms, hardware levels and severities that look like ticket ids ("RAID-1", "SATA-3"). */
const NOT_TICKETS = new Set([
  'ISO', 'UTF', 'SHA', 'AES', 'RSA', 'RFC', 'CVE', 'CWE', 'TLS', 'SSL', 'HTTP', 'HTTPS', 'IPV', 'SEV', 'PCI', 'COVID',
  'EN', 'DIN', 'IEC', 'IEEE', 'ECMA', 'GDPR', 'MD', 'CRC', 'NIS', 'GPT', 'EU', 'US', 'UK', 'DE', 'FR', 'P', 'PS', 'USB',
  'WCAG', 'SOC', 'UTC', 'GMT', 'CET', 'CEST', 'PST', 'EST', 'ISAE', 'SSAE', 'BSI', 'GB', 'CN', 'TW', 'HK', 'EC', 'AWS', 'DDR', 'LTE', 'H', 'ECC',
  'RAID', 'SATA', 'SAS', 'LTO', 'PCIE', 'HDMI', 'DOCSIS', 'WPA', 'GSM', 'UMTS', 'ISDN', 'NVME',
  // diag-52, diag-55: "a VSS-1440 cluster" (Cisco's switching system), "ECDSA-256" certificates.
  'VSS', 'ECDSA', 'ECDH', 'HMAC',
  // diag-86: numbered public proposals of open protocols ("the XLS-80 amendment", "EIP-1559", "BIP-32", "PEP-8").
  'XLS', 'EIP', 'ERC', 'BIP', 'PEP', 'JEP', 'KEP',
  // diag-107: telecom line rates ("re-route the OC-192 through DC", "an STM-64 link", "OTU-4").
  'OC', 'STM', 'OTU',
  // diag-141: cipher challenges named after the cipher ("the RC5-64 project").
  'RC2', 'RC4', 'RC5', 'RC6',
]);

/**
 * Standards bodies whose numbers run into their name ("GB50157-2003", "EN50126-1", "IEC61508-3"): a standard cited in
 * a report, not a ticket.
 */
const STANDARDS = /^(?:GB|GBT|EN|DIN|IEC|ISO|CNS|JIS|BS|NF|TB|JGJ|CJJ|IEEE|ANSI|ASTM|NFPA|ETSI|ITU)\d+$/;

/** Whether a key before "-<number>" is a project key, not a standard, algorithm or severity. */
function isTicketKey(key: string): boolean {
  return !NOT_TICKETS.has(key) && !STANDARDS.test(key);
}

function ownIds(doc: PostmortemDocument): Set<string> {
  return new Set([doc.meta.id, doc.meta.incident].filter((x): x is string => typeof x === 'string').map((x) => x.trim()));
}

const rule = defineRule({
  id: 'PM011',
  name: 'internal-details',
  description: 'No internal host names, private IP addresses, stack traces, code blocks or internal ticket ids in customer text.',
  tags: ['communication', 'security', 'prose'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: true,
  messages: MESSAGES,
  options: {
    internalNames: {
      type: 'string-list', default: [],
      description: 'Internal code names (projects, clusters, bots, teams) that customers do not know, to flag in customer text.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const m = ctx.messages;
    const ids = ownIds(doc);
    const patterns = patternsFor(ctx.options.internalNames);
    for (const block of doc.blocks) {
      const raw = block.text;
      const text = maskComments(raw);
      const taken: [number, number][] = [];
      for (const p of patterns) {
        if ((p.char && !text.includes(p.char)) || !p.gate.test(text)) continue;
        // exec on the shared regex: matchAll clones it (a new RegExp) for every block. No pattern matches empty.
        const re = p.re;
        re.lastIndex = 0;
        let hit: RegExpExecArray | null;
        while ((hit = re.exec(text)) !== null) {
          // Some patterns match a cue around the reference ("see #63", "http://…"): report the reference itself.
          const x = p.group ? hit[p.group] : hit[0];
          const start = p.group ? hit.index + hit[0].indexOf(x) : hit.index;
          const end = start + x.length;
          if (p.accept && !p.accept(x)) continue;
          if (ids.has(x) || [...ids].some((id) => id.includes(x))) continue;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          ctx.report({ message: m[p.kind].replace('{x}', x), range: rangeIn(doc, block, start, x.length) });
        }
      }
    }
    for (const code of doc.codeBlocks) {
      if (!code.fenced && readsAsProse(code.content)) continue;
      const range: Range = { start: code.start, end: { line: code.start.line, character: lineLength(doc, code.start.line) } };
      ctx.report({ message: m.code, range });
    }
  },
});

/**
 * Whether an indented code block holds plain words: text pasted from an e-mail or a word processor keeps its tabs
 * ("\t-hpa" under a mail, "1.       Que s'est-il passé ?"), and Markdown reads four spaces as code. Readers see a
 * signature or a question there, not a log. Machine text shows itself: brackets, assignments, paths, dotted or
 * underscored names, clock times, an error's name before a colon ("OperationError: …"). A mail's own list bullets
 * and bold ("\t* the rising volume of email", "**no email has been lost.**", diag-135) are prose marks, not code.
 */
function readsAsProse(content: string): boolean {
  const text = maskComments(content).replace(/^[ \t]*[*+-][ \t]+/gm, '').replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, '$1');
  return /\p{L}/u.test(text) && !MACHINE_TEXT.test(text);
}
const MACHINE_TEXT = /[{}[\]<>=;$#@\\|_`/~*^%]|\p{L}\.\p{L}|\d:\d|\w\(|\b\p{Lu}\p{Ll}+\p{Lu}\w*:|::|->|\b\p{Lu}{3,}:/u;

// The built-in patterns, then the references, then the team's own names (compiled once per configured list).
const BUILT_IN: typeof PATTERNS = [...PATTERNS, ...REFERENCE_PATTERNS];
const withNames = new Map<string, typeof PATTERNS>();
function patternsFor(names: readonly string[]): typeof PATTERNS {
  if (names.length === 0) return BUILT_IN;
  const key = names.join('\u0000');
  let list = withNames.get(key);
  if (!list) {
    const own = codeNamePattern(names);
    list = own ? [...BUILT_IN, own] : BUILT_IN;
    if (withNames.size >= 16) withNames.clear();
    withNames.set(key, list);
  }
  return list;
}

function lineLength(doc: PostmortemDocument, line: number): number {
  const start = doc.offsetAt({ line, character: 0 });
  const nl = doc.text.indexOf('\n', start);
  return (nl === -1 ? doc.text.length : nl) - start;
}

export default rule;
