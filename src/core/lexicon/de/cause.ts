// German: where and how a report states why it happened, outside an Ursache section.
import type { CauseLexicon } from '../types';

export const cause: CauseLexicon = {
  headings: [
    'was ist passiert', 'was ist geschehen', 'was war passiert', 'wie kam es dazu', 'hergang', 'hintergrund',
    'hintergründe', 'analyse', 'technische details', 'technischer hintergrund', 'erklärung',
    // diag-102: was kaputtging, erzählt unter „Das Problem“ (« Le problème »).
    'das problem', 'was war das problem', 'was lief schief',
  ],
  // diag-85: ein Sicherheitsbericht erzählt unter „Angriffsmethode“, wie der Angreifer hineinkam.
  headingWords: ['ursache*', '*ursache', 'warum', 'wieso', 'weshalb', 'grund', 'gründe', 'auslöser', 'angriffsmethode', 'angriffsvektor'],
  statements: [
    // diag-37: die Ursache, wie man sie damals annahm („ein Kabel schien die Ursache zu sein“).
    'die ursache zu sein',
    'verursacht', 'ursache war', 'ursache hierfür war', 'ursache dafür war', 'ursache hierfür ist', 'ursache dafür ist',
    'ursache ist', 'ursache lag', 'ursache des … war', 'problemursache', 'fehlerursache war', 'grund dafür war',
    'grund dafür ist', 'grund dafür sind', 'grund dafür waren', 'grund hierfür war', 'grund hierfür ist',
    'grund hierfür sind', 'grund war', 'der grund', 'aufgrund', 'auf grund', 'wegen', 'zurückzuführen', 'lag an',
    'lag bei', 'lag beim', 'lagen bei', 'lag im', 'lag in', 'liegt an', 'hing … zusammen', 'hängt … zusammen',
    'ausgelöst durch', 'ausgelöst von', 'infolge', 'in folge', 'in dessen folge', 'zur folge', 'führte zu', 'führten zu', 'geführt', 'weil',
    'traten bei', 'trat bei', 'kam es durch',
    'grund für', 'auslöser war', 'auslöser ist', 'auslöser des', 'hervorgerufen', 'verursachte', 'lag daran', 'stellte sich heraus',
    // Diagnose-Sätze (Sitzung 4): was bei einer Arbeit geschah („Leider kam es dabei zu unvorhergesehenen Problemen“).
    'kam es dabei', 'kam es beim', 'kam es bei', 'dabei kam es', 'als grund', 'als ursache',
    // tune8: „Schuld war ein schwerer Serverausfall bei …“
    'schuld war', 'schuld ist', 'schuld daran', 'schuld hatte',
    // diag-4: „das liegt am Rechenzentrum“, „trifft uns eine Mitschuld: …“.
    'liegt am', 'lag am', 'liegen am', 'lagen am', 'mitschuld',
    // Was eine Prüfung ergab, als Befund gesagt („die Analyse hat ergeben, dass …“).
    'hat ergeben', 'ergab, dass', 'zeigte sich, dass', 'stellte sich … heraus',
    // diag-12: „Hintergrund ist das Zusammenspiel der Authentifizierungssysteme, welche …“
    'hintergrund ist', 'hintergrund war', 'hintergrund des ausfalls', 'hintergrund der störung',
    // diag-44: ein aufgebrauchtes Betriebsmittel als Hergang („der Verbindungspool war erschöpft“, „die Platte lief voll“).
    'erschöpft', 'vollgelaufen', 'voll gelaufen', 'lief voll', 'liefen voll',
  ],
  unknown: [
    'unbekannten gründen', 'unbekannter ursache', 'unbekannte ursache', 'ursache … unbekannt', 'ursache … unklar',
    'ursache … noch nicht', 'noch unklar', 'noch nicht bekannt', 'noch unbekannt', 'suchen … die ursache',
    'untersuchen … die ursache', 'ursache … untersucht',
    'ursachen … noch nicht', 'ursachen … unklar', 'ursachenanalyse steht … aus', 'analyse steht noch aus',
  ],
};
