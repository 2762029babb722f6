// The signature model and the signature rule read contacts with one set of patterns (src/core/model/contacts.ts):
// before, the rule took any run of seven digits for a phone, so a date in the lead's line became "the contact" that
// its quick fix wrote into the signature.
import assert from 'node:assert/strict';
import { contactOf, hasContact, withoutContacts } from '../../../src/core/model/contacts';
import { personOf } from '../../../src/core/rules/signature';

describe('contacts (one reading for the model and the signature rule)', () => {
  it('finds an e-mail address first, then a web address, then a phone number', () => {
    assert.strictEqual(contactOf('Jane Doe · jane.doe@example.com · +49 30 1234567'), 'jane.doe@example.com');
    assert.strictEqual(contactOf('Jane Doe, https://status.example.com.'), 'https://status.example.com');
    assert.strictEqual(contactOf('陈怡君，+86 10 6552 9988'), '+86 10 6552 9988');
    assert.strictEqual(contactOf('Ops, (030) 123-4567'), '(030) 123-4567');
  });

  it('never takes a date or a time for a phone number', () => {
    assert.strictEqual(contactOf('Jane Doe, 2026-11-22 14:00'), undefined);
    assert.strictEqual(hasContact('updated 2026-11-22'), false);
  });

  it('the rule reads a lead with a date and no contact as no person to sign with', () => {
    assert.strictEqual(personOf('Jane Doe, 2026-11-22'), undefined);
    assert.deepStrictEqual(personOf('Jane Doe <jane.doe@example.com>'), { name: 'Jane Doe', contact: 'jane.doe@example.com' });
  });

  it('blanks out every contact, not only the first', () => {
    assert.strictEqual(withoutContacts('a@example.com and b@example.com').trim().replace(/\s+/g, ' '), 'and');
  });
});
