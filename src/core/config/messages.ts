// Messages about `.postmortem.yaml` problems, in every supported language; each says how to fix the file.
import type { Lang } from '../types';
import type { OptionType } from './options';

export interface ConfigMessages {
  yaml(detail: string): string;
  notMap: string;
  unknownKey(key: string): string;
  rulesNotMap: string;
  unknownRule(key: string, suggestion?: string): string;
  badSeverity(value: string): string;
  badRuleValue(rule: string): string;
  unknownOption(rule: string, option: string, known: string[]): string;
  badOption(rule: string, option: string, type: OptionType): string;
  badTimezone(value: string): string;
  badLanguage(value: string): string;
  notString(key: string): string;
  badExtends: string;
  extendsMissing(path: string): string;
  extendsCycle(chain: string): string;
  extendsTooDeep(max: number): string;
  /** `key` (extends or templates) names a path outside the folder files may be read from. */
  outsideRoot(key: string, path: string, root: string): string;
}

const TYPE: Record<Lang, Record<OptionType, string>> = {
  en: { 'update-order': 'either, oldest-first or newest-first', 'positive-number': 'a positive number', 'non-negative-number': 'zero or a positive number', 'string-list': 'a list of non-empty texts', 'severity-minutes': 'a mapping of sev1..sev4 to positive minutes', 'severity-level': 'one of sev1, sev2, sev3, sev4', boolean: 'true or false', string: 'a text' },
  fr: { 'update-order': 'either, oldest-first ou newest-first', 'positive-number': 'un nombre positif', 'non-negative-number': 'zéro ou un nombre positif', 'string-list': 'une liste de textes non vides', 'severity-minutes': 'une table sev1..sev4 vers des minutes positives', 'severity-level': 'l\'un de sev1, sev2, sev3, sev4', boolean: 'true ou false', string: 'un texte' },
  de: { 'update-order': 'either, oldest-first oder newest-first', 'positive-number': 'eine positive Zahl', 'non-negative-number': 'null oder eine positive Zahl', 'string-list': 'eine Liste nicht leerer Texte', 'severity-minutes': 'eine Zuordnung von sev1..sev4 zu positiven Minuten', 'severity-level': 'einer von sev1, sev2, sev3, sev4', boolean: 'true oder false', string: 'ein Text' },
  'zh-Hans': { 'update-order': 'either、oldest-first 或 newest-first', 'positive-number': '正数', 'non-negative-number': '零或正数', 'string-list': '非空文本列表', 'severity-minutes': 'sev1..sev4 到正分钟数的映射', 'severity-level': 'sev1、sev2、sev3、sev4 之一', boolean: 'true 或 false', string: '文本' },
  'zh-Hant': { 'update-order': 'either、oldest-first 或 newest-first', 'positive-number': '正數', 'non-negative-number': '零或正數', 'string-list': '非空文字清單', 'severity-minutes': 'sev1..sev4 到正分鐘數的對應', 'severity-level': 'sev1、sev2、sev3、sev4 之一', boolean: 'true 或 false', string: '文字' },
};

const SEV = 'off, information, warning, error';
const LANGS = 'en, fr, de, zh-Hans, zh-Hant';

