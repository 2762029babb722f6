// Shapes of the language data: one file per language and family (lexicon/<lang>/<family>.ts), gathered into one
// `Lexicon` per language by lexicon/<lang>/index.ts. Phrase lists use the syntax described in src/core/text/compile.ts;
// regexes of the rule families run on folded text (lower case, no accents).
import type { Phase, SectionKind } from '../types';

/** Heading texts per section kind, lower case; a heading matches exactly or starts with one followed by a word break. */
export type SectionLexicon = Record<SectionKind, readonly string[]>;
/** Phase words per phase, lower case. */
export type PhaseLexicon = Record<Phase, readonly string[]>;

export interface StructureLexicon {
  /** Cheap test run first: prose that does not match cannot hold a next-update phrase of this language. */
  nextUpdateHint: RegExp;
  /** "Next update by 14:30": each regex must end right before the promised time (a timestamp is read there). */
  nextUpdateAt: readonly RegExp[];
  /** "Next update in 30 minutes": named groups `n` (a number) and `unit` (a word of `minuteUnits`/`hourUnits`). */
  nextUpdateIn: readonly RegExp[];
  minuteUnits: readonly string[];
  hourUnits: readonly string[];
  /** Frequent short words, to tell en, fr and de apart. */
  stopwords: readonly string[];
  /** Labels before a corrective action's owner and due date ("owner:", "due:"). */
  ownerLabels: readonly string[];
  dueLabels: readonly string[];
  /**
   * Corrective-actions headings that tell the changes as made ("What we changed", « Ce que nous avons changé »):
   * their items are finished actions, which need no owner or due date. Each is also a correctiveActions alias.
   */
  doneActionHeadings: readonly string[];
  /** Words that make a signature a team's rather than a person's ("team", "équipe"). */
  teamWords: readonly string[];
}

/** Apology phrases (PM001); `sentence` is what the PM001 fix inserts. */
export interface ApologyLexicon {
  phrases: readonly string[];
  /** With one of `harms` in the same clause and nothing denied, the harm acknowledged: an apology in other words. */
  acknowledge: readonly string[];
  harms: readonly string[];
  /**
   * Readers' understanding asked for („um Verständnis“): with one of `harms` or of `disruptions` in the same clause
   * or the next, the harm owned („Wir bitten für die entstehenden Verzögerungen um Verständnis“). Asked for alone, it
   * names no harm and is no apology.
   */
  understanding?: readonly string[];
  /** What readers put up with, named: delays, restrictions, interruptions (read only beside `understanding`). */
  disruptions?: readonly string[];
  sentence: string;
}

/** Phrases of a resolution notice (PM012): recovery confirmed, data loss addressed, report promised. */
export interface RecoveryLexicon {
  recovered: readonly string[];
  dataLoss: readonly string[];
  reportPromise: readonly string[];
  /**
   * What customers keep with us or send through us: data, messages, orders, money, files, bookings. With one of
   * `dataFates` in the same clause, a data statement in whatever words ("the fines imposed during the outage are
   * withdrawn", "correct funds are in every account").
   */
  dataThings: readonly string[];
  /** What became of such things: lost or kept, delivered, processed, refunded, reversed, corrected, leaked. */
  dataFates: readonly string[];
  /**
   * Such things gone through at last ("all queued e-mails were delivered", "balances have been updated"): where the
   * trouble was a backlog, its clearing is the recovery. With one of `dataThings` in a clause that promises nothing.
   */
  dataCaughtUp: readonly string[];
}

/** Words of a vague corrective action (PM021): every word a vague verb or a filler, at least one verb. */
export interface ActionsLexicon {
  vagueVerbs: readonly string[];
  fillers: readonly string[];
}

