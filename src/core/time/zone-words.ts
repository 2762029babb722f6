// Zones named in words after a clock, as incident notices write them: "14:05（北京时间）", "9時55分 香港時間",
// "14:05 Beijing time", « 14 h 05 heure de Paris », "14:05 MEZ". Each maps to a zone `toZone` reads. Abbreviations
// that name two zones (CST, IST) are left out: a wrong guess is worse than asking for the zone.
export const ZONE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['北京时间', 'Asia/Shanghai'], ['北京時間', 'Asia/Shanghai'], ['中国时间', 'Asia/Shanghai'],
  ['香港时间', 'Asia/Hong_Kong'], ['香港時間', 'Asia/Hong_Kong'],
  ['台北时间', 'Asia/Taipei'], ['台北時間', 'Asia/Taipei'], ['臺北時間', 'Asia/Taipei'], ['台湾时间', 'Asia/Taipei'],
  ['台灣時間', 'Asia/Taipei'], ['臺灣時間', 'Asia/Taipei'],
  ['澳门时间', 'Asia/Macau'], ['澳門時間', 'Asia/Macau'], ['东京时间', 'Asia/Tokyo'], ['東京時間', 'Asia/Tokyo'],
  ['Beijing time', 'Asia/Shanghai'], ['Hong Kong time', 'Asia/Hong_Kong'], ['Taipei time', 'Asia/Taipei'],
  ['Paris time', 'Europe/Paris'], ['Berlin time', 'Europe/Berlin'],
  ['heure de Paris', 'Europe/Paris'], ['heure française', 'Europe/Paris'], ['heure de France', 'Europe/Paris'],
  ['heure de Montréal', 'America/Toronto'], ['heure du Québec', 'America/Toronto'],
  ['deutscher Zeit', 'Europe/Berlin'], ['MESZ', '+02:00'], ['MEZ', '+01:00'], ['CEST', '+02:00'], ['CET', '+01:00'],
  // North American and Asia-Pacific abbreviations as status pages print them ("Nov 09, 2021 - 10:55 PST"); each names
  // one offset (CST, IST and BST name two and stay out).
  ['PST', '-08:00'], ['PDT', '-07:00'], ['MST', '-07:00'], ['MDT', '-06:00'], ['CDT', '-05:00'], ['EST', '-05:00'],
  ['EDT', '-04:00'], ['AKST', '-09:00'], ['AKDT', '-08:00'], ['HST', '-10:00'], ['AEST', '+10:00'], ['AEDT', '+11:00'],
  ['JST', '+09:00'], ['KST', '+09:00'], ['HKT', '+08:00'], ['SGT', '+08:00'], ['WET', '+00:00'], ['WEST', '+01:00'],
  ['EET', '+02:00'], ['EEST', '+03:00'],
  // diag-24: New Zealand and the rest of Australia ("Nov 23, 2012 - 11:33 NZDT").
  ['NZST', '+12:00'], ['NZDT', '+13:00'], ['ACST', '+09:30'], ['ACDT', '+10:30'], ['AWST', '+08:00'],
  // diag-68: Atlantic Canada ("Time (ADT)"), Newfoundland, Moscow and South Africa. AST stays out: Atlantic and Arabia.
  ['ADT', '-03:00'], ['NST', '-03:30'], ['NDT', '-02:30'], ['MSK', '+03:00'], ['SAST', '+02:00'],
  // diag-77: the rest of Africa ("Mar 4, 2026 - 09:30 CAT") and South and South-East Asia, one offset each.
  ['CAT', '+02:00'], ['WAT', '+01:00'], ['EAT', '+03:00'], ['PKT', '+05:00'], ['ICT', '+07:00'], ['WIB', '+07:00'],
  ['PHT', '+08:00'],
];
