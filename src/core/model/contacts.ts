// Contact channels (an e-mail address, a web address, a phone number) and sign-off dashes: one set of patterns for
// the signature model and the signature rule, so that both agree on what a contact is.
const EMAIL_SOURCE = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`;
// A bare domain counts too ("Founder, Example Backup | examplebackup.com"), on common top-level domains only:
// "README.md" and "Node.js" are no web addresses.
const BARE_DOMAIN = String.raw`(?<![\w@./-])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.(?:com|org|net|io|dev|app|info|edu|gov|eu|de|fr|ch|at|be|nl|uk|cn|tw|hk|jp|ca|au)(?![\w@/-]|\.\w)`;
const WEB_SOURCE = String.raw`\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+|${BARE_DOMAIN}`;
// A phone number's label: "Tel.", "Téléphone", "Telefon", "手机", "联系电话", "連絡電話".
const PHONE_LABEL = String.raw`(?:\b(?:[Pp]hone|[Tt][eé]l(?:[eé]phone|efon)?|[Mm]obile?|[Hh]andy)\.?|(?:联系|聯絡|連絡|聯繫)?(?:电话|電話)|手机|手機)`;
// International (+49 30 1234567, 0049…) or grouped national numbers ((030) 123-4567); never a date or a time. After
// a phone label any run of digits is a number: "手机：13924585544", "Tel. 0301234567", « Tél : 0123456789 ».
const PHONE_SOURCE = String.raw`(?:\+|\b00)\d[\d ().\-\u00a0]{6,}\d|\(?\b\d{2,4}\)?[ .\-]\d{3,4}[ .\-]\d{3,4}\b|(?<=${PHONE_LABEL}\s*[:：]?\s*)\d[\d \-]{6,}\d`;

const EMAIL = new RegExp(EMAIL_SOURCE);
const WEB = new RegExp(WEB_SOURCE, 'i');
const PHONE = new RegExp(PHONE_SOURCE);
const ANY_CONTACT = new RegExp(`${EMAIL_SOURCE}|${WEB_SOURCE}|${PHONE_SOURCE}`, 'gi');

/** A dash that opens a sign-off line ("— Jane Doe", "——陈怡君", "-- Ops"). */
export const SIGN_OFF = /^\s*(?:—|–|--|-|~)+\s*/;

/** The first contact in `s`: an e-mail address, else a web address, else a phone number; trailing punctuation off. */
export function contactOf(s: string): string | undefined {
  return (EMAIL.exec(s) ?? WEB.exec(s) ?? PHONE.exec(s))?.[0].replace(/[.,;]+$/, '');
}

const PHONE_LABEL_ONLY = new RegExp(String.raw`^${PHONE_LABEL}$`);

/** Whether `s` is only a phone label ("電話", "Tel."): a signature's part that names no one. */
export function isContactLabel(s: string): boolean {
  return PHONE_LABEL_ONLY.test(s.trim());
}

/** Whether `s` holds a contact. */
export function hasContact(s: string): boolean {
  return EMAIL.test(s) || WEB.test(s) || PHONE.test(s);
}

/** `s` with every contact blanked out (for reading the words around them). */
export function withoutContacts(s: string): string {
  return s.replace(ANY_CONTACT, ' ');
}