export interface VendorBlameLexicon {
  /** Ways of naming a third party ("our provider", "Drittanbieter", "第三方"). */
  parties: readonly string[];
  /** Well-known vendor names (merged over every language, plus the `vendors` option). */
  vendors: readonly string[];
  /** Cause words that come before the party, at most 4 words away in the same clause ("caused by", "due to"). */
  before: readonly string[];
  /** Problem nouns right before the party, at most 1 word away ("outage at", "Ausfall bei", "问题出在"). */
  nearBefore: readonly string[];
  /** Cause verbs after the party, at most 2 words away ("caused", "went down", "ist ausgefallen"). */
  after: readonly string[];
  /**
   * Incident phrases after the party, up to 6 words away in the same clause, so a relative clause may stand between
   * ("a provider we use for logins was having an incident"). Only phrases that say the party had the incident.
   */
  afterFar?: readonly string[];
  /** Problem nouns right after the party, nothing but "'s" or a hyphen between ("AWS outage", "AWS-Ausfall"). */
  nearAfter: readonly string[];
  /** "On their side": blame when a party is named anywhere in the same sentence. */
  sides: readonly string[];
  /** Blame-shifting on its own, no party needed ("beyond our control"). */
  shifting: readonly string[];
  /**
   * Helplessness ("not much we can do", "je ne peux rien faire", "我们无能为力"): blame only when the same paragraph
   * names a third party, whose fix we are then said to wait on. Alone ("Power cut. Not much I can do.") it lays the
   * cause on no supplier.
   */
  helpless?: readonly string[];
  /**
   * A frame that tells what happens in rare cases, not what happened this time ("in rare situations, our cloud provider
   * is unable to restore the process", « dans de rares cas », „in seltenen Fällen", 在极少数情况下): the sentence
   * explains a mechanism and puts no cause of this incident on anyone.
   */
  general?: readonly string[];
  /** Owning it: in the same paragraph, a vendor cause is fine ("our responsibility", "we chose"). */
  owning: readonly string[];
  /**
   * First-person possessives: a cause word followed at once by one of them names our own failure ("as a result of
   * our outage", « en raison de notre panne », 由于我们的失误), which is owned unless a party follows.
   */
  ours: readonly string[];
  /**
   * Words that open a party's name and lose their capital inside the suggested sentence ("Our hosting company" ->
   * "We rely on our hosting company"); names keep theirs. Empty where the script has no capitals.
   */
  determiners: readonly string[];
  /**
   * A party word inside one of these names no party: a platform named as the place of a page ("see the GitHub issue
   * for updates", "GitLab-Issue"), or a third party that supplies nothing (a contractor who cut a cable, as road works
   * do).
   */
  notParties?: readonly string[];
}

export interface ToneLexicon {
  /** Jokes, cute and minimising words ("oopsie", "little hiccup", "petit pépin"). */
  cute: readonly string[];
  /** Laughter ("lol", "haha", "哈哈"). */
  laughter: readonly string[];
}

export interface SignatureLexicon {
  /** Words of a sign-off that name no person: teams, departments, roles, articles ("the", "ops", "team"). */
  generic: readonly string[];
  /** Head words of a team's name: an unknown word right next to one is a team's name ("the Shop Team", "Acme Support"). */
  heads: readonly string[];
  /**
   * Common family names a Han-script name starts with (Chinese only): "郑强" and "陈怡君" are names, "已经更新" and
   * "敬请谅解" are not, though all are two to four Han characters.
   */
  surnames?: readonly string[];
  /** Words that open a byline before the writer's name ("Posted by Jane Doe", « Publié par », „Verfasst von", 作者). */
  bylines: readonly string[];
  /**
   * Words before the name of the person to reach ("contact Jane Doe at …", « contactez Jeanne Dupont au … », „wenden Sie
   * sich an Anna Schmidt unter …", 请联系张伟): a closing sentence that names the person and the channel signs the text.
   */
  reachOut: readonly string[];
  /** Words between that name and the channel ("at", "on", « au », „unter"), dropped from the name. */
  reachVia: readonly string[];
}

