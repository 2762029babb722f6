// German impact statements in prose: a service that does not work, or people who cannot do something.
import type { ImpactLexicon } from '../types';

export const impact: ImpactLexicon = {
  statements: [
    // A service's state.
    'nicht erreichbar', 'nicht mehr erreichbar', 'nicht zu erreichen', 'unerreichbar', 'nicht verfügbar',
    'nicht mehr verfügbar', 'nicht … zur verfügung', 'nicht nutzbar', 'nicht benutzbar', 'nicht möglich', 'nicht online',
    'funktioniert nicht', 'funktionieren nicht', 'funktionierte nicht', 'funktionierten nicht', 'funktioniert … nicht',
    'geht nicht', 'gehen nicht', 'ging nicht', 'gingen nicht', 'noch nicht wieder', 'nicht wieder da',
    'ist down', 'war down', 'sind down', 'down', 'offline', 'ausgefallen', '*ausfall', '*ausfälle', 'ausfall*',
    '*unterbrechung*', 'unterbrochen', '*störung des', '*störung der', 'gestört', 'eingeschränkt*', '*einschränkung*',
    'beeinträchtig*', '*beeinträchtigung*', 'abgeschaltet', 'vom netz genommen',
    'wieder erreichbar sein', 'wieder online sein', 'wieder verfügbar sein',
    // What goes wrong for the reader.
    'fehlermeldung*', 'fehler beim', 'verzögerung*', 'verzögert*', 'langsam*', 'verbindungsabbrüche',
    'verbindungsprobleme', 'probleme beim', 'probleme mit', 'schlägt fehl', 'schlagen fehl', 'schlug fehl',
    'schlugen fehl', 'fehlgeschlagen*',
    // Who is affected.
    'bei manchen', 'bei einigen', 'für manche', 'für einige', 'manche nutzer', 'einige nutzer', 'einige kunden', 'andere nicht',
    'betroffen*', 'betrifft', 'betraf', 'betrafen',
    'können … nicht', 'konnten … nicht', 'kann … nicht', 'konnte … nicht', 'können … keine', 'konnten … keine',
    'nicht weiterverarbeitet', 'nicht verarbeitet', 'nicht zugestellt', 'nicht versendet', 'nicht ausgelöst', 'hängen … fest', 'bleiben … hängen',
    'keine verbindung', 'nicht abrufbar', 'nicht aufrufbar', 'nicht mehr möglich', 'kein zugriff', 'keinen zugriff', 'nicht zugreifen', 'nicht geladen', 'lädt nicht', 'laden nicht', 'störung bei', 'störung im',
    // Ein Teil, der abgestürzt ist, ein Ausfall mit seiner Reichweite, und wer über Nutzer und Kunden hinaus betroffen ist.
    'abgestürzt', 'stürzt … ab', 'stürzten … ab', 'streikt', 'streiken', 'lahmgelegt', 'liegt lahm', 'lagen lahm',
    'geht gar nichts', 'ging gar nichts', 'nichts geht', 'nichts ging', 'totalausfall', 'komplettausfall',
    'großflächig*', 'flächendeckend*',
    'spieler … nicht', 'studierende … nicht', 'mitglieder … nicht',
    // Diagnose-Sätze (Sitzung 4): Verneinung mit Einschub („werden derzeit nicht von anderen Servern … zugestellt“).
    'nicht … zugestellt', 'nicht … erreichbar', 'nicht … verfügbar', 'nicht … möglich', 'nicht … nutzbar',
    'nicht … abrufbar', 'havarie', 'beschädigt*', 'keinen zugang', 'kein zugang', 'keinen zugriff auf', 'vom netz nehmen', 'vom netz genommen',
  ],
  headingWords: ['auswirkung*', 'betroffen*', 'beeinträchtig*'],
};
