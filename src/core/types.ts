// The contract shared by the document model, the rules, the lint engine, the editor adapters and the CLI.
// Pure TypeScript: no `vscode` import, no Node API (this file runs in Node, the browser and the CLI).

export type Lang = 'en' | 'fr' | 'de' | 'zh-Hans' | 'zh-Hant';
export const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'zh-Hans', 'zh-Hant'];

export type Severity = 'error' | 'warning' | 'information';
export type SeveritySetting = Severity | 'off';

export type DocumentKind = 'incident' | 'rcca';
/** A kind `.postmortem.yaml` gives documents without front matter (`auto`: read from the headings). */
export type DocumentMapping = DocumentKind | 'auto';
export type IncidentSeverity = 'sev1' | 'sev2' | 'sev3' | 'sev4';
/** Every severity, most severe first (the order the rules rank them in). */
export const SEVERITIES: readonly IncidentSeverity[] = ['sev1', 'sev2', 'sev3', 'sev4'];
export type Phase = 'investigating' | 'identified' | 'monitoring' | 'resolved';
export type Audience = 'customers' | 'internal';
/** The order status updates are written in (New Status Update and the import follow it). */
export type UpdateOrder = 'oldest-first' | 'newest-first';
/**
 * The order a team lists status updates in, as the timestamps rule checks it: `either` (the default) follows each
 * document's own order, oldest or newest first, as design.md §2 allows; the other two hold every document to one.
 */
export type UpdateOrderSetting = 'either' | UpdateOrder;
export const UPDATE_ORDER_SETTINGS: readonly UpdateOrderSetting[] = ['either', 'oldest-first', 'newest-first'];

/** Zero-based line and UTF-16 column, exactly like VS Code's Position. */
export interface Position { line: number; character: number }
/** Half-open: `end` is just past the last character. */
export interface Range { start: Position; end: Position }
/** A code block: `fenced` with ``` or ~~~, else indented; `content`: its text, as Markdown reads it. */
export interface CodeBlock extends Range { fenced: boolean; content: string }

export interface TextEdit { range: Range; newText: string }
export interface Fix { title: string; edits: TextEdit[] }

export interface Finding {
  ruleId: string;        // 'PM001'
  ruleName: string;      // 'apology'
  severity: Severity;
  message: string;       // says what to do, in the document's language
  range: Range;
  fix?: Fix;
  docsUrl: string;
}

/** Section kinds found by heading text in any supported language (lexicon data). */
export type SectionKind =
  | 'summary' | 'impact' | 'updates' | 'timeline' | 'rootCause' | 'resolution'
  | 'correctiveActions' | 'contact' | 'workaround' | 'authors';

export interface Section {
  kind?: SectionKind;          // undefined: a heading we do not know
  heading: string;             // heading text without the #s
  level: number;               // 1..6
  headingRange: Range;         // the heading line
  range: Range;                // heading line up to the next heading of the same or a higher level
  bodyRange: Range;            // after the heading line up to the end of `range`
  bodyText: string;            // markdown source of the body
}

/** A parsed timestamp. `at` is epoch milliseconds, absent when it did not parse. */
export interface Timestamp {
  raw: string;
  range: Range;
  at?: number;
  hasDate: boolean;            // false for a bare HH:MM (the date was inherited)
  hasZone: boolean;            // false when the document timezone (or UTC) was assumed
  error?: string;              // why it did not parse
}

/** A block of prose a reader sees (paragraph, list item or table cell text), for the language rules. */
export interface TextBlock {
  text: string;                // the block's source text (inline markdown kept)
  range: Range;                // exact range of `text` in the document
  inQuote: boolean;            // inside a blockquote (quoted customer text: not our voice)
  sectionKind?: SectionKind;
  updateIndex?: number;        // index into `updates` when the block belongs to a status update
}

export interface StatusUpdate {
  heading: string;
  headingRange: Range;
  range: Range;                // heading + body
  timestamp: Timestamp;
  phase?: Phase;
  phaseRaw: string;            // the phase words as written
  /** True when the heading names no phase and `phase` was read from the update's text ("es läuft wieder"). */
  phaseFromText?: boolean;
  body: string;                // markdown source of the body
  bodyRange: Range;
  blocks: TextBlock[];         // prose blocks of the body
  /** The promised time of the next update ("Next update by 14:30 UTC"), if the body states one. */
  nextUpdate?: { raw: string; range: Range; at?: number };
}

export interface TimelineEntry {
  timestamp: Timestamp;
  text: string;                // the event text after the timestamp
  range: Range;                // the whole list item or table row
}

export interface Signature {
  text: string;
  range: Range;
  name?: string;               // a person's name, when one is given
  contact?: string;            // e-mail, URL or phone
  /** `authors`: a line of an Authors section ("## Author(s)" then "- Jane Doe <jane@example.com>"). */
  source: 'paragraph' | 'front-matter' | 'authors';
}

export interface CorrectiveAction {
  text: string;
  range: Range;
  done: boolean;
  owner?: string;
  due?: Timestamp;
}

export interface FrontMatterError { message: string; range: Range }

export interface FrontMatter {
  present: boolean;
  range?: Range;                              // the whole block including the --- fences
  data: Record<string, unknown>;              // {} when absent or broken
  errors: FrontMatterError[];                 // YAML errors at their line and column
  /** True when it declares a `kind` (known or not): the one "is this a postmortem document?" (model/declared-kind). */
  declaresKind?: boolean;
  /** Range of a top-level key (for findings that point at a key) and of its value. */
  keyRange(key: string): Range | undefined;
  valueRange(key: string): Range | undefined;
}