export interface SpeculationLexicon {
  /** Hedges ("probably", "we think", "vermutlich", "可能是"). */
  hedges: readonly string[];
  /** Words that state a cause ("caused by", "due to", "Ursache", "原因"). */
  causes: readonly string[];
  /** A guessed cause on its own ("likely due to", "serait dû à", "疑似"). */
  hedgedCauses: readonly string[];
  /** A promised time of resolution (on folded text). */
  promises: readonly RegExp[];
  /**
   * What a guess blames when it names no cause word: a part of the system or its state ("disk", "network interface",
   * "firewall", "Festplatte", "硬盘"; "full", "broken"). A hedge with one of these in the same clause is a guessed
   * cause ("We suspect one of the disks is broken", "je pense que le disque est plein").
   */
  suspects: readonly string[];
  /**
   * Who is affected, told with a hedge ("it looks like only users on one ISP are affected", « il semble que seuls les
   * clients de Lyon soient touchés »): a guess at the scope, not at the cause. A hedge and a suspected part in a clause
   * with one of these are left alone (a hedge next to a cause word is still a guess).
   */
  scope: readonly string[];
  /**
   * A promised time of resolution told in any word order: in one clause, a word of each list — an expectation ("will",
   * "hope", "sera", "voraussichtlich", "预计"), a recovery ("back", "fixed", "retour à la normale", "behoben", "恢复")
   * and a time to come ("tomorrow", "d'ici le week-end", "bis Anfang der Woche", "明天").
   */
  expectations: readonly string[];
  recoveries: readonly string[];
  times: readonly string[];
  /**
   * The work starting or going on, said after the recovery word it follows ("the repair will resume tonight", « la
   * réparation reprendra demain », „die Reparatur wird morgen fortgesetzt“, 修复工作将于今晚继续): the clause gives a
   * time for the work, not for the recovery.
   */
  workGoesOn: readonly string[];
  /**
   * A check of ours that the recovery is what it checks for ("I'll look again this evening to make sure everything works
   * again", « pour vérifier que tout fonctionne », „um sicherzustellen, dass alles wieder läuft", 确认是否恢复): the time
   * is the check's, not a promised recovery.
   */
  checks: readonly string[];
  /**
   * Words that, right before a time, make it the start of what holds now or the end of a span already begun ("should
   * be back since this afternoon", « depuis ce matin », „seit heute früh“, "yesterday and today"): a past time, no
   * promise. Not 从/自 in Chinese: "从明天起" starts a time to come.
   */
  pastSpanStarts: readonly string[];
  /**
   * A figure of speech built on a hedge ("seems like a joke after what happened to OVH", « ça semble être une blague »,
   * „scheint wie ein Witz", 似乎是个玩笑): a comment on the situation, no guess at the cause; its hedge is not read.
   */
  figures?: readonly string[];
}

export interface WorkaroundLexicon {
  /** An offered workaround, or saying there is none. */
  phrases: readonly string[];
  /**
   * Words that name a way around (workaround, Umgehung, contournement, 临时解决方案): denied, they say there is none
   * („Eine Umgehung gibt es derzeit nicht“, "pas de contournement"), which answers the question too.
   */
  names: readonly string[];
  /**
   * Words that say something goes on as before ("still", « toujours », „weiterhin“, 仍): in a clause that names no
   * trouble, denies nothing and is not about our own work, what still works ("page views are still being recorded").
   */
  stillWords: readonly string[];
  /**
   * Words that make such a clause about the trouble or our work on it, not about what still works: "the rollback is
   * still running", „die Fehlerrate ist weiterhin hoch“, 修复仍在进行中.
   */
  stillNot: readonly string[];
  /**
   * Names of tools that hold a trouble word ("the issue tracker", „Fehlerverfolgung“, 问题跟踪): in such a clause
   * they name what still works, not the trouble.
   */
  toolNames: readonly string[];
}

export interface BlameLexicon {
  /** Blameful words ("human error", "should have", "forgot to"). */
  phrases: readonly string[];
  /** A person named as the cause (on folded text). */
  person: readonly RegExp[];
  /**
   * Expectations that contain a blameful phrase: a thing, not a person, "should have" done something ("the link should
   * have been up", "nothing should have impacted", "most features should have recovered"). A blameful phrase inside
   * one is not reported.
   */
  expectations?: readonly string[];
}

