// Deutsche Entschuldigungen (PM001): "entschuldig*" deckt entschuldigen, Entschuldigung, entschuldigt ab.
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: [
    // diag-103: der Schaden für die Leser anerkannt („diese Störungen zum Nachteil unserer Kundinnen und Kunden“).
    'zum nachteil unserer', 'nachteilig für unsere',
    // diag-80: der Ärger der Leser als unser anerkannt („den Schaden, den Sie heute hatten“).
    'den schaden, den sie', 'was sie heute durchgemacht haben',
    // diag-40: der Schaden anerkannt („wir wissen, dass dieser Ausfall inakzeptabel war“).
    'dieser … inakzeptabel', 'diese … inakzeptabel', 'dieser … nicht akzeptabel', 'diese … nicht akzeptabel',
    // diag-63: das Ergebnis als inakzeptabel anerkannt („das ist ein inakzeptables Ergebnis“).
    'das ist … inakzeptabel', 'es ist … inakzeptabel', 'es war … inakzeptabel', 'ein inakzeptables ergebnis',
    // diag-77: unser Versäumnis im nächsten Satzteil anerkannt („…, und das war inakzeptabel“).
    'das war inakzeptabel', 'das war nicht akzeptabel', 'was inakzeptabel ist', 'was inakzeptabel war',
    'entschuldig*', 'bedauern', 'bedauert', 'bedauere die', 'bedaure die', 'tut uns leid', 'tut mir leid', 'verzeihung', 'verzeihen sie',
    // diag-8: an adverb between („Es tut uns unglaublich leid“, „tut uns sehr leid“).
    'tut uns … leid', 'tut mir … leid',
    // diag-11: der Ärger als uns bekannt anerkannt („Wir sind uns der Unannehmlichkeiten bewusst“).
    'unannehmlichkeiten bewusst', 'der schwierigkeiten bewusst', 'wir verstehen die unannehmlichkeiten',
    // diag-85: die Unannehmlichkeiten als verursacht anerkannt („…, was unseren Nutzern Unannehmlichkeiten bereitete“).
    'unannehmlichkeiten bereitet*', 'unannehmlichkeiten verursacht*',
    // diag-22: wie schwer der Ausfall Kunden trifft, anerkannt („Wir wissen, wie schwer Sie ein solcher Ausfall trifft“).
    'wir wissen, wie verheerend', 'wir wissen, wie schwer', 'wir wissen, wie ärgerlich', 'wir wissen, wie frustrierend', 'wir wissen, wie belastend',
    'wir verstehen, wie ärgerlich', 'wir verstehen ihren ärger', 'wir verstehen den ärger',
    // diag-25: die schwierige Lage anerkannt.
    'wir wissen, wie schwierig', 'wir wissen, dass die lage schwierig', 'wir wissen, dass die situation schwierig',
    // diag-45: die Belastung für die Betroffenen anerkannt („die Ausfälle waren für viele von Ihnen schwierig“).
    'für viele von ihnen schwierig', 'für viele von euch schwierig', 'für unsere kunden schwierig', 'für sie schwierig',
    // diag-27: eingestehen, dass man enttäuscht hat („Wir haben unsere Kunden enttäuscht“).
    'wir haben sie enttäuscht', 'wir haben euch enttäuscht', 'wir haben unsere kunden enttäuscht', 'wir haben … enttäuscht', 'haben wir … enttäuscht',
    // diag-29: der Ärger der Kunden anerkannt („… ärgerlich für unsere Kunden“).
    'ärgerlich für die kunden', 'ärgerlich für unsere kunden', 'ärgerlich für sie', 'ärgerlich für alle betroffenen',
    // diag-33: dieselbe Anerkennung mit den Betroffenen vorn („für die Bürger … äußerst ärgerlich“, „… irritierend“).
    'für die bürger* … ärgerlich', 'für die kunden … ärgerlich', 'für unsere kunden … ärgerlich',
    'für die bürger* … irritierend', 'für die kunden … irritierend', 'für unsere kunden … irritierend',
    // diag-39: dieselbe Anerkennung in der Du-Form („sehr ärgerlich – gerade für Euch“).
    'ärgerlich für euch', 'ärgerlich … für euch', 'ärgerlich für dich',
    // diag-34: der Ärger verstanden („… verärgert … Ich kann das nachvollziehen“) und der Schaden anerkannt („hat allen weh getan“).
    'kann das nachvollziehen', 'können das nachvollziehen', 'kann den ärger nachvollziehen', 'können den ärger nachvollziehen', 'allen weh getan',
    // diag-46: der Ausfall als unentschuldbar anerkannt („ein so langer Ausfall ist unentschuldbar“).
    'ausfall ist unentschuldbar', 'ausfall war unentschuldbar', 'dieser … unentschuldbar', 'diese … unentschuldbar',
    // diag-55: der Schaden ernst genommen („wir nehmen die Auswirkungen dieses Ausfalls auf Ihre Arbeit sehr ernst“).
    'nehmen die auswirkungen … ernst', 'nehmen die folgen … ernst',
    // diag-97 (aus dem Englischen): unser Versprechen als gebrochen anerkannt („Wir sind diesem Anspruch nicht gerecht geworden“).
    'nicht gerecht geworden',
    // diag-98 (aus dem Englischen): „Wir verstehen, wie schwerwiegend es ist, keine E-Mails zu empfangen“.
    'verstehen, wie schwerwiegend', 'verstehen, wie ernst',
    // diag-134 (aus dem Englischen): der Fehler in erster Person eingestanden („Das war mein Fehler“, „Wir haben einen Fehler gemacht“).
    'war mein fehler', 'ist mein fehler', 'war unser fehler', 'ist unser fehler', 'wir haben einen fehler gemacht',
    'ich habe einen fehler gemacht',
    // diag-166: der eigene Fehler umgangssprachlich eingestanden („whaa, Mist in der nginx-Config gemacht :/").
    'mist … gemacht',
  ],
  // diag-96 (aus dem Französischen): um Verständnis für die Unannehmlichkeiten gebeten; ohne genannte Unannehmlichkeit
  // ist „Bitte haben Sie Verständnis“ keine Entschuldigung.
  // diag-101: die Belastung als die der Leser genannt („der Ausfall war für unsere ganze Gemeinschaft belastend“).
  // diag-102: der Ärger geteilt oder als berechtigt anerkannt („mit vielen berechtigterweise verärgerten Mitspielern“);
  // nicht „berechtigt“ allein: „berechtigte Nutzer haben Schwierigkeiten“ nennt Zugangsrechte, keine Anerkennung.
  // diag-108: der Ärger als gemeinsamer genannt („Für uns alle ist der jetzige Ausfall sehr ärgerlich“).
  // diag-104: der Ärger als Erfahrung der Leser genannt („viele Läufer erlebten den Frust von Fehlermeldungen“); nicht
  // „erlebten“ allein: „Nutzer erlebten Schwierigkeiten beim Login“ nennt die Auswirkung, keine Anerkennung.
  acknowledge: ['erlebten … frust*', 'erlebten … ärger*', 'erlebt haben … frust*', 'wir teilen', 'teilen ihren', 'teilen euren', 'berechtigterweise', 'berechtigten ärger', 'berechtigten unmut', 'berechtigte kritik', 'verständlicherweise', 'zu recht', 'zurecht', 'für … unsere … gemeinschaft', 'für … unsere … community', 'für … unsere … kunden', 'für … unsere … kundinnen', 'für … unsere … nutzer*', 'für … unsere … mitglieder', 'für … unsere … studierenden', 'für alle betroffenen', 'für uns alle', 'verständnis', 'verstehen', 'wir wissen', 'bewusst', 'nachvollziehen', 'nachvollziehbar', 'bedauern', 'ist uns klar'],
  harms: ['besorgt', 'beunruhigt', 'beunruhigend*', 'sorgen', 'stressig*', 'unannehmlichkeit*', '*ärger*', 'frust*', 'schwierig*', 'inakzeptabel*', 'nicht akzeptabel*', 'unentschuldbar*', 'enttäusch*', 'belastend*', 'lästig*', 'unzumutbar*', 'misslich*', 'störend*',
    // diag-100: „Die Situation ist für uns alle herausfordernd, und wir wissen …“ (wie "challenging").
    'herausfordernd*'],
  // diag-101: um Verständnis für eine genannte Störung gebeten („Wir bitten für die entstehenden Verzögerungen um Verständnis“).
  understanding: ['verständnis'],
  disruptions: ['verzögerung*', 'einschränkung*', 'beeinträchtigung*', 'störung*', 'ausfall', 'ausfälle*', 'unterbrechung*', 'wartezeit*', 'behinderung*'],
  sentence: 'Wir entschuldigen uns für die Unannehmlichkeiten, die Ihnen dadurch entstanden sind.',
};
