// Traditional Chinese: every list the document model and the rules read for a document in this language.
import type { Lexicon } from '../types';
import { sections } from './sections';
import { phases } from './phases';
import { structure, scriptOnly } from './structure';
import { apology } from './apology';
import { recovery } from './recovery';
import { actions } from './actions';
import { vendorBlame } from './vendor-blame';
import { tone } from './tone';
import { signature } from './signature';
import { speculation } from './speculation';
import { workaround } from './workaround';
import { negation } from './negation';
import { blame } from './blame';
import { phaseText } from './phase-text';
import { impact } from './impact';
import { cause } from './cause';
import { statusPage } from './status-page';

export const lexicon: Lexicon = {
  sections, phases, structure, scriptOnly,
  apology, recovery, actions, vendorBlame, tone, signature, speculation, workaround, negation, blame, phaseText, impact, cause, statusPage,
};