/** Everything one language contributes: the model's structure words and each rule family's lists. */
/**
 * Phase words in an update's text, for headings that hold only a date or time ("2024-09-07", "Update", "EDIT").
 * One file per language (lexicon/<lang>/phase-text.ts); phrase syntax: see src/core/text/compile.ts. What each family means:
 * - `ongoing`: the service is still impaired now, or recovery is still to come ("is still down", "should be back in
 *   an hour", "noch nicht wieder", "预计明天恢复"). It outweighs every recovery phrase of the same update.
 * - `impaired`: what does not work, without saying when ("is down", "无法访问"). Chinese has no tense, and an
 *   after-the-fact notice says what did not work: a recovery phrase of the same update outweighs these.
 * - `recovered`: recovery told as done ("has been resolved", "es läuft wieder", "已恢复").
 * - `afterTheFact`: an outage told in the past, as one tells it after recovery ("there was an outage",
 *   "nous avons eu deux interruptions", "中断营运33分钟").
 * - `investigating` / `identified` / `monitoring`: the in-progress phase the text names ("we are looking into",
 *   "we are working on a fix", "we are monitoring").
 * - `followUp`: a sentence about work after the recovery, to keep it from happening again or to report on it ("we
 *   are working on making this component redundant so that it does not happen again", "wir arbeiten daran, …
 *   redundanter auszulegen", "为避免再次发生", "我們將於 72 小時內發布報告"). Its in-progress words name no phase:
 *   such sentences are left out before the others are read.
 * - `notYet`: words just before a recovery phrase that keep it from being true now: a negation or an effort towards
 *   it ("not", "noch nicht", "pas encore", "尚未", "working towards", "travaillent au", "正在"): "noch nicht gelöst",
 *   "les équipes travaillent au retour à la normale" tell that recovery is still to come, like `ongoing`.
 * - `furtherUpdates`: a promise that more news will come, with or without a time ("I'll keep you posted", "More news
 *   tomorrow", "Wir melden uns, sobald …", "nous reviendrons vers vous", "后续进展将及时通知"). Real notices rarely
 *   give the next update's time; saying that one will come is what readers need to stop refreshing (PM004).
 * - `persisting`: words just before a recovery phrase that tell a state kept through the trouble, not one reached
 *   after it ("the hospitals remain fully operational", « restent opérationnels », „bleiben voll funktionsfähig",
 *   "仍正常运行"): what never went down tells no recovery.
 * - `asked`: words just before a recovery phrase that make it a question ("forgot to check if it was back up", « vérifier
 *   si le service est rétabli », „prüfen, ob der Dienst wieder läuft", "确认是否恢复"), or a belief proven wrong ("I
 *   thought it was resolved", « je pensais que c'était réglé », „ich dachte, es sei behoben", "以为已经恢复"): it tells
 *   neither that the service is back nor that it is not.
 * - `awaited`: words just before a monitoring phrase that make it a condition still to be met ("stays down until a
 *   temporary fix is in place", « jusqu'à ce qu'un correctif provisoire soit en place », „bis eine vorläufige Lösung
 *   umgesetzt ist", "直到临时修复到位"): the stopgap is awaited, not in place.
 * - `readers` and `checks`: see below.
 */
export interface PhaseTextLexicon {
  ongoing: readonly string[];
  impaired: readonly string[];
  recovered: readonly string[];
  afterTheFact: readonly string[];
  investigating: readonly string[];
  identified: readonly string[];
  monitoring: readonly string[];
  followUp?: readonly string[];
  notYet?: readonly string[];
  furtherUpdates?: readonly string[];
  persisting?: readonly string[];
  asked?: readonly string[];
  awaited?: readonly string[];
  /**
   * A question to the reader with one of `readers` and then one of `checks` (a verb's stem) before its question mark
   * ("Can you try again?", "Mind bypassing your cache …?", « Pouvez-vous vérifier ? », „Könnt ihr das prüfen?",
   * "你可以再试一下吗？"): beside a recovery, the reader is asked to check the fix, which is monitoring.
   */
  readers?: readonly string[];
  checks?: readonly string[];
}

/**
 * Words that settle whether an update's text tells of recovery, merged into each language's PhaseTextLexicon:
 * `pending` joins `ongoing` (recovery denied, conditional or partial: "has not been resolved yet", "nach und nach
 * wieder", "何时恢复请等待通知"), the other families join theirs.
 */
export interface RecoveryStateLexicon {
  pending: readonly string[];
  recovered: readonly string[];
  afterTheFact: readonly string[];
  monitoring: readonly string[];
}

/**
 * Words that deny what stands just before or after them in a clause ("not", "n't", "unable", „nicht", « ne … pas »,
 * 无法, 并非): "you can't log in" offers no way around, "the outage was not due to human error" blames nobody.
 */
export interface NegationLexicon {
  words: readonly string[];
  /**
   * Words that open a clause of its own before what follows, without a comma ("who", "if", « qui », „wenn", 的, 如果):
   * a denial after them belongs to that clause ("customers who cannot pay by card can use PayPal", 无法登录的用户可以
   * 使用手机应用), not to what follows it.
   */
  openers: readonly string[];
}

export interface Lexicon {
  sections: SectionLexicon;
  phases: PhaseLexicon;
  structure: StructureLexicon;
  /** Characters written only in this script (tells zh-Hans from zh-Hant); empty for other languages. */
  scriptOnly: string;
  apology: ApologyLexicon;
  recovery: RecoveryLexicon;
  actions: ActionsLexicon;
  vendorBlame: VendorBlameLexicon;
  tone: ToneLexicon;
  signature: SignatureLexicon;
  speculation: SpeculationLexicon;
  workaround: WorkaroundLexicon;
  negation: NegationLexicon;
  blame: BlameLexicon;
  phaseText: PhaseTextLexicon;
  impact: ImpactLexicon;
  cause: CauseLexicon;
  statusPage: StatusPageLexicon;
}

/**
 * What a person copies from a hosted status page, for Import Incident from Status Page (core/import): the words
 * around each update and the headings the import writes. Lower case except the headings.
 */
