// English apology phrases (PM001). Presence anywhere in our own prose counts, so the list leans wide:
// missing an apology that is there would be a false alarm.
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: [
    // diag-106: regret named as the point ("the main point of regret here is users not being able to use our apps").
    'point of regret', 'our regret', 'my regret',
    // diag-103: the harm to readers owned in one word ("these failures, detrimental to our customers").
    'detrimental to our', 'harmful to our',
    // diag-109: the harm recognised before the amends ("Recognising the impact on customers, we will credit …").
    'recognising the impact', 'recognizing the impact', 'we recognise the impact', 'we recognize the impact',
    // diag-112: the harm our outage caused named as the readers' ("a brief service interruption causing significant additional
    // stress for all candidates").
    'causing … stress for', 'caused … stress for', 'additional stress for',
    // diag-160: the failures judged as readers would ("malfunctions of the tool that so many schools use … are simply
    // unacceptable"); diag-161: shame owned ("we're mortified by this").
    'simply unacceptable', 'mortified',
    // diag-162: the readers' situation understood before the relief ("fully understands the consumers' situation … minimise
    // the impact of disruption to affected consumers"), a slip owned ("I might've accidentally swapped tokens"); diag-163:
    // the error owned ("We released a bad build", "where I messed up", "My mistake, you are correct", "This was a mistake and
    // exposed the risk that caused the outage"), the harm owned ("It was not a good customer experience").
    'understands the consumers', 'understand the consumers', 'understands the customers', 'understand the customers',
    'understands our customers', 'understand our customers', 'impact of disruption to', "might've accidentally",
    'might have accidentally', 'i accidentally', 'we accidentally', 'released a bad build', 'shipped a bad build',
    'pushed a bad build', 'i messed up', 'we messed up', 'my mistake, you are', "my mistake, you're", 'this was a mistake and',
    'not a good customer experience',
    // diag-177: the hardship shared ("It's frustrating for us and our patrons"), the slip owned ("I did not configure the
    // memory correctly").
    'frustrating for us and', 'i did not configure', 'we did not configure', "i didn't configure", "we didn't configure",
    // diag-176: the failure owned as one that should not have been ("this shouldn't have happened in the first place").
    "shouldn't have happened", 'should not have happened',
    // diag-173: a slip owned in the first person ("Probably I closed it wrongly during some changes in my server").
    'i … wrongly', 'we … wrongly',
    // diag-169: the error owned ("we corrupted the datastore", "a bad update was pushed by accident"), the harm recognised
    // before the workaround ("To minimize the disruption to students …, we have implemented a temporary workaround"), the
    // loss taken on for the readers ("we will assume the 10% loss on these invoices").
    'we corrupted', 'pushed by accident', 'to minimize the disruption to', 'to minimise the disruption to',
    'assume the … loss',
    // diag-170: "We fully appreciate that no-one wants to experience disruption to their water supply, least of all at
    // Christmas".
    'no one wants to experience', 'nobody wants to experience',
    // diag-172: the slip owned ("I think I crashed the server again", "That was my problem").
    'i crashed the', 'that was my problem',
    // diag-164: the harm taken to heart ("some of our students have been affected during their exams. The university takes
    // this very seriously"), the harm owned as the outage's doing ("we are aware that this caused disruptions in many
    // people's work").
    // diag-169: "Information Services is taking this issue very seriously".
    'tak* this … seriously',
    // diag-179: "We are taking the situation extremely seriously".
    'tak* the situation … seriously', 'aware that this caused', 'aware that this has caused',
    'aware that it caused',
    'sorry', 'apolog*', 'we regret', 'regret the', 'regret any', 'our regrets',
    // diag-141: the word as people type it ("we apoligize for the inconvenience"), the hardship owned in plain words
    // ("These things are never fun, especially on a Monday morning!").
    'apoligi*', 'appologi*', 'appoligi*', 'are never fun', 'is never fun',
    // diag-93: the texting shorthand ("server is broken again, sry").
    'sry',
    // diag-89: the organisation's regret in the third person ("the IT office regrets the inconvenience").
    'regrets the', 'regrets any',
    // diag-80: the readers' pain named as ours to carry ("the pain you felt today … was worse for me").
    'the pain you felt', 'the pain you went through', 'the pain this caused', 'the pain it caused',
    // the inconvenience acknowledged as ours: "the inconvenience this has caused you"
    'inconvenience this has caused', 'inconvenience this caused', 'inconvenience it has caused', 'inconvenience it caused',
    // diag-118: with another harm between ("the inconvenience and anxiety it caused").
    'inconvenience … it caused', 'inconvenience … this caused',
    'inconvenience we caused', 'inconvenience we have caused', 'forgive us',
    // diag-107: forgiveness asked ("we ask for your forgiveness").
    'your forgiveness', 'ask forgiveness', 'ask for forgiveness',
    // diag-41: the inconvenience understood ("we understand the inconvenience this downtime has caused").
    'understand the inconvenience', 'inconvenience that this … caused',
    // diag-42: the harm to readers' day owned ("unfortunately the outage interfered with part of your work day").
    'interfered with part of', 'interfered with your',
    // diag-7: regret told to the reader ("With deep regrets we …") and the apology misspelt ("appologize").
    'deep regret*', 'deepest regret*', 'appolog*',
    // diag-97: "apolgies to his fans" (a letter dropped); and our promise owned as broken ("we failed to live up to that goal").
    // diag-98: the harm's weight understood ("we understand the serious nature of not being able to receive your emails").
    'understand the serious*', 'understand how serious',
    // diag-100: regret told to readers ("With regret our temporary exhibitions were closed over the weekend").
    'with regret', 'with great regret', 'with deep regret',
    'apolg*', 'appolg*', 'failed to live up to', 'did not live up to', "didn't live up to", 'we fell short', 'we have fallen short',
    // diag-11: the harm acknowledged as known to us ("we are fully aware of the inconvenience this outage caused").
    'aware of the inconvenience', 'aware of the trouble this', 'aware of the difficulties this',
    // diag-22: how hard the outage hits customers, acknowledged ("we know how devastating such an outage can be").
    'we know how devastating', 'we know how disruptive', 'we know how frustrating', 'we know how damaging',
    // diag-40: "we know this downtime was unacceptable for you".
    'we know that this … was disruptive', 'this … was unacceptable',
    // diag-62, diag-63: the result owned as unacceptable, the inconvenience understood ("this is plainly an unacceptable
    // outcome", "we understand this is inconvenient").
    'this is … unacceptable', 'it is … unacceptable', 'it was … unacceptable',
    // diag-77: our own slip owned in the next clause ("we went quiet for far too long, and that is unacceptable").
    'that is unacceptable', 'that was unacceptable', "that's unacceptable", 'which is unacceptable', 'which was unacceptable',
    'an unacceptable result', 'an unacceptable outcome', 'understand this is inconvenient',
    'understand that this is inconvenient', 'we know … inconvenien*', 'a real inconvenience', 'has caused inconvenience', 'caused inconvenience to',
    // diag-85: the inconvenience owned in a participle ("this slowed the dashboard, causing inconvenience to our users").
    'causing inconvenience to', 'causing inconvenience for', 'caused inconvenience for',
    // diag-125: the disruption named as the readers' ("this caused a major disruption to students' ability to vote"), and
    // the harm it had on them ("to mitigate the impact this had on students").
    'caused … disruption to your', 'caused … disruption to students', 'caused … disruption to customers',
    'caused … disruption to users', 'caused … disruption to members', 'the impact this had on', 'the impact it had on',
    // diag-123: "the payments were reversed, causing confusion to our customers".
    // diag-126: the hardship owned as what readers went through ("these periods of downtime … can be frustrating").
    'can be frustrating', 'must be frustrating', 'must have been frustrating',
    // diag-129: the hardship named as the readers' time ("thank everyone for your commitment … during a challenging
    // time"), the readers' harm owned ("we were very disappointed that this disruption inconvenienced our players").
    'during a challenging time', 'during this challenging time', 'during a difficult time', 'during this difficult time',
    'during this frustrating time', 'through this difficult time', 'at this difficult time',
    'inconvenienced our', 'inconvenienced you', 'inconvenienced customers', 'inconvenienced many',
    // diag-131: the outage judged as the readers would ("today's outage is not acceptable").
    'outage is not acceptable', 'outage was not acceptable', 'outage is unacceptable', 'outage was unacceptable',
    'downtime is not acceptable', 'downtime was not acceptable', 'downtime is unacceptable', 'downtime was unacceptable',
    'causing confusion to our', 'caused confusion to our', 'causing confusion for our', 'caused confusion for our',
    'we understand how frustrating', 'we understand how disruptive', 'we understand the frustration',
    // diag-25: the hardship acknowledged ("we know this situation is difficult").
    // diag-50: "we know losing power is inconvenient" (the gap holds what is hard).
    'we know … difficult', 'we know … inconvenient',
    // diag-27: owning that we let people down ("we let our customers down today").
    'we let you down', 'we let our customers down', 'we let our users down', 'we let everyone down', 'we have let you down', 'we have let our customers down', 'we let … down',
    // diag-29: the customers' annoyance acknowledged ("this is frustrating for our customers").
    'frustrating for our customers', 'frustrating for customers', 'frustrating for you', 'annoying for our customers', 'annoying for you',
    // diag-45: the hardship owned for those affected ("the disruptions were challenging for many of you").
    'challenging for many', 'challenging for our customers', 'challenging for our users', 'challenging for you',
    // diag-94: "what an awful day this has been for all of you".
    'awful … for all of you', 'awful … for you', 'terrible … for all of you', 'terrible … for you',
    'difficult for many', 'difficult for our customers', 'difficult for our users', 'difficult for you',
    // diag-46: the frustration appreciated ("we fully appreciate how frustrating this is for you"), and the outage owned as
    // inexcusable ("such a long outage is inexcusable").
    'appreciate how frustrating', 'appreciate how disruptive', 'appreciate how difficult', 'frustrating … to our customers',
    'such a … is inexcusable', 'such a … was inexcusable', 'this … is inexcusable', 'this … was inexcusable',
    // diag-55: the harm to readers owned as weighing on us ("we take seriously the impact of the outage on your work",
    // "we do not take lightly how hard it hit you").
    'take seriously the impact', 'take the impact … seriously', "don't take lightly how", 'do not take lightly how',
    // diag-59: the harm to readers known ("some of you will surely suffer from this").
    'know that some of you', 'some of you will … suffer',
    // diag-116: frustration shared as the readers' own ("we are as frustrated as you are with this unacceptable situation").
    'as frustrated as you', 'as disappointed as you', 'as upset as you', 'as annoyed as you',
    // diag-131: "Again, I am as equally frustrated as you."
    'as equally frustrated as', 'just as frustrated as', 'equally frustrated as you',
    // diag-117: the worry named as natural ("naturally concerning the impacted customers"), amends offered as such ("we would
    // also like to compensate you with an additional payment as a gesture of goodwill").
    'naturally concerning', 'understandably concerning', 'gesture of goodwill', 'goodwill gesture',
    // diag-119: amends sent to everyone hit ("some global compensation mail going out to everyone").
    // diag-123: the fault owned in two words ("My bad. … I completely forgot to restore them"): readers took it as an
    // apology, not as a joke.
    'my bad', 'our bad',
    // diag-128: the fault owned in the first person ("Dammit, my fault, I didn't pay the monthly bill in time"); not a
    // bare "our fault", which "not our fault" denies.
    'my fault, i', 'all my fault', 'entirely my fault', 'all our fault', 'entirely our fault', "it's my fault",
    'it is my fault', 'it was my fault', "that's my fault", 'that was my fault', "it's our fault", 'it is our fault', 'it was our fault',
    // diag-134: the error owned in the first person ("This is my mistake. I ended up reverting something by accident";
    // "we made a critical error in the configuration file"); not a bare "our mistake", which "not our mistake" denies,
    // nor "it was my mistake to rely on …", a choice owned, which readers of diag-97 did not take as an apology.
    'this is my mistake', 'this was my mistake', "that's my mistake", 'that was my mistake',
    'this is our mistake', 'this was our mistake', "that's our mistake", 'that was our mistake',
    'we made a mistake', 'i made a mistake', 'we made an error', 'i made an error', 'we made a critical error', 'we made a serious error',
    'we made a serious mistake', 'we made a big mistake', 'i made a big mistake',
    // diag-137: "we didn't get that part quite right. We take responsibility for that"; not "we take no responsibility".
    'we take responsibility', 'i take responsibility', 'we take full responsibility', 'i take full responsibility',
    // diag-140: the error owned ("we mistakenly overwrote the v4 tag"; not "I accidentally let my domain expire", which
    // diag-136's readers did not count), the harm to customers named ("these disruptions have a significant impact on
    // our customers' travel plans").
    'we mistakenly', 'i mistakenly', 'we erroneously', 'a significant impact on our customers', 'a major impact on our customers',
    'a big impact on our customers', 'a real impact on our customers',
    // diag-157: the error owned in plain words ("It looks like I must have screwed up the tags somehow").
    'i screwed up', 'we screwed up', 'i must have screwed up', 'we must have screwed up',
    // diag-154: the slip owned under the root cause ("**What I missed:**"); not a bare "I forgot to", which readers of
    // diag-87, -127, -129 and -132 did not take as an apology.
    'what i missed',
    // diag-122: "a compensation event will be announced".
    'compensation event',
    'compensation mail', 'compensation to everyone', 'compensation to all', 'compensation to players', 'compensation to customers',
    // diag-120: regret in the organisation's name ("The University sincerely regrets this error").
    'sincerely regrets', 'deeply regrets', 'regrets this',
    // Regret with a word between ("we sincerely regret this", "we deeply regret the disruption").
    'we … regret',
  ],
  /**
   * The harm acknowledged without a word of apology: a clause with one of `acknowledge` and one of `harms`, not
   * denied ("we understand how stressful this has been", "we recognise that this was disappointing").
   */
  // diag-96 (from the French): readers' understanding asked for the inconvenience; without a harm named, "thank you
  // for your understanding" is no apology.
  // diag-101: the harm said to be the readers' ("this outage was disruptive for our entire community").
  // diag-102: the frustration shared or owned as justified ("we share everyone's frustration", "understandably upset").
  // diag-104: the harm told as the readers' experience ("many runners experienced the frustration of error messages").
  // diag-115: thanks to those who went through the harm ("our appreciation for those who … suffered through the whole ordeal").
  acknowledge: ['experienced the', 'have experienced', 'has experienced', 'we share', 'share your', 'share everyone', 'understandabl*', 'rightly', 'rightfully', 'justifiably', 'for … our … community', 'for … our … customers', 'for … our … users', 'for … our … members', 'for … our … students', 'for all of you', 'for all of us', 'your understanding', "i'm sure", 'i am sure', "we're sure", 'we are sure', 'understand', 'aware that', 'we know', 'we realise', 'we realize', 'realise that', 'realize that', 'recognis*', 'recogniz*', 'appreciate', 'appreciation', 'acknowledge*',
    // diag-116: "I know … data loss is a huge blow for everyone involved", "we understand that the disruption had a significant
    // impact on your business operations".
    'i know',
    // diag-118: the downtime judged as the readers would ("I consider these problems serious, and this kind of downtime
    // unacceptable").
    'i consider', 'we consider',
    // diag-125: readers thanked for bearing a hardship named ("thank them for their patience during this frustrating
    // time"); not for a disruption named alone ("thank you for your patience during our recent service disruption":
    // readers of diag-100, -119 and -125 wanted an apology there).
    'your patience', 'their patience', "everyone's patience",
    // diag-124: the readers' anger owned as justified ("some were downright furious. As they should have been.").
    'as they should have been', 'as they should be', 'as you should be', 'with good reason', 'every right to be',
    // diag-134: "we all have a right to be very concerned about … having our electricity turned off".
    'a right to be', 'the right to be',
    // diag-154: "We are sensitive to the impact this situation might have on our patients".
    'sensitive to'],
  harms: ['anxious', 'anxiety', 'worried', 'worrying', 'distress*', 'unsettling', 'inconvenien*', 'frustrat*', 'hardship*', 'annoy*', 'disappoint*', 'upset*', 'unacceptable', 'not acceptable', 'inexcusable', 'disruptive', 'difficult', 'challenging', 'stressful', 'painful', 'aggravat*', 'disturbing',
    // diag-113: "such an event understandably creates concern within our community".
    'concern', 'concerns', 'concerned',
    // diag-154: "We know it was tough for our clients and it obviously disrupted their business".
    'tough for', 'disrupted their business', 'disrupted your business',
    // diag-154: "We are sensitive to the impact this situation might have on our patients".
    'the impact … might have on', 'the impact … may have on', 'the impact … has had on', 'the impact … will have on',
    // diag-155: "We understand the disruption this has caused to your studies".
    'the disruption this has caused to your', 'the disruption this has caused to our', 'the disruption this caused to your',
    'ordeal', 'suffered through', 'a huge blow', 'a blow for', 'a blow to', 'impact on your',
    // diag-122: "we understand that many customers have incurred additional costs to heat your homes".
    'additional costs', 'extra costs',
    // diag-121: "we understand the immediate impact that can have on you and your clients".
    'impact … on you',
    // diag-128: "we understand that this will have an impact on a number of people who access our services".
    'impact on … people', 'impact on … patients', 'impact on … customers', 'impact on … users', 'impact on … members',
    'impact on … residents', 'impact on … students',
    // diag-124: anger named, to be owned ("some were downright furious").
    'furious', 'angry', 'livid', 'outraged', 'irate',
    // diag-132: "deeply appreciate your patience and flexibility … as we all work together to tackle these challenges".
    'these challenges', 'this challenge',
    // diag-136: "we recognize that many families may be facing ongoing challenges due to the widespread power outages".
    'facing … challenges', 'ongoing challenges'],
  // diag-101: readers' understanding asked for a disruption named ("we ask for your understanding of the delays this causes").
  // diag-134: "Thanks for everyone's patience and understanding with regard to our heating system difficulty".
  // diag-166: "If you are having difficulty getting through to us, please bear with us while we get it fixed."
  understanding: ['your understanding', "everyone's understanding", 'patience and understanding', 'bear with us'],
  // diag-140: "asking our community for their patience and understanding as our lines are limited and may be busy".
  disruptions: ['delay*', 'disruption*', 'interruption*', 'restriction*', 'limitation*', 'outage*', 'downtime', 'difficulty', 'difficulties',
    'limited'],
  /** Sentence the PM001 fix inserts. */
  sentence: 'We are sorry for the disruption this has caused you.',
};
