// German phase words of a status update heading (lower case).
import type { PhaseLexicon } from '../types';

export const phases: PhaseLexicon = {
  investigating: ['untersuchung', 'wird untersucht', 'in untersuchung', 'analyse', 'wir untersuchen', 'untersuchung läuft', 'ursprüngliche meldung', 'erstmeldung'],
  identified: ['identifiziert', 'ursache identifiziert', 'ursache gefunden', 'erkannt', 'behebung läuft'],
  monitoring: ['überwachung', 'beobachtung', 'wird beobachtet', 'wird überwacht', 'monitoring'],
  resolved: ['behoben', 'gelöst', 'erledigt', 'abgeschlossen', 'wiederhergestellt'],
};
