// What one language contributes to the bench corpus: the words a writer picks from. Sentences hold placeholders that
// the composer fills per document: {service} {Service} {region} {pct} {minutes} {count} {time} {vendor} {feature}
// {version} {person} {team}. Each list holds differently worded sentences, written for this corpus, so that documents
// read like prose from different writers rather than one template repeated.
export interface Parts {
  lang: 'en' | 'fr' | 'de' | 'zh-Hans' | 'zh-Hant';
  /** Section headings; several wordings each, as teams name them differently. */
  headings: Record<'summary' | 'impact' | 'updates' | 'timeline' | 'cause' | 'resolution' | 'actions' | 'contact', readonly string[]>;
  /** Phase names for update headings. */
  phases: Record<'investigating' | 'identified' | 'monitoring' | 'resolved', readonly string[]>;
  /** Things that break, with a capitalised form for sentence starts ({Service}). */
  services: readonly string[];
  regions: readonly string[];
  features: readonly string[];
  titles: readonly string[];
  impact: readonly string[];
  investigating: readonly string[];
  identified: readonly string[];
  monitoring: readonly string[];
  resolved: readonly string[];
  apology: readonly string[];
  workaround: readonly string[];
  noWorkaround: readonly string[];
  next: readonly string[];
  dataLoss: readonly string[];
  reportPromise: readonly string[];
  summary: readonly string[];
  cause: readonly string[];
  resolution: readonly string[];
  /** Corrective actions, specific ones; `vagueActions` are what a rushed writer puts instead. */
  actions: readonly string[];
  vagueActions: readonly string[];
  /** How an action's owner and due date are written ({text}, {owner}, {due}). */
  actionLine: string;
  events: readonly string[];
  contact: readonly string[];
  signoff: readonly string[];
  /** Sentences a reviewer would flag: blame, guesses, blaming a vendor, jokes, internal details. */
  bad: Record<'blame' | 'speculation' | 'vendor' | 'tone' | 'internal', readonly string[]>;
}
