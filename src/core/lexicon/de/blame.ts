// Deutsch: Sprache, die Personen beschuldigt (PM022).
import type { BlameLexicon } from '../types';

const ROLE = String.raw`(?:ingenieur(?:in)?|entwickler(?:in)?|administrator(?:in)?|admin|kolleg(?:e|in)|mitarbeiter(?:in)?|praktikant(?:in)?|techniker(?:in)?|operator(?:in)?|bearbeiter(?:in)?)`;

export const blame: BlameLexicon = {
  phrases: [
    'menschliches versagen', 'menschlicher fehler', 'menschlichen fehler', 'menschlichen fehlers', 'menschliche fehler',
    'bedienfehler', 'fehlbedienung', 'hätte … sollen', 'hätte … müssen', 'hätten … sollen', 'hätten … müssen',
    'hat … vergessen', 'haben … vergessen', 'hatte … vergessen', 'wurde … vergessen', 'vergaß', 'nachlässigkeit',
    'nachlässig', 'fahrlässig*', 'unachtsamkeit', 'unachtsam', 'schlamperei', 'schuld des kollegen', 'schuld der kollegin',
    'schuld des mitarbeiters', 'schuld eines mitarbeiters', 'versagen des mitarbeiters', 'versagen eines mitarbeiters', 'inkompeten*', 'leichtsinn*',
  ],
  // Eine Sache, keine Person: „hätte … sein sollen“, „hätte … umschalten sollen“, „hätte keine Auswirkung haben sollen“.
  expectations: [
    // die Organisation, die ihr Versäumnis einräumt, nennt keine Person: „unsere Nachlässigkeit“
    'unsere nachlässigkeit', 'unserer nachlässigkeit', 'unsere unachtsamkeit', 'unserer unachtsamkeit',
    // „wir hätten … sollen“: die Organisation, die ihr Handeln einräumt, wie "we should have" im Englischen (diag-25).
    'wir … hätten sollen', 'wir hätten … sollen', 'wir hätten … müssen', 'hätten wir … sollen', 'hätten wir … müssen',
    // diag-22: das Ereignis selbst, das nicht hätte passieren sollen.
    'hätte nicht passieren sollen', 'hätte nie passieren sollen', 'hätte so nicht passieren sollen', 'hätte nicht geschehen sollen',
    'hätte … sein sollen', 'hätten … sein sollen', 'hätte … sein müssen', 'hätte … anspringen sollen', 'hätte … funktionieren sollen',
    'hätten … funktionieren sollen', 'hätte keine … haben sollen', 'hätte … wiederherstellen sollen',
    // Was ein System tut (Sitzung 5): „der Nameserver, der den MX-Record hätte liefern sollen“.
    'hätte … liefern sollen', 'hätte … greifen sollen', 'hätte … auslösen sollen', 'hätte … starten sollen',
    'hätte … laufen sollen', 'hätte … zustellen sollen', 'hätten … greifen sollen', 'hätten … laufen sollen',
    // diag-101: der Zustand, in dem sich eine Sache hätte befinden sollen („in dem er sich immer schon hätte befinden sollen“).
    'hätte … befinden sollen', 'hätten … befinden sollen', 'hätte … bleiben sollen', 'hätten … bleiben sollen',
    // diag-102: das Passiv nennt niemanden, der hätte handeln sollen („die Rettungskräfte hätten nicht eingesetzt werden müssen“),
    // wie "should have been" im Englischen.
    'hätte … werden müssen', 'hätten … werden müssen', 'hätte … werden sollen', 'hätten … werden sollen',
  ],
  person: [
    new RegExp(String.raw`(?:^|[^\w@])@[\w.-]+\s+(?:hat|hatte)\s+(?:\w+\s+){0,4}?(?:vergessen|versaumt|versehentlich|falschlicherweise)`, 'u'),
    new RegExp(String.raw`\b(?:ein|eine|einer|der|die|unser|unsere)\s+${ROLE}\s+(?:hat|hatte)\s+(?:\w+\s+){0,4}?(?:vergessen|versaumt|versehentlich|falschlicherweise|einen fehler gemacht)`, 'u'),
  ],
};