export const CONFIG_MESSAGES: Record<Lang, ConfigMessages> = {
  en: {
    yaml: (d) => `This file is not valid YAML (${d}). Fix the syntax; the default settings apply until then.`,
    notMap: 'The configuration must be a mapping with keys such as rules, timezone, language, templates, extends.',
    unknownKey: (k) => `Unknown key "${k}": use rules, timezone, language, templates or extends.`,
    rulesNotMap: '"rules" must map rule names to a severity or to a mapping of options.',
    unknownRule: (k, s) => `Unknown rule "${k}".${s ? ` Did you mean "${s}"?` : ' Use a rule name or id from the docs.'}`,
    badSeverity: (v) => `Invalid severity "${v}": use ${SEV}.`,
    badRuleValue: (r) => `Set rule "${r}" to a severity (${SEV}) or to a mapping of options.`,
    unknownOption: (r, o, known) => `Rule "${r}" has no option "${o}"; its options are: severity, ${known.join(', ')}.`,
    badOption: (r, o, t) => `Option "${o}" of rule "${r}" must be ${TYPE.en[t]}.`,
    badTimezone: (v) => `Unknown time zone "${v}": use an IANA name such as Europe/Berlin, or UTC±hh:mm.`,
    badLanguage: (v) => `Unknown language "${v}": use ${LANGS}.`,
    notString: (k) => `"${k}" must be a text value.`,
    badExtends: '"extends" must be a path (or a list of paths) to another .postmortem.yaml, relative to this file.',
    extendsMissing: (p) => `Cannot read "${p}" named in "extends": check the path.`,
    extendsCycle: (c) => `"extends" goes round in a cycle (${c}): remove one of these links.`,
    extendsTooDeep: (n) => `"extends" chain longer than ${n} files: point this file at the last one directly.`,
    outsideRoot: (k, p, r) => `"${k}" names "${p}", outside ${r}: only files inside the workspace (or repository) are read. Copy the file inside it.`,
  },
  fr: {
    yaml: (d) => `Ce fichier n'est pas un YAML valide (${d}). Corrigez la syntaxe ; les réglages par défaut s'appliquent en attendant.`,
    notMap: 'La configuration doit être une table avec des clés comme rules, timezone, language, templates, extends.',
    unknownKey: (k) => `Clé inconnue « ${k} » : utilisez rules, timezone, language, templates ou extends.`,
    rulesNotMap: '« rules » doit associer à chaque nom de règle une gravité ou une table d\'options.',
    unknownRule: (k, s) => `Règle inconnue « ${k} ».${s ? ` Vouliez-vous dire « ${s} » ?` : ' Utilisez un nom ou un identifiant de règle de la documentation.'}`,
    badSeverity: (v) => `Gravité invalide « ${v} » : utilisez ${SEV}.`,
    badRuleValue: (r) => `Donnez à la règle « ${r} » une gravité (${SEV}) ou une table d'options.`,
    unknownOption: (r, o, known) => `La règle « ${r} » n'a pas d'option « ${o} » ; ses options sont : severity, ${known.join(', ')}.`,
    badOption: (r, o, t) => `L'option « ${o} » de la règle « ${r} » doit être ${TYPE.fr[t]}.`,
    badTimezone: (v) => `Fuseau horaire inconnu « ${v} » : utilisez un nom IANA comme Europe/Paris, ou UTC±hh:mm.`,
    badLanguage: (v) => `Langue inconnue « ${v} » : utilisez ${LANGS}.`,
    notString: (k) => `« ${k} » doit être un texte.`,
    badExtends: '« extends » doit être un chemin (ou une liste de chemins) vers un autre .postmortem.yaml, relatif à ce fichier.',
    extendsMissing: (p) => `Impossible de lire « ${p} » indiqué dans « extends » : vérifiez le chemin.`,
    extendsCycle: (c) => `« extends » tourne en rond (${c}) : supprimez l'un de ces liens.`,
    extendsTooDeep: (n) => `Chaîne « extends » de plus de ${n} fichiers : faites pointer ce fichier directement vers le dernier.`,
    outsideRoot: (k, p, r) => `« ${k} » désigne « ${p} », hors de ${r} : seuls les fichiers de l'espace de travail (ou du dépôt) sont lus. Copiez le fichier dedans.`,
  },
  de: {
    yaml: (d) => `Diese Datei ist kein gültiges YAML (${d}). Korrigieren Sie die Syntax; bis dahin gelten die Standardeinstellungen.`,
    notMap: 'Die Konfiguration muss eine Zuordnung mit Schlüsseln wie rules, timezone, language, templates, extends sein.',
    unknownKey: (k) => `Unbekannter Schlüssel „${k}“: Verwenden Sie rules, timezone, language, templates oder extends.`,
    rulesNotMap: '„rules“ muss Regelnamen einem Schweregrad oder einer Zuordnung von Optionen zuordnen.',
    unknownRule: (k, s) => `Unbekannte Regel „${k}“.${s ? ` Meinten Sie „${s}“?` : ' Verwenden Sie einen Regelnamen oder eine Regel-ID aus der Dokumentation.'}`,
    badSeverity: (v) => `Ungültiger Schweregrad „${v}“: Verwenden Sie ${SEV}.`,
    badRuleValue: (r) => `Setzen Sie die Regel „${r}“ auf einen Schweregrad (${SEV}) oder eine Zuordnung von Optionen.`,
    unknownOption: (r, o, known) => `Die Regel „${r}“ hat keine Option „${o}“; ihre Optionen sind: severity, ${known.join(', ')}.`,
    badOption: (r, o, t) => `Die Option „${o}“ der Regel „${r}“ muss ${TYPE.de[t]} sein.`,
    badTimezone: (v) => `Unbekannte Zeitzone „${v}“: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC±hh:mm.`,
    badLanguage: (v) => `Unbekannte Sprache „${v}“: Verwenden Sie ${LANGS}.`,
    notString: (k) => `„${k}“ muss ein Text sein.`,
    badExtends: '„extends“ muss ein Pfad (oder eine Liste von Pfaden) zu einer anderen .postmortem.yaml sein, relativ zu dieser Datei.',
    extendsMissing: (p) => `„${p}“ aus „extends“ kann nicht gelesen werden: Prüfen Sie den Pfad.`,
    extendsCycle: (c) => `„extends“ bildet einen Kreis (${c}): Entfernen Sie einen dieser Verweise.`,
    extendsTooDeep: (n) => `„extends“-Kette länger als ${n} Dateien: Verweisen Sie direkt auf die letzte.`,
    outsideRoot: (k, p, r) => `„${k}“ nennt „${p}“ außerhalb von ${r}: Nur Dateien im Arbeitsbereich (oder Repository) werden gelesen. Kopieren Sie die Datei hinein.`,
  },
  'zh-Hans': {
    yaml: (d) => `此文件不是有效的 YAML（${d}）。请修正语法；修正前使用默认设置。`,
    notMap: '配置必须是映射，键包括 rules、timezone、language、templates、extends。',
    unknownKey: (k) => `未知的键“${k}”：请使用 rules、timezone、language、templates 或 extends。`,
    rulesNotMap: '“rules”必须将规则名映射到严重级别或选项映射。',
    unknownRule: (k, s) => `未知的规则“${k}”。${s ? `您是否指“${s}”？` : '请使用文档中的规则名或编号。'}`,
    badSeverity: (v) => `无效的严重级别“${v}”：请使用 ${SEV}。`,
    badRuleValue: (r) => `请将规则“${r}”设为严重级别（${SEV}）或选项映射。`,
    unknownOption: (r, o, known) => `规则“${r}”没有选项“${o}”；可用选项：severity、${known.join('、')}。`,
    badOption: (r, o, t) => `规则“${r}”的选项“${o}”必须是${TYPE['zh-Hans'][t]}。`,
    badTimezone: (v) => `未知的时区“${v}”：请使用 IANA 名称（如 Asia/Shanghai）或 UTC±hh:mm。`,
    badLanguage: (v) => `未知的语言“${v}”：请使用 ${LANGS}。`,
    notString: (k) => `“${k}”必须是文本。`,
    badExtends: '“extends”必须是指向另一个 .postmortem.yaml 的路径（或路径列表），相对于此文件。',
    extendsMissing: (p) => `无法读取“extends”中的“${p}”：请检查路径。`,
    extendsCycle: (c) => `“extends”形成循环（${c}）：请删除其中一个链接。`,
    extendsTooDeep: (n) => `“extends”链超过 ${n} 个文件：请让此文件直接指向最后一个。`,
    outsideRoot: (k, p, r) => `“${k}”指向“${p}”，位于 ${r} 之外：只读取工作区（或仓库）内的文件。请将文件复制到其中。`,
  },
  'zh-Hant': {
    yaml: (d) => `此檔案不是有效的 YAML（${d}）。請修正語法；修正前使用預設設定。`,
    notMap: '設定必須是對應，鍵包括 rules、timezone、language、templates、extends。',
    unknownKey: (k) => `未知的鍵「${k}」：請使用 rules、timezone、language、templates 或 extends。`,
    rulesNotMap: '「rules」必須將規則名稱對應到嚴重程度或選項對應。',
    unknownRule: (k, s) => `未知的規則「${k}」。${s ? `您是否指「${s}」？` : '請使用文件中的規則名稱或編號。'}`,
    badSeverity: (v) => `無效的嚴重程度「${v}」：請使用 ${SEV}。`,
    badRuleValue: (r) => `請將規則「${r}」設為嚴重程度（${SEV}）或選項對應。`,
    unknownOption: (r, o, known) => `規則「${r}」沒有選項「${o}」；可用選項：severity、${known.join('、')}。`,
    badOption: (r, o, t) => `規則「${r}」的選項「${o}」必須是${TYPE['zh-Hant'][t]}。`,
    badTimezone: (v) => `未知的時區「${v}」：請使用 IANA 名稱（如 Asia/Taipei）或 UTC±hh:mm。`,
    badLanguage: (v) => `未知的語言「${v}」：請使用 ${LANGS}。`,
    notString: (k) => `「${k}」必須是文字。`,
    badExtends: '「extends」必須是指向另一個 .postmortem.yaml 的路徑（或路徑清單），相對於此檔案。',
    extendsMissing: (p) => `無法讀取「extends」中的「${p}」：請檢查路徑。`,
    extendsCycle: (c) => `「extends」形成循環（${c}）：請刪除其中一個連結。`,
    extendsTooDeep: (n) => `「extends」鏈超過 ${n} 個檔案：請讓此檔案直接指向最後一個。`,
    outsideRoot: (k, p, r) => `「${k}」指向「${p}」，位於 ${r} 之外：只讀取工作區（或存放庫）內的檔案。請將檔案複製到其中。`,
  },
};
