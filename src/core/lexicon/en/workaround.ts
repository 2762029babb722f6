// English: an update offers a workaround or says there is none (PM013). Presence counts, so the list leans wide.
import type { WorkaroundLexicon } from '../types';

export const workaround: WorkaroundLexicon = {
  phrases: [
    // diag-175: a copy still reachable elsewhere ("some cached data may still be available through VSO"), readers' own
    // servers ("please deploy your own servers").
    'still be available', 'deploy your own',
    // diag-174: a part readers can go on using ("Affected customers can continue using the Background Processing feature").
    'can continue using', 'can continue to use',
    // diag-105: a plain instruction that gets readers past the failure ("just press (B) to skip the update check",
    // "please update the servers").
    'just press', 'simply press', 'just click', 'simply click', 'to skip the', 'please update', 'please upgrade', 'please reinstall',
    // diag-110: the steps to do without what is down ("To generate one, run this at the top level: util/bootstrap").
    'run this at', 'run this command', 'run the following', 'to generate one',
    // diag-104: a boil-water advisory told as in force is standing advice ("a boil water advisory is in effect").
    'boil water advisory … in effect', 'boil-water advisory … in effect', 'boil water notice … in effect', 'boil-water notice … in effect',
    'boil water advisory … in place', 'boil-water advisory … in place',
    // diag-102: what still runs, told plainly ("dinner will be served as scheduled in both halls, which have power").
    'as scheduled', 'which have power', 'which has power', 'still have power', 'still has power',
    // diag-109: what still works told as working well ("with VoIP working well").
    'working well', 'works well',
    // diag-93: a copy of the site kept elsewhere ("Google's cache can be of tremendous help here").
    "google's cache", 'google cache', 'cached copy', 'cached copies', 'cached version', 'wayback machine',
    // Advice to readers on what to do meanwhile is a way around ("you might have to run the tap a while", "please test
    // the supply first", "households are asked to use less").
    'you may need to', 'you might need to', 'you will need to', 'you should', 'you may want to', 'are asked to',
    'is asked to', 'are encouraged to', 'we ask customers', 'we ask users', 'we ask residents', 'we ask everyone',
    'we ask that', 'please check', 'please ensure', 'please make sure', 'please avoid', 'please conserve',
    'please refrain', 'please refresh', 'please clear', 'please restart', 'please reboot', 'please log out',
    'please sign out', 'conserve water',
    'able to use', 'use … instead', 'use … for now', 'for now, use', 'still be able', 'is functional', 'are functional', 'remains functional', 'remain functional', 'we recommend', 'we suggest', 'we advise',
    'you can', 'still work', 'still deliver*', 'keep working', 'continue to work', 'continues to work', 'not affected', 'unaffected', 'not impacted', 'retried', 'retrying', 'retry later', 'retry in a few', 'try again', 'started again', 'start it again', 'second try', 'second attempt', 'working normally', 'no workaround', 'nothing you need',
    // diag-57: advice to those affected and an interim supply ("households are advised to keep water in store",
    // "tankers are serving the affected districts").
    'are advised to', 'is advised to', 'water tanker*',
    // diag-56: advice given as such ("our best advice is to let the cold tap run").
    'best advice is', 'our advice is',
    // diag-54: the standing advice ("the boil-water advisory remains in effect").
    'advisory is still in effect', 'advisory remains in effect', 'boil water', 'boil your water', 'boil all water',
    // diag-55: readers told they are not hit, or what keeps serving them ("there is no player impact; matchmaking keeps
    // handling new games").
    'no player impact', 'no customer impact', 'no user impact', 'still handling', 'continued to serve', 'continues to serve',
    // diag-53: the other way readers must take ("surveyors will have to use other stations").
    'have to use', 'need to use',
    // diag-52: a part still running while the rest is down ("our reprocessing infrastructure is operational").
    'is operational', 'are operational', 'remains operational', 'remain operational',
    // diag-87: one part up while another is down ("the site is up but the database is not answering").
    'is up but', 'are up but', 'is up, but', 'are up, but',
    // diag-51: who still has service ("all customers except those on Mill Road still have water").
    'all customers except', 'all users except', 'all members except', 'everyone except',
    // diag-117: the card paid another way ("request the merchant to run the transaction as a credit"), and where it still
    // fails named as the only places ("these are the only merchants where members have seen declines").
    'run the transaction as a credit', 'run it as a credit', 'run as a credit', 'the only merchants', 'the only stores', 'the only shops',
    // diag-45: while the rest is still down, the main thing works again ("play should work normally again").
    'should work normally again', 'should be working normally again',
    // diag-173: another way offered meanwhile ("We are working on a fix. In the meantime, try this link: …").
    'in the meantime, try', 'in the meantime try', 'meanwhile, try', 'meanwhile try', 'in the meantime, use', 'in the meantime use',
    'meanwhile, use', 'meanwhile use', 'try this link', 'use this link',
    'workaround', 'workarounds', 'work around', 'work-around', 'work-arounds', 'work arounds', 'in the meantime you can', 'in the meantime, you can',
    'meanwhile you can', 'meanwhile, you can', 'you can still', 'you can use', 'you can switch', 'you can retry',
    // diag-111: another place or release that works ("until I get it sorted, <address> works", "the whole show now runs on
    // <address>", "you can most likely safely upgrade to 7.2.3").
    // diag-119: another room or place readers may move to ("feel free to ditch the room for another one").
    'feel free to … another',
    // diag-152: an interim supply put in ("We have installed a temporary heating and hot water supply … until we have a
    // permanent fix"); a remedy asked about ("Have you logged out and back in again?").
    // diag-161: one part back while the rest follows ("Firefox's update is now live!"); diag-160: another place to read
    // offered ("The source for the docs is in <address>, I hope that helps until recovery is complete").
    'is now live', 'are now live', 'hope that helps', 'hope this helps',
    // diag-160: a fallback put in place for readers ("map is switched to pure openstreetmap").
    'is switched to', 'has been switched to', 'have switched to', 'we switched to', 'switched over to',
    // diag-163: the new place told while the move goes on ("I am switching to codeberg now").
    'i am switching to', "i'm switching to", 'we are switching to', "we're switching to",
    // diag-164: another site that works ("There is always <address> as a backup").
    'as a backup',
    // diag-165: nothing readers need to do ("you dont have to unsubscribe as we do not send any emails"), where it still
    // works ("This exact script works for me if run from my personal machine").
    "you don't have to", 'you dont have to', 'you do not have to', 'works for me if', 'works for me when',
    // diag-167: what to do meanwhile ("For now, prepare the demo video and be ready to submit it"), the deadline moved.
    'for now, prepare', 'extend the deadline',
    // diag-168: another way offered ("I can send you a temporary link to download the weights"), none told ("you have to wait
    // until the people put it back up").
    'temporary link', 'i can send you', 'you have to wait', 'you will have to wait',
    // diag-170: "Login / Logout your account, or just use another browser"; advice for when water returns ("Please run your
    // cold water tap until the water clears").
    'another browser', 'run your cold water', 'run the cold water', 'run your tap', 'run your taps',
    // diag-171: a step to try ("Could you try adding our IP to your hosts file?", "So maybe try after a while?"), a fix to try
    // ("I have a potential fix here: v2.3.5 beta"), where it still works ("sometimes a proxy server works").
    'try adding', 'try after a while', 'potential fix', 'proxy server works',
    // diag-171: a release to try ("Can you try release 0.3.2 and let me know if this fixed the issues?").
    'try release', 'try the new release', 'try the latest release', 'try the latest version', 'try the new version',
    // diag-172: another version that works ("the stable docs seem to work, just not latest").
    'seems to work, just not', 'seem to work, just not',
    'temporary heating', 'temporary hot water', 'temporary … supply', 'logged out and back in', 'log out and back in',
    'log out and log back in', 'sign out and back in', 'signed out and back in',
    // diag-155: a direct line for those still hit ("If you are still experiencing issues, please contact eLearn Support for
    // assistance on (02) 6207 3833").
    'please contact … for assistance',
    // diag-150: "integrations may see intermittent failures or need to retry affected calls".
    'need to retry', 'needs to retry', 'may have to retry',
    // diag-149: when to come back ("please try back in an hour or so"), as "try again later" is.
    'try back in', 'try back later', 'please try back',
    // diag-146: readers sent to where the new address is ("See #316 or README for updated repo URL").
    'for updated repo url', 'for the updated repo url', 'for updated url', 'for the updated url', 'for the new url',
    'for the new repo url',
    // diag-125: another release that works, told while the main one is down ("Thankfully the v3 demo is working").
    'thankfully the … is working', 'fortunately the … is working', 'luckily the … is working',
    // diag-126: a remedy offered in the conditional ("If it is, I'd suggest kicking the bot and re-adding it").
    // diag-128: a replacement service on the broken stretch ("Bus bridge active for NB & SB Red Line").
    // diag-129: the other part that works ("The wikis (which are also PHP) are working perfectly").
    'working perfectly', 'work perfectly', 'works perfectly',
    // diag-130: the standing advice kept after restrictions are lifted ("we still ask that you be mindful of how you use
    // the water").
    'still ask that', 'mindful of how you use',
    // diag-131: other lines opened meanwhile ("Emergency lines have been enabled at Stevens (518-…) if you need to connect").
    'emergency line*', 'emergency number*', 'emergency phone*',
    // diag-133: a remedy asked about ("Does clearing local data/cookies for the domain change anything?").
    'clearing local data', 'clearing … cookies', 'clear … cookies', 'clearing your cache', 'clear your cache',
    'bus bridge*', 'replacement bus*', 'bus replacement', 'rail replacement', 'shuttle bus*',
    "i'd suggest", 'i would suggest', "we'd suggest", 'we would suggest', "i'd recommend", 'i would recommend', "we'd recommend",
    'we would recommend',
    // diag-125: another network that gets readers in ("can now authenticate … when using off-campus or cellular networks").
    // Only as the way in, not the thing down ("mobile data is down in the region").
    'using off-campus', 'using cellular', 'use cellular', 'over cellular', 'using mobile data', 'use mobile data', 'over mobile data',
    // diag-120: one part back while the rest follows ("API is online now. Other services are coming soon.").
    'other services are coming', 'other services will follow', 'the other services will follow',
    'until i get it sorted', 'until we get it sorted', 'now runs on', 'now lives at', 'now hosted at', 'safely upgrade', 'you can … upgrade to',
    'you can … downgrade to',
    // diag-114: another build to use meanwhile ("please revert to the public build for a few days").
    'please revert to', 'revert to the public build',
    'you may use', 'you can continue', 'please use', 'please retry', 'as an alternative', 'alternatively', 'instead you can',
    'instead, you can', 'temporarily use', 'until then', 'no alternative', 'no action is required', 'no action is needed',
    'no action needed', 'no action required', 'nothing you need to do', 'nothing you can do', 'there is no way around',
    'no solution for now', 'no solution for the moment',
    'not aware of a way around', 'still available', 'still works', 'remains available', 'remain available',
    // diag-16 to diag-20: another address that works, a change users make by hand, a direct line, one's own advice.
    'new address', 'temporary address', 'alternative address', 'backup address', 'is up at', 'is reachable at',
    'manually switch', 'manually change', 'manually update', 'please … manually', 'contact me directly',
    'contact us directly', 'contact us immediately', 'i recommend', 'i suggest', 'i advise', 'running fine', 'working fine',
    // diag-22: other instances that work, and what is still functional.
    'other … available', 'other … are up', 'still functional', 'still be functional', 'still operational',
    // diag-24: a branch or a counter as the other way.
    'in branch', 'in our branches', 'at our branches', 'at the counter',
    'interim measure*', 'temporary measure*', 'as a temporary measure',
    // diag-62: the job done by hand while the automatic way is down ("payments are processed manually on request").
    'processed manually', 'manually processed', 'manual processing',
    // diag-136: a build to fetch elsewhere ("it was generated by our buildbot and is available for download here").
    'available for download here',
    // diag-137: readers told they are not charged ("the duplicates … will not be debited from your account"), a link to
    // come ("in the meanwhile we will make a download link accessible in the app"), the new address ("the new site can be
    // found under http://…").
    'not be debited', 'not be billed', 'make a download link',
    'download link accessible', 'download link available', 'download link is accessible', 'download link is available', 'new site can be found', 'can now be found at',
    'can now be found under',
    // diag-139: another source named ("We now recommend jsDelivr in both the homepage and the documentation").
    'we now recommend', 'we now suggest',
    'available for download at', 'can be downloaded here', 'can be downloaded from', 'are working normally', 'is working normally',
    // diag-66: what runs elsewhere ("this server and the wiki sit in another data centre and are therefore available").
    'another data center', 'another data centre', 'therefore available', 'thus available',
    // diag-67: a stand-in put up meanwhile ("in the meantime, we have put up a plain copy of the site; a stopgap").
    'in the meantime, we have', 'in the meantime we have', 'temporary solution', 'interim solution', 'stopgap',
    'still reachable', 'still accessible',
    // diag-97: the service kept up on what is left ("the service is provided by only one of the servers").
    // diag-98: what the trouble spares, told with the verb ("this does not appear to be affecting inbound calls").
    'not … affecting', "doesn't … affect", 'does not affect', 'do not affect', "don't affect", "isn't affecting", "aren't affecting",
    'provided by only', 'served by only', 'served from only', 'provided by the remaining', 'served by the remaining',
  ],
  names: ['workaround*', 'work around', 'work-around*', 'work arounds', 'way around', 'alternative*'],
  // A word of the usual says what "still" says ("bank transfers are working as normal").
  // diag-134: "the decline rate for regular form submissions is within expectations".
  stillWords: ['still', 'continue* to', 'remain*', 'keeps running', 'keep running', 'keeps working', 'keep working', 'normally', 'as normal', 'as usual',
    'within expectations', 'within normal levels', 'within normal limits', 'within normal range', 'within the normal range'],
  stillNot: ['rollback', 'roll back', 'rolling back', 'repair*', 'fix', 'fixes', 'fixing', 'investigation*', 'analysis', 'recovery', 'restoration', 'restore', 'restoring', 'migration', 'deployment', 'update', 'upgrade', 'rebuild*', 'resync*', 'error*', 'fail*', 'high', 'elevated', 'slow*', 'delay*', 'pending', 'in progress', 'ongoing', 'underway', 'under way', 'affected', 'impacted', 'unavailable', 'down', 'offline', 'problem*', 'issue*'],
  // diag-77: "the wiki and the issue tracker are still up".
  toolNames: ['issue tracker*', 'issue/pr tracker*', 'issue and pr tracker*', 'issues and pull requests', 'bug tracker*', 'error log*'],
};
