// English phase words in an update's text (see ../phase-text.ts for the families).
import type { PhaseTextLexicon } from '../types';
import { recoveryState } from './recovery-state';

export const phaseText: PhaseTextLexicon = {
  ongoing: [
    // diag-117: a new fault under investigation now, beside the old one fixed ("the 502 has been fixed … the 521 error now
    // occurred in a different place and we're investigating it right now").
    'investigating it right now', 'investigating this right now', 'looking into it right now', 'looking into this right now',
    // diag-116: a fix still spreading ("this has been fixed, and trip updates should be updated for all agencies within the next
    // 24 hours").
    'should be updated … within the next', 'will be updated … within the next', 'should propagate within', 'should update within',
    // diag-115: the return still to come ("campus activities will return to normal on Wednesday").
    'will return to normal', 'expected to return to normal', 'should return to normal',
    // diag-119: the fix still building ("fix should be up now once it finishes building").
    'once it finishes', 'once it has finished', 'once the build finishes',
    // diag-160: the fix run again after a setback ("the site updated again before the new changes were picked up. Rerunning
    // them now"); diag-161: the fix still to reach users ("It should be available in the next hour").
    'rerunning them now', 'rerunning it now', 're-running them now', 're-running it now',
    'should be available in the next', 'will be available in the next',
    // diag-121: "this should be resolved, once the changes propagate and I see the domain back up I'll close this issue".
    'once the changes propagate', 'once the change propagates', 'once it propagates', 'once dns propagates',
    // diag-119: recovery hoped for ("crews will work through the night, so it is our hope everything should be back to normal").
    'it is our hope',
    // diag-125: the backlog still to work through ("resolved, but it may take a few hours to work through the 10,000+ emails"),
    // the rest resolved over days to come ("not all of our remediation efforts are complete … resolved over the next several
    // days"), caches still to clear ("it may take some time for caching to clear out"), trouble seen again ("re-opening this
    // because there still appear to be issues"), a solution still sought ("we're working on finding a solution").
    'take … to work through', 'still working through', 'resolved over the next', 'restored over the next', 'fixed over the next',
    'not all … are complete', 'focus on restoring', 'focused on restoring', 'caching to clear', 'caches to clear', 'cache to clear',
    // Not a bare "still appear to be": "all systems still appear to be working normally".
    'there still appear to be', 'still appear to be issues', 'still appear to be problems', 'there still seem to be',
    'still seem to be issues', 'still seem to be problems', 're-opening this', 'reopening this', 'working on finding', 'working on a solution',
    'working to find',
    // diag-130: back for all but some ("All customers should be back online with the exception of Happy Valley").
    // diag-132: a backlog still queued ("wait a while until the workers catch up with the backlog … still a bunch of
    // messages in the queue").
    'catch up with the backlog', 'until the workers catch up', 'still … in the queue',
    'online with the exception of', 'restored with the exception of', 'back with the exception of', 'working with the exception of',
    // diag-129: a fix still spreading ("I just fixed the record and this should be done within the next 24h"), a service back
    // but slow ("the queries are running extremely slow").
    'should be done within', 'will be done within', 'running extremely slow', 'running very slow', 'running slow',
    'running slowly',
    // diag-126: back only in a while ("Issue is just being resolved. Should be up and running in a few minutes again").
    // diag-134: the fix still to reach users ("Should be fixed now. Please give it some time for Flathub to pick up and
    // publish the changes").
    'give it some time', 'give it a little time', 'give it time', 'give it a few',
    'should be up and running in', 'will be up and running in', 'should be running in', 'should be up in', 'should be working in',
    'in a few minutes again',
    // diag-123: back, but still slow while the repair goes on ("Interactivity is slow while the disk is being reorganized").
    'is slow while', 'are slow while',
    // diag-105: the fix told as still to act ("the auto-update should fix the issue after a day").
    'should fix the issue', 'should fix this issue', 'will fix the issue', 'will fix this issue',
    // diag-162: a new version hoped to fix it at last ("version 1.0.12 should really fix this"), the rest still to come
    // ("the public server list should begin to work again in the next few days", "https should work as well soon",
    // "restore power to other affected areas within the next two and a half hours"); diag-163: a fix still spreading ("the
    // CDN should be up to date soon").
    'should really fix', 'begin to work again', 'start to work again', 'should work … soon', 'other affected areas',
    'should be up to date soon', 'will be up to date soon',
    // diag-164: "the water outage was resolved. … Problems are still possible with the water delivery".
    'problems are still possible', 'issues are still possible', 'disruptions are still possible', 'interruptions are still possible',
    // diag-103: the repair still going and the water still off ("continues to work on the repair", "the water remains off
    // and could be off for a few more hours", "the advisory remains in effect"), recovery wished for ("back to normal as soon
    // as possible"). Only work on the repair: "we continue to work on preventive measures" follows a recovery.
    'continues to work on … repair*', 'continue to work on … repair*', 'remains off', 'remain off', 'is still off', 'are still off',
    'remains in effect', 'remain in effect', 'for a few more hours', 'back to normal as soon as possible',
    'back as soon as possible', 'restored as soon as possible',
    // diag-102: restoration still going on for some ("causing delays in the restoration of those 9", "we are continuing to
    // clean up").
    'delays in the restoration', 'delay in the restoration', 'delays in restoring', 'continuing to clean up', 'continue to clean up',
    // diag-101: the service said to be unstable still ("the server may be unstable while so many use it").
    'may be unstable', 'may still be unstable', 'might be unstable', 'could be unstable', 'can be unstable',
    // diag-101: the remedy promised soon ("we should have a corrected version up shortly") is still to come.
    'should have … up shortly', 'should have … up soon', 'should have … out shortly', 'should have … out soon',
    'should be up shortly', 'will be up shortly', 'should be out shortly', 'will be out shortly',
    // diag-112: "I ran the publishing; it should be out soon".
    'should be out soon', 'will be out soon', 'should be up soon', 'will be up soon',
    'should be available shortly', 'will be available shortly', 'should be available soon',
    // diag-93: "power has been restored to several buildings, but it still remains out at some others".
    'remains out', 'remain out',
    // diag-109: "the migration is finished, but we are facing some performance issues": trouble still faced.
    'we are facing', "we're facing", 'are still facing', 'still facing',
    // diag-175: "We're currently facing some power stability issues".
    'currently facing',
    // diag-179: down at the time of writing ("I learned they were down just now"), not told after the fact.
    'down just now', 'down right now',
    // diag-176: back, but still shaky ("the demo is back up, but may be a little unstable for a while").
    'be unstable', 'be a little unstable',
    // diag-109: a repair still promised ("we will restore service as quickly as it is safe to do so").
    'will restore service', 'will restore the service',
    // diag-107: "our power has not yet been restored": a lone notice posted during the failure.
    'not yet been restored', 'has not been restored', 'have not been restored',
    // diag-94: recovery for almost everything is partial ("almost all emails have been recovered").
    'almost all … recovered', 'almost all … restored', 'almost all … back', 'nearly all … recovered', 'nearly all … restored', 'nearly all … back',
    // Sixteenth session: the failure told as lasting ("homes still without power", "players still unable to log in", "the link is
    // in the process of being restored"), which a lone notice needs to count as posted during the failure.
    'still out', 'still without', 'are without', 'still unable', 'currently working on', 'working around the clock',
    'in the process of repairing', 'in the process of restoring', 'in the process of fixing', 'we anticipate', 'continue to provide updates',
    'hope … can resume', 'hope to resume', 'hope … back by',
    // Up only for a while: "it was back up briefly, then went down again".
    // Not a stop to come ("I might need to take them down again briefly", diag-136).
    // diag-165: "It worked for a total of 5 days. Then it broke again".
    'broke again', 'broken again',
    // diag-167: the fix still to be released ("Should be back now. We will push a release tomorrow with the fixes").
    'will push a release', 'will push a fix', 'will release a fix',
    // diag-168: errors still expected while the data is rebuilt ("Should be good now. There will be some 404s for a couple
    // of days, because the database is being re-analyzed").
    'there will be some 404s', 'there will be some errors', 'is being re-analyzed', 'is being re-analysed', 'is being reanalyzed',
    'failed again', 'went down again', 'is down again', 'are down again', 'was down again', 'were down again', "it's down again",
    "we're down again", 'goes down again', 'going down again', 'crashed again',
    // diag-88: the trouble back after a fix ("we're seeing the same problem again").
    'same issue again', 'same problem again', 'same error again', 'the issue is back', 'the problem is back', 'the problem has returned', 'the issue has returned',
    // A warning to be lifted later ("the advisory will be lifted once tests come back clean") is still in force.
    'will be lifted', 'to be lifted', 'will be cancelled', 'will be canceled',
    // diag-92: a warning told as still standing ("these areas remain under a boil notice", "the notice is still in
    // effect"), and recovery given a time yet to come ("about four hours from now it should all be back").
    'remain under a', 'remains under a', 'still in effect', 'hours from now', 'minutes from now',
    // diag-79: a recovery hoped for soon ("it should come back soon") is still to come.
    'come back soon', 'be back soon', 'back up soon', 'back online soon',
    // diag-78: "we're still offline", "the forum remains offline".
    'is still offline', 'are still offline', "we're still offline", 'we are still offline', 'remains offline', 'remain offline',
    // diag-75: the hedged recovery given a time to come ("should be working again by tonight").
    'again by', 'again tomorrow', 'again tonight', 'again soon', 'again once', 'fine by', 'fine once', 'fine tomorrow',
    // diag-89: readers asked to wait for their DNS to catch up ("you may have to wait for a DNS refresh").
    'wait for dns', 'wait for the dns', 'wait for a dns', 'dns cache to expire', 'dns caches to expire',
    // A fix still spreading through DNS is not recovery for everyone yet, whatever the words around it (diag-74, -85,
    // -89, -90: "it may take a few hours to propagate", "give it a little time for the DNS changes to propagate", "for
    // some it could be a while with propagation", "allow two days to let the DNS entries fully propagate").
    'to propagate', 'propagating', 'with propagation', 'for propagation', 'propagation may', 'propagation can',
    'propagation might', 'propagation could', 'fully propagate', 'to let … propagate', 'until … propagate*',
    'while … propagate*',
    // diag-97: a fix that does not reach users yet ("updating the key on the repository side doesn't propagate to the clients").
    "doesn't propagate", 'does not propagate', "didn't propagate", 'did not propagate', "hasn't propagated", 'has not propagated',
    // diag-86: trouble told as lasting for a while yet ("we expect the slowdowns to continue until new hardware is in").
    'problems to continue', 'issues to continue', 'slowness to continue', 'will continue until', 'expect … to continue', 'still slow',
    // diag-72: recovery only begun ("services are starting to recover") is still to come.
    'starting to recover', 'beginning to recover', 'start to recover', 'begin to recover', 'slowly recovering', 'gradually recovering',
    ...recoveryState.pending,
    'resolved in the next', 'resolved within', 'restored in the next', 'restored within', 'back within',
    'will work on resolving', 'once this issue', 'until the issue',
    'is still down', 'are still down', 'is currently down', 'still unavailable',
    // diag-98: work going on right now ("the fixed release is building as we speak").
    'as we speak',
    'not yet restored', 'not yet resolved', 'not yet back', 'not back yet', 'still not', 'still failing',
    'still seeing', 'currently experiencing', 'are experiencing', 'is experiencing', 'cannot currently', 'are currently unable', 'is currently unable',
    'should be back in', 'should be back within', 'should be back by', 'will be back',
    'should be up again in', 'expected to be back', 'expected to be restored', 'expect to be back', 'until further notice',
    'working on restoring', 'working to restore', 'working on a fix', 'working on resolving', 'working on it',
    'working on this issue', 'work on this issue', 'work on it', 'get things resolved', 'to resolve the problem',
    'to resolve the issue', 'we are aware', "we're aware", 'since yesterday', 'since this morning',
    'partially resolved', 'mostly restored', 'largely restored', 'some … still', 'remaining issues',
    // diag-99: "Partially fixed again. … the backend should work again": only part is back.
    'partially fixed', 'partly fixed', 'partially back', 'partly back',
    // diag-46: "we are doing everything we can to help solve the problem": the work goes on.
    'doing everything we can', 'doing all we can', 'doing everything in our power',
    // diag-137: a limit hit again and again ("we have been hitting the limit consistently for the past months").
    // diag-140: after the power came back, a part still failing ("access control systems have not been functioning
    // normally").
    'have not been functioning', 'has not been functioning', 'not functioning normally', 'not been functioning normally',
    'been hitting the limit', 'keep hitting the limit', 'keeps hitting the limit', 'been hitting our limit',
    // diag-122 (once "is working now" told recovery, diag-137): back, but still weak ("Bot is working now …, but will
    // suffer from performance issues").
    'will suffer from', 'may suffer from', 'will still suffer', 'may still suffer',
    // Work, not recovery, though "is working now" tells recovery (diag-137): "the team is working now on a fix".
    'is working now on', 'are working now on', 'is working now to', 'are working now to',
    // diag-136: what is still missing sought ("a small number of bookings that haven't been recovered … We are doing our
    // best to find and restore these").
    'doing our best to find', 'doing our best to restore', 'doing our best to recover', 'doing our best to fix',
    'doing our best to resolve',
    // diag-56: "more pipe work again tomorrow" is work to come, not "it works again".
    'work again tomorrow', 'more … work again',
    // diag-54: "our engineers are still working on the remaining services".
    'teams are still working', 'engineers are still working', 'we are still working', "we're still working", 'still working hard',
    // diag-173: back, but slower than it should be ("Transactions are coming through at a slower pace than normal").
    'slower than normal', 'slower pace than normal', 'slower than usual', 'slower pace than usual',
  ],
  impaired: [
    'is down', 'are down', 'is unavailable', 'are unavailable', 'is currently unavailable', 'is unreachable', 'are unreachable', 'is not reachable', 'is not working', 'are not working', "isn't working", "aren't working", "don't work", 'is degraded', 'are degraded', 'is dysfunctional', 'are dysfunctional', 'right now',
  ],
  recovered: [
    // diag-178: the cause stopped ("We found and stopped the cause of the data sync yesterday afternoon").
    'stopped the cause',
    // diag-177: "The network is stable and no further impact is expected."
    'no further impact is expected', 'no further impact expected',
    // diag-174: the fix told with what did it ("A restart of the VPS solved the issue.").
    'solved the issue', 'solved the problem', 'resolved the issue', 'resolved the problem',
    ...recoveryState.recovered,
    // diag-162: "fixed like a week ago"; diag-163: "Looks like it works now"; diag-165: "It's public again now".
    'fixed … ago', 'it works now', 'looks like it works', 'public again',
    // diag-167: "Seems to be responding fine for me"; diag-168: "available now, just restarted".
    'responding fine', 'available now', 'just restarted',
    // diag-169: "I think hoster turned off a few servers, now they're working", "v4.0.8 fixed the underlying bug".
    "now they're working", 'now they are working', "now it's working", 'now it is working', 'fixed the underlying',
    // diag-170: "I just tested the bot in a few of my own channels as well and it is up and responding".
    'up and responding', 'just fixed',
    // diag-171: "OK, uploaded a new version of the widget with a much better fix".
    'uploaded a new version',
    // diag-126: "The fault at MtBeauty has been found and fixed."
    'found and fixed', 'found and resolved', 'found and repaired', 'located and fixed', 'located and repaired',
    'identified and fixed', 'identified and resolved',
    // diag-144: "Our engineers have identified the issue and resolved it."
    'identified the … and resolved it', 'identified the … and fixed it', 'found the … and resolved it', 'found the … and fixed it',
    // diag-133: "Disk filled up. Should be better now."
    'should be better now', 'should be working better now',
    'should be good now', 'should be fine now', 'should be ok now', 'should be okay now', 'should be working now',
    'should be back now', 'should be back up now',
    // diag-110: "Closing as issue has been identified and we are recovered".
    'we are recovered', 'we have recovered', "we've recovered", 'we are now recovered',
    // diag-114: "Now Fixed :)" with no full stop after it.
    'now fixed',
    'has been resolved', 'have been resolved', 'is resolved', 'was resolved', 'were resolved', 'is now resolved',
    'has been fixed', 'have been fixed', 'is fixed', 'is now fixed', 'was fixed', 'we fixed', 'we have fixed',
    'is back up', 'are back up', 'is back online', 'are back online',
    // diag-14: "It's all back up."
    "it's all back", 'is all back', 'all back up', 'all back online',
    // diag-20: "Everything's back up." ends a history as plainly as "it's back".
    "everything's back", 'everything is back', "everything's up and running", 'everything is up and running',
    "everything's working again", 'everything is working again',
    // diag-75: recovery told with a hedge on the present ("now everything should work fine", "the issue seems to be resolved").
    'should work fine', 'should be working fine', 'should be running fine', 'should be fine again', 'should be working again',
    'should be running again', 'should work again', 'seems to be resolved', 'seems resolved', 'seems to be fixed', 'seems fixed',
    'seems back up', 'seems to be back', 'seems to be working again', 'appears to be resolved',
    'appears resolved', 'appears to be fixed', 'looks resolved', 'looks to be resolved',
    // diag-89: the trouble gone by itself ("the DNS trouble seems to have sorted itself out", "it resolved itself").
    'seems to have resolved', 'appears to have resolved', 'resolved itself', 'fixed itself', 'sorted itself out', 'solved itself', 'cleared itself', 'cleared up on its own', 'recovered on its own',
    // diag-81: a notice that ends a warning ("boil advisory cancelled", "the restriction has been lifted").
    'advisory cancelled', 'advisory canceled', 'advisory lifted', 'advisory rescinded',
    'has been lifted', 'have been lifted', 'was lifted', 'were lifted', 'is lifted', 'water is safe', 'water safe',
    // diag-93: "the boil advisory issued on 16 August is now lifted".
    'is now lifted', 'are now lifted', 'has now been lifted', 'have now been lifted',
    // diag-94: "we added a blocker … Logs now look fine".
    'now look fine', 'now looks fine', 'look fine now', 'looks fine now',
    // diag-173: "Seems fine now, closing."
    'seems fine now', 'seem fine now', 'works fine now', 'all fine now', 'is fine now', "it's fine now",
    // diag-78: "Email is now functioning again".
    'functioning again', 'is functional again', 'are functional again',
    // diag-93: "the website is now fully functional again", "normal service has resumed".
    'fully functional again', 'service has resumed', 'services have resumed', 'service resumed', 'services resumed',
    // diag-111: "cleared the queues, and mail flow resumed".
    'mail flow resumed', 'mail flow has resumed', 'delivery resumed', 'delivery has resumed',
    // diag-77: found up already ("turns out the forum was already back up").
    'already back up', 'already back online', 'was back up', 'were back up', 'was back online', 'were back online',
    // diag-76: up again in the plainest words ("it's up now"), and a lapsed certificate or domain renewed.
    "it's up now", 'is up now', 'are up now', 'back up now', 'has been renewed',
    'have been renewed', 'was renewed', 'were renewed', 'is now renewed', "it's now renewed",
    // diag-73: other words for a repair done ("the name-server fault has been solved", "the fault has been rectified").
    'has been solved', 'have been solved', 'was solved', 'were solved', 'is solved', 'is now solved',
    'has been sorted', 'have been sorted', 'was sorted', 'is sorted', 'is now sorted', 'has been sorted out', 'was sorted out',
    'has been repaired', 'have been repaired', 'was repaired', 'were repaired', 'has been rectified', 'have been rectified',
    'was rectified', 'has been remedied', 'was remedied', 'has been corrected', 'have been corrected', 'was corrected',
    // diag-16: "This has now been resolved".
    'has now been resolved', 'have now been resolved', 'has now been fixed', 'have now been fixed',
    // diag-52: "every service has now been restored".
    'has now been restored', 'have now been restored',
    // Contracted (session 5): "It's back up now".
    "it's back", 'is now up again', "its back up", "its back online", 'reboot helped', 'restart helped', 'a reboot fixed', 'a restart fixed', "it's up again", "it's working again",
    // diag-137: "now the api is working", "now works"; the trouble gone ("seems the issue with quota has gone away"). Not a
    // bare "up again": "once it starts up again" (diag-127).
    // diag-139: "now the system has been stable the whole day … As things are stable, I'll close this issue now".
    'has been stable the whole', 'things are stable',
    'now the … is working', 'now works', 'is working now', 'are working now', "it's working now", 'issue … gone away', 'problem … gone away', 'error … gone away',
    'errors … gone away', "it's online again", "that's fixed", "we're back", "we're up again", 'back to normal', 'is working normally',
    'are working normally', 'working again', 'works again', 'work again', 'operational again', 'fully operational',
    // diag-23: "Service has been reinstated" (and its typo "has be reinstated").
    // diag-120: told in the past ("All services were restored yesterday.").
    'were restored', 'was restored',
    'reinstated', 'is restored', 'are restored', 'has been restored', 'have been restored', 'seem to be restored', 'seems to be restored',
    // diag-8: "Database appears to be back up."
    'appears to be back up', 'appear to be back up', 'seems to be back up', 'seem to be back up',
    'now restored', 'available again', 'up and running', 'running again', 'running on schedule again', 'has recovered', 'have recovered',
    'fully recovered', 'is over', 'should now work', 'should now be working', 'is now available', 'are now available',
    'online again', 'is up again', 'are up again',
    // diag-36: "we're closing this issue" ends a history (traffic was already back).
    "we're closing this", 'we are closing this', 'closing this issue', 'closing this incident',
    // diag-111, diag-112: the maintainer closing the thread ("I'll close the issue, but …", "This can be closed.").
    "i'll close the issue", 'i will close the issue', "i'll close this issue", 'i will close this issue', 'closing the issue',
    'this can be closed', 'this issue can be closed', 'can be closed now',
    // diag-119: "closing this one out".
    'closing this one out', 'closing this out',
    // diag-119: "Now the bot is responding again", "Should be up now.".
    'responding again', 'should be up now', 'should be up again',
    // diag-122: "But it is running smoothly now."
    'running smoothly now', 'is running smoothly', 'running smoothly again',
    // diag-115: the recovery declared over ("I hereby declare success!", "I hereby declare the 'recovery' complete").
    'declare success', 'recovery complete', 'recovery is complete', 'recovery … complete',
    'returned to normal', 'return to normal levels', 'gone back to normal', 'this is the all clear', "here's the all clear",
    // diag-151: the fix come through on its own, soon ("Well, that was a quick turnaround").
    'that was a quick turnaround', 'that was a fast turnaround',
    // diag-153: the site checked and found working ("Looks fine to me. Perhaps your system has been compromised?").
    'looks fine to me', 'looks fine from here', 'works fine for me', 'working fine for me', 'loads fine for me',
  ],
  afterTheFact: [
    // diag-177: the failure told with the time it happened ("A further attack occurred at 20:08").
    'occurred at',
    // diag-174: the failure told in the past tense, as a status bot posts it ("In <commit>, Pleroma was **down**").
    'was down', 'were down',
    // diag-162: the failure told in the past ("the API seemed to be broken and displayed an error. Apologies."); diag-163: a
    // thread closed as outdated ("We are no longer using it. Closing as outdated.").
    'seemed to be broken', 'seemed to be down', 'closing as outdated', 'closing as obsolete', 'closing as stale',
    // diag-164: the move told as done ("Due to a provider outage I had to move the reflector to a new location").
    'had to move',
    // diag-167: the bug told as past ("There were some bug in autograding. … please check the updated score").
    'there was a bug', 'there were some bug', 'there was some bug',
    // diag-170: a postmortem post ("determined that the primary causes of this incident were: …").
    // ("the cause of this incident was" is matched by "this incident was".)
    'causes of this incident were', 'causes of the incident were',
    // diag-172: "We had severe API timeouts and possible downtime on April 24th".
    'we had severe',
    // diag-165: "closing this, feel free to re-open but I'm pretty sure its an issue with IP blocking".
    'closing this',
    // diag-119: an outage log's entries, each told with its downtime ("there was roughly 8 mins of downtime due to …",
    // "Server downtime: 2 minutes.", "Total downtime: 4 hours").
    'there was downtime', 'there was … downtime', 'server downtime:', 'total downtime:',
    // diag-116: the return told by its time, in the past ("we were not able to restore Listserv to normal operation until early
    // Monday afternoon").
    'were not able to restore … until', 'was not able to restore … until', 'was not restored until', 'were not restored until',
    "wasn't restored until", "weren't restored until",
    // diag-94: compromised releases taken down ("npm has unpublished all affected versions", "0.2.17 was yanked").
    'has unpublished', 'have unpublished', 'has been unpublished', 'have been unpublished', 'were unpublished',
    'was yanked', 'were yanked', 'has been yanked', 'have been yanked',
    // diag-151: a breach answered, the answer told as done ("all SSH keys have also been revoked", "a mandatory password reset
    // has been put in place").
    'have been revoked', 'has been revoked', 'have also been revoked', 'were revoked', 'password reset … put in place',
    // diag-16: "An outage occurred earlier today due to maintenance …"
    'occurred earlier today', 'happened earlier today','compensation for', 'compensate', 'service credit*', 'goodwill credit*', 'the outage was', 'this outage was', 'the incident was', 'this incident was', 
    ...recoveryState.afterTheFact,
    'there was an outage', 'there was an issue', 'there was a problem', 'there was a disruption',
    // diag-87: the outage named with what failed ("there was a network outage on the host side").
    'there was a … outage', 'there was an … outage', 'there was a … failure', 'there was a … disruption',
    // diag-88: the downtime given its length ("the downtime was about an hour").
    'the downtime was', 'downtime lasted',
    'there was an interruption', 'we had an issue', 'we had an outage', 'we had a problem', 'we had a disruption',
    'we experienced an outage', 'we experienced an issue', 'was offline', 'were offline', 'was down for',
    // diag-156: "It looks like it was broken for a bit due to this nonsense".
    'was broken for', 'were broken for',
    'were down for', 'was unavailable for', 'were unavailable for', 'outage lasted', 'disruption lasted', 'lasted for',
    'were unable to … between', 'could not … between', 'failed between',
    'disconnected between', 'down between', 'offline between', 'unavailable between', 'unreachable between', 'you might have experienced',
    // diag-149: trouble told with its closed window ("We have experienced difficulties with downlink message transmissions
    // between 04:27 to 05:03 UTC").
    'difficulties with … between', 'issues with … between', 'problems with … between',
    // diag-52: "if you did experience errors, sorry": told after the fact.
    'if you experienced any', 'if you did experience',
    // A fix told as done, with nothing said to be still broken: the update is written after the recovery (a one-post
    // notice "the faulty commit was reverted this morning").
    'fix was deployed', 'fix has been deployed', 'fix was applied', 'fix has been applied', 'patch was deployed',
    'patch has been deployed', 'was patched', 'has been patched', 'was reverted', 'has been reverted', 'were reverted',
    'we reverted', 'was rolled back', 'has been rolled back', 'were rolled back', 'we rolled back',
    // diag-111: a release out that undoes the harm ("upgrade to 7.2.3, as it merely reverts that breaking change").
    'merely reverts',
    // diag-107: a maintainer writing alone ("so I rolled back the release").
    'i rolled back', 'i have rolled back', "i've rolled back", 'i reverted', 'i have reverted', "i've reverted",
    // diag-151: "Apologies, this was a mistake. It's been reverted back to 0.4.8."
    "it's been reverted", "it's been rolled back", "it's been patched",
  ],
  investigating: [
    // diag-79: "an active incident our engineers are looking at".
    'is investigating', 'an active incident',
    'we are investigating', 'still investigating', 'are investigating', 'continuing to investigate', 'continue investigating', "we're investigating", 'are looking into', "we're looking into", 'is being investigated', 'for unknown reasons',
    'unknown reason', 'we are checking', "we're checking", 'we are aware', "we're aware", 'we continue to investigate',
    'this is known', 'a known issue', 'into contact with', 'in contact with', 'trying to reach', 'try to reach',
  ],
  identified: [
    // diag-167: the cause found, by us or our host ("Google Cloud Platform, our hosting provider, has identified a configuration
    // problem").
    'has identified a', 'have identified a',
    // diag-146: the cause told as known ("That's a fallout of the repo move", "This is a consequence of a move of this
    // repository"); a hedged one ("might be a consequence of") does not match.
    "that's a fallout of", "it's a fallout of", 'is a fallout of',
    "that's a consequence of", 'that is a consequence of', 'this is a consequence of', "it's a consequence of",
    // diag-142: the fix in a third party's hands, the cause known ("We've been waiting on Valve to fix the issue").
    'waiting on … to fix', 'waiting for … to fix',
    // diag-128: the cause found, a fix on its way ("I've located the likely cause and am submitting a fix right now!").
    'located the … cause', 'found the … cause', 'identified the … cause', 'submitting a fix', 'pushing a fix', 'deploying a fix',
    'rolling out a fix',
    // diag-72: a repair being tried ("our team is trying to restore the link").
    'trying to restore', 'trying to fix', 'trying to resolve', 'trying to recover', 'trying to reconnect',
    'working on a fix', 'working on restoring', 'working to restore', 'working on resolving', 'working on it',
    'working on this issue', 'work on this issue', 'we will restart', 'we are restarting', 'restoring from backup',
  ],
  monitoring: [
    // diag-177: stability watched ("We have observed stable connectivity for the past 60 minutes").
    'observed stable', 'observing stable',
    // diag-121: "I'll remain on alert" after the fix.
    'remain on alert', 'stay on alert', 'remaining on alert',
    // diag-130: the fix still to be tried out ("Ok demo has latest master now, will test a bit tomorrow").
    'will test a bit', 'test a bit more', 'will test it tomorrow', 'will test it more',
    // diag-131 (h127-29, once its headings had their day): the fix in, the backlog still catching up ("We expect everything
    // to be caught up and back to normal within the next 30 minutes").
    'back to normal within', 'to be caught up',
    // diag-132: a fix hoped to hold ("I've taken steps to resolve it, so let's hope this is now fixed...").
    'hope this is now fixed', 'hope this is fixed', 'hope it is fixed', "hope it's fixed", 'hope this fixes',
    // diag-122: a fix hoped to hold ("Hopefully fixed this time...").
    'hopefully fixed', 'hopefully resolved',
    // diag-135: "I've pushed this commit which I _hope_ fixes it".
    'hope fixes', 'hope it fixes', 'hopefully fixes',
    // diag-145: a stopgap holding service up, watched ("A temporary fix is in place, but requires relatively close
    // monitoring"; "I have implemented a temporary fix which has brought the service back up").
    'temporary fix is in place', 'temporary fix has been put in place', 'temporary fix was put in place',
    'implemented a temporary fix', 'applied a temporary fix', 'temporary fix has been applied', 'temporary fix has been implemented',
    // diag-147: back, with hiccups while it settles ("restored. While you may face intermittent issues as the system
    // stabilises there is no reason to worry").
    'as the system stabilises', 'as the system stabilizes', 'as the systems stabilise', 'as the systems stabilize',
    'as things stabilise', 'as things stabilize', 'as the service stabilises', 'as the service stabilizes',
    ...recoveryState.monitoring,
    'we are monitoring', "we're monitoring", 'monitoring the results', 'is stabilized', 'is stabilised',
    // diag-156: "This seems to have stabilized."; the fix in and the reader asked to check ("The site seems to be working
    // right now, can you validate all is good your end?").
    // Not a plain "has stabilized", which a closing notice may say beside "resolved".
    'seems to have stabilized', 'seems to have stabilised', 'appears to have stabilized', 'appears to have stabilised',
    'can you validate', 'could you validate', 'please validate',
    // diag-29: "stable again; we are continuing to monitor it" is still being watched.
    'continuing to monitor', 'continue to monitor', 'continues to monitor',
    'keep an eye', 'waiting for confirmation', 'asking for more details', 'will look at the results',
    'check for the results',
    // diag-109: the thread kept open to watch ("I'll leave this thread open for a bit to make sure the issue doesn't
    // reappear"); not one kept open for a follow-up task ("leave this issue open because the auto-renewal may not work").
    'open … to make sure', 'open for a bit', 'open for a while',
    // diag-113: the fix in and the reader asked to confirm ("CDN cache has been cleared … Can you confirm that it now works?").
    'can you confirm that it', 'can you confirm it', 'let me know if it works', 'let us know if it works',
    // diag-110: the fix in and service coming back ("We have fixed this bug … You should begin seeing service now"):
    // watched, not a failure still to work around.
    'begin seeing service', 'begin to see service', 'start seeing service', 'start to see service',
    // diag-137: "i restarted the bot. it will take a few minutes for it to catch up on old messages".
    'for it to catch up', 'minutes to catch up', 'hours to catch up',
    // diag-141: "It should be fixed now. Could you check that real quick".
    'could you check that', 'can you check that', 'could you check if it', 'can you check if it',
    // diag-146: "It seems to be back up for me - can you give it a try?"
    'can you give it a try', 'could you give it a try', 'can you give it another try', 'could you give it another try',
    'can you try it again', 'could you try it again',
    // diag-162/163: a question asking the reader to check ("The issues are now fixed. Can you try again?", "Mind bypassing
    // your cache …?") is read beside the recovery (`readers`, `checks`): alone it asks after a guess (diag-170: "this is
    // likely due to the cache …, can you try again now?"). A request to test needs no question mark.
    'please test', 'please verify',
    // diag-170: "For Firefox it will arrive shortly. Test again and let me know."
    'test again and let me know', 'test again and let us know',
    // diag-170: "I have just fixed an issue due to new youtube coding. Try to update to see if it works for you or not."
    'see if it works for you',
    // diag-172: the fix hoped to hold ("Hopefully, it should no longer be a problem", "hopefully it will now be fixed! Let
    // us know, and if it's fixed, please close this issue").
    'should no longer be a problem', 'should no longer be problem', 'hopefully it will now be fixed',
    // diag-167: "OK now? NUS IT says Canvas is back to normal now."
    'ok now?',
    // diag-168: "seems that the server is back online, can you check if you can access the mods tab again."
    'can you check if you', 'could you check if you', 'can you check whether', 'could you check whether',
    // diag-163: "I restarted it. … Let's observe!", "I think we're getting back to normal now".
    "let's observe", "let's see how it goes", "let's see if it holds", 'getting back to normal',
    // diag-146: "I've reuploaded the artifacts, can someone please confirm it's working?"
    "confirm it's working", 'confirm it is working', "confirm that it's working", 'confirm that it is working', 'confirm it works',
    // diag-134: the fix in and the reader asked how it goes ("It should be fixed now … Let me know how go"); a backlog
    // still going out after the fix ("The problem is fixed right now (messages from the queue are just being delivered)").
    'let me know how … go', 'let me know how … goes', 'let us know how … go', 'let us know how … goes',
    'just being delivered', 'queue … being delivered', 'queued … being delivered',
    // diag-173: a fix watched, told ahead ("Looks like it just solved itself now, will monitor it for a couple of days").
    'will monitor it', "we'll monitor it", "i'll monitor it", 'monitor it for', 'monitor it closely', 'keep monitoring', 'keeping an eye on it',
  ],
  // diag-97: what was done at once ("took immediate action to resolve the issue") tells the response, not work still going on.
  // diag-119: where to reach us next time ("if it ever goes down again, fastest way to reach us is discord").
  // diag-122: an invitation to report what may remain ("Do let us know if you are still facing any issue accessing it").
  // diag-142: the response told as done ("No worries, I had to propagate the dns again").
  followUp: ['had to propagate', 'let us know if you are still', 'let us know if you still', 'if it ever goes down', 'took immediate action', 'took action to', 'acted quickly to', 'acted immediately to', 'learn from', 'lessons learned', 'lessons learnt', 'to prevent', 'prevent this', 'prevent it', 'prevent similar', 'prevent a recurrence', 'from happening again', 'happen again', 'in the future', 'going forward', 'more redundant', 'add redundancy', 'improve our monitoring', 'post-mortem', 'postmortem', 'publish a', 'report within', 'report on the cause',
    // diag-130: a check added after the fix ("We've added a check to automatically alert us if it goes down again").
    'alert us if', 'alerts us if', 'notify us if', 'notifies us if', 'warn us if', 'warns us if'],
  // Just before a recovery phrase, these keep it from being true now (a negation, or work still towards it).
  notYet: ['will', "we'll", 'will be', 'going to', 'gradually', 'progressively', 'step by step', 'partially', 'partly', 'mostly', 'largely', 'almost', 'nearly', 'not', "n't", 'never', 'not yet', 'yet to be', 'no longer', 'working to', 'work to', 'working on', 'working towards', 'working toward', 'trying to', 'try to', 'until', 'once', 'before', 'hope to', 'hoping to', 'we hope', 'we are hoping', 'expect to', 'if',
    // Diagnostic sets (session 4): "news will follow when this is fixed", "availability is being restored".
    'when', 'being',
    // diag-22: a purpose, not a fact ("watching to make sure everything works fully again").
    'to ensure', 'ensure', 'make sure',
    // diag-66: a promise about later ("we will write again, probably once the incident is over and after the incident is resolved").
    'after the incident', 'after the issue', 'after the outage', 'after it', 'after this',
    // diag-125: the time asked for, not told ("to see what's the ETA to getting it back online").
    'eta'],
  // A promise that more news will come, with or without a time (PM004).
  // diag-115: a state kept through the trouble tells no recovery ("All Hospitals and Clinics remain fully operational").
  // diag-116: "secondary services are still up and running" while the main ones are down.
  persisting: ['still', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'continue to be', 'continues to be', 'continued to be'],
  // diag-127: "I … forgot to check if it was back up and running" asks; it tells nothing of the state.
  asked: ['check if', 'checking if', 'checked if', 'check whether', 'checking whether', 'see if', 'see whether', 'ask if', 'asked if',
    'asking if', 'know if', 'confirm if', 'confirm whether', 'verify if', 'verify whether', 'wonder if', 'wondering if',
    // diag-160: a recovery only believed ("We saw this issue last week but I thought it was resolved").
    'i thought', 'we thought', 'had thought'],
  // diag-145: a stopgap still awaited ("the application stays down until a temporary fix is in place").
  awaited: ['until', 'till', 'once', 'as soon as', 'before', 'if', 'when'],
  // A question asking the reader to check the fix (diag-141, -146, -156, -162, -163).
  readers: ['you', 'anyone', 'anybody', 'someone', 'somebody', 'mind'],
  checks: ['try', 'retry', 'check', 'confirm', 'test', 'verify', 'see if', 'clear', 'bypass', 'refresh', 'reload', 'restart', 'update'],
  furtherUpdates: [
    'keep you posted', 'keep you updated', 'keep you informed', 'keep … posted', 'keep … updated', 'keep … informed', 'keep posted',
    'will update you', 'will update this', 'will update here', "we'll update", 'update … as soon as', 'update … once', 'update … when',
    'will post … update*', 'will provide … update*', 'will share … update*', 'will send … update*', 'will give … update*',
    'will post again', 'will report back', 'will follow up', 'will let you know', "we'll let you know", 'let you know as soon as',
    'let you know when', 'let you know once', 'will inform', 'will notify', 'further update*', 'more updates', 'more news',
    'update to follow', 'updates to follow', 'more information to follow', 'more details to follow', 'more information soon',
    'more details soon', 'stay tuned', 'check back', 'next update*',
  ],
};