/** Normalised front matter: aliases resolved, dates parsed (epoch ms). Raw values stay in frontMatter.data. */
export interface DocumentMeta {
  kind?: DocumentKind;
  id?: string;
  incident?: string;           // rcca: the incident id it reports on
  title?: string;
  severity?: IncidentSeverity;
  status?: Phase;
  audience: Audience;          // default customers
  lang?: Lang;                 // as written in front matter
  timezone?: string;           // IANA zone or UTC offset, as written
  started?: number;
  detected?: number;
  resolved?: number;
  published?: number;
  publishBy?: number;
  lead?: string;
  author?: string;
  services?: string[];
}

/** An inline `<!-- postmortem-... -->` comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  rules: string[];             // ids or names as written; empty = all rules
  line: number;
}

export interface PostmortemDocument {
  text: string;
  uri?: string;
  version?: number;
  lineCount: number;
  /** Undefined: not a postmortem document (no `kind`), the engine stays silent. */
  kind?: DocumentKind;
  frontMatter: FrontMatter;
  meta: DocumentMeta;
  lang: Lang;                  // meta.lang, else detected from the text, else config language, else 'en'
  zone: string;                // zone for times written without one (meta.timezone, config timezone, or 'UTC')
  sections: Section[];
  updates: StatusUpdate[];     // in document order
  timeline: TimelineEntry[];   // in document order
  correctiveActions: CorrectiveAction[];
  blocks: TextBlock[];         // every prose block outside front matter and code
  codeBlocks: CodeBlock[];     // fenced and indented code
  signature?: Signature;
  directives: Directive[];
  /** The first line of text the Markdown parser left unread: blocks nested deeper than its limit (100 levels). */
  nestingLimitLine?: number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  section(kind: SectionKind): Section | undefined;
}

/** Options of one rule as configured (`severity` plus rule-specific keys). */
export interface RuleOptions { severity?: SeveritySetting; [option: string]: unknown }

/** The value types a rule option can have; `.postmortem.yaml` is validated against them (config/options.ts). */
export interface OptionValueTypes {
  'positive-number': number;
  'non-negative-number': number;
  'string-list': string[];
  /** Minutes per incident severity; a configured table overrides the default severity by severity. */
  'severity-minutes': Record<IncidentSeverity, number>;
  /** One incident severity, sev1..sev4. */
  'severity-level': IncidentSeverity;
  /** How status updates are listed: either way, each document consistently (the default), or always one way. */
  'update-order': UpdateOrderSetting;
  boolean: boolean;
  string: string;
}
export type OptionType = keyof OptionValueTypes;

/** One option a rule accepts: its type, its default, and the sentence the schema and the rule catalog show. */
export interface OptionSpec<T extends OptionType = OptionType> {
  type: T;
  description: string;
  /** The value when the option is not configured (or invalid); absent: the rule gets undefined. */
  default?: OptionValueTypes[T];
  /**
   * When not configured on this rule, take the same option configured on this other rule (by name), before the
   * default: one cadence table for the rules that share it, resolved by the engine, never read by the rule itself.
   */
  defaultFrom?: string;
}

export type OptionsSchema = Record<string, OptionSpec>;

/** The typed options a rule receives: defaulted options are always set, the others may be undefined. */
export type OptionValues<S extends OptionsSchema> = {
  [K in keyof S]: S[K] extends { default: unknown }
    ? OptionValueTypes[S[K]['type']]
    : OptionValueTypes[S[K]['type']] | undefined;
};

export interface RuleContext<M = unknown, O = RuleOptions> {
  doc: PostmortemDocument;
  /** The rule's options: typed, validated and defaulted when the rule declares them, else as configured. */
  options: O;
  /** The rule's messages in the document's language (English where a language is missing). */
  messages: M;
  /** The injected clock: epoch milliseconds. No rule reads Date.now(). */
  now: number;
  /** The effective configuration, when the engine passes it (for embedders' rules; built-in rules read only their own options). */
  config?: Config;
  /** Report a finding; severity defaults to the configured one, message must already be localised. */
  report(finding: { message: string; range: Range; fix?: Fix; severity?: Severity }): void;
}

export interface Rule<M = unknown, O = RuleOptions> {
  id: string;                  // 'PM001'
  name: string;                // 'apology' (also the docs page docs/rules/<name>.md)
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  /** Which kinds of document the rule looks at. */
  appliesTo: DocumentKind[];
  /** True: only customer-facing documents (`audience: customers`). */
  customerOnly: boolean;
  /** True: also runs on documents whose `kind` is missing or unknown (only the front-matter rule needs this). */
  checksUntyped?: boolean;
  /** Fixable: some of its findings carry a fix (shown in the rule catalog). */
  fixable?: boolean;
  /** The rule's messages, one table per language; the engine hands the rule the document's. */
  messages?: Record<Lang, M>;
  /** The options the rule accepts; the engine hands the rule their typed values. */
  options?: OptionsSchema;
  check(ctx: RuleContext<M, O>): void;
}

export interface Config {
  rules: Record<string, SeveritySetting | RuleOptions>;
  timezone?: string;
  language?: Lang;
  templates?: string;
  /** Path globs (absolute once resolved by discovery) to the kind of the documents there without a `kind`. */
  documents?: Record<string, DocumentMapping>;
}

export interface LintOptions {
  uri?: string;
  version?: number;
  config?: Config;
  now: number;
  /** The rules to run (default: the registry `allRules`); lets tests and embedders run a subset. */
  rules?: readonly Rule[];
}

export interface LintResult {
  document: PostmortemDocument;
  findings: Finding[];         // sorted by position, then rule id; stable
  /** Rules that threw: they yield no findings, the run goes on, and the failure is shown here (never swallowed). */
  errors?: RuleError[];
}

export interface RuleError { ruleId: string; ruleName: string; message: string; stack?: string }
