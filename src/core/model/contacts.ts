// Contact channels (an e-mail address, a web address, a phone number) and sign-off dashes: one set of patterns for
// the signature model and the signature rule, so that both agree on what a contact is.
const EMAIL_SOURCE = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`;
const WEB_SOURCE = String.raw`\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+`;
// International (+49 30 1234567, 0049…) or grouped national numbers ((030) 123-4567); never a date or a time.
const PHONE_SOURCE = String.raw`(?:\+|\b00)\d[\d ().\-\u00a0]{6,}\d|\(?\b\d{2,4}\)?[ .\-]\d{3,4}[ .\-]\d{3,4}\b`;

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

/** Whether `s` holds a contact. */
export function hasContact(s: string): boolean {
  return EMAIL.test(s) || WEB.test(s) || PHONE.test(s);
}

/** `s` with every contact blanked out (for reading the words around them). */
export function withoutContacts(s: string): string {
  return s.replace(ANY_CONTACT, ' ');
}