export interface StatusPageLexicon {
  /** Words before an update's date line ("Posted", "Publié", "Veröffentlicht", "发布于"). */
  posted: readonly string[];
  /** Labels a status page shows instead of a phase ("Update", "Postmortem"): an update whose phase is not named. */
  otherLabels: readonly string[];
  /** Month names and abbreviations, January first, each as the start of a word ("janv", "févr"). */
  months: readonly (readonly string[])[];
  /** Words before the list of affected components ("this incident affected"). */
  affected: readonly string[];
  /** Headings the import writes: a status page's postmortem, and text it could not place. */
  postmortemHeading: string;
  notesHeading: string;
}

/**
 * What a document says in prose instead of under our headings (impact and root-cause rules). Phrase syntax: see
 * ../text/compile.ts. Phrases that *clear* a rule: every language's list counts for every document.
 */
export interface ImpactLexicon {
  /**
   * Something readers use does not work or works badly, or someone cannot do something ("is down", "users … unable
   * to", "nicht erreichbar", "无法访问"). A recovery alone ("is available again") is no impact statement.
   */
  statements: readonly string[];
  /**
   * Words that make any heading an impact heading wherever they stand in it ("Summary of impact", "Betroffene
   * Systeme", "服务受影响情况"): a section under one, with content, states the impact.
   */
  headingWords: readonly string[];
  /**
   * Trouble words that state an impact only with the thing they struck named beside them ("the website outage",
   * « panne de ses services », „Störung bei der Anmeldung", 交易異常); alone ("an outage", „eine Störung", 出现异常)
   * they name nothing. `*word`: the word may end a compound whose first part names the thing ("*ausfall":
   * Serverausfall). Read by ../rules/support/named-trouble.ts.
   */
  troubleWords: readonly string[];
  /**
   * Words that lead from a trouble word to the thing named after it ("outage of", « panne de », „Störung bei");
   * in Chinese, words that may stand between the thing named before and the trouble word (系统出现异常, 效能严重下降).
   */
  troubleLinks: readonly string[];
  /**
   * Words that name nothing beside a trouble word: determiners, pronouns, adjectives of size or kind, times, verbs
   * that take the trouble word as their object ("an", "major", "technical", "morning", "investigating"; 出现, 排除).
   * Chinese: the two characters before the trouble word.
   */
  emptyWords: readonly string[];
  /**
   * Whether the word just before a trouble word can name the thing ("website outage", 交易異常): English and Chinese;
   * in French and German it is a determiner or an inflected adjective.
   */
  namesBefore: boolean;
  /**
   * Auxiliaries and determiners that may stand between the thing named before and a trouble word, at most four ("my
   * hoster has deactivated", "the disk had completely died", "CritterDB has been seeing these outages"); empty where
   * `namesBefore` is false.
   */
  troubleAuxiliaries: readonly string[];
  /**
   * Chinese: words before the thing named that deny the trouble (没有数据丢失, 並無系統異常); empty elsewhere, where a
   * denial does not sit before the thing.
   */
  troubleDenials: readonly string[];
  /**
   * What readers use, named in a notice ("the website", « la plateforme », „die Lernplattform", 伺服器): a sentence
   * that names one and tells neither its recovery, nor a cause, nor what we did states what happened to it
   * ("the application was temporarily deactivated", 伺服器受到破壞). Readers count such sentences whatever the words
   * for the trouble; no list holds them all. Read by ../rules/support/stated-in-prose.ts.
   */
  things: readonly string[];
  /**
   * Words that make a sentence tell what we did, not what happened to the thing: our voice ("we", 我们), work done
   * on it ("the server was restarted", "a database migration", 扩容数据库磁盘) and where we inform ("the website has the
   * latest information", 详情请见官网).
   */
  ownVoice: readonly string[];
}

export interface CauseLexicon {
  /**
   * Headings other than the Root cause section's under which reports tell why ("What happened", "Was ist passiert",
   * "事件經過"), matched like section headings.
   */
  headings: readonly string[];
  /**
   * Words that make any heading a cause heading wherever they stand in it ("What caused the outage?", "Warum fiel der
   * Dienst aus?", "为什么会发生故障"): real reports word their headings freely.
   */
  headingWords: readonly string[];
  /** A cause stated in prose ("was caused by", "Ursache war", "la panne est due à", "原因是", "导致"). */
  statements: readonly string[];
  /** The cause is not known (yet): a sentence holding one states no cause ("for unknown reasons", "原因不明"). */
  unknown: readonly string[];
}
