// English phrases of a resolution notice (PM012): recovery confirmed, data loss addressed, report promised.
// Presence is what counts; the lists lean wide so a complete notice is never flagged.
import type { RecoveryLexicon } from '../types';

export const recovery: RecoveryLexicon = {
  recovered: [
    // diag-103: "their workspaces were working properly" confirms recovery as "working normally" does.
    'working properly', 'works properly', 'functioning properly', 'running properly',
    'resolved', 'recovered', 'restored', 'back to normal', 'back up', 'working normally', 'works normally', 'operating normally', 'processing normally', 'running normally',
    // diag-40: "each of our systems is functioning as expected".
    'functioning as expected', 'functioning normally',
    // diag-78: "Email is now functioning again".
    'functioning again', 'functional again',
    'working as expected', 'working again', 'works again', 'operational', 'available again', 'fixed', 'fully functional', 'is back', 'are back',
    // diag-107 (from German): power back for everyone ("all our customers had power again").
    'power again', 'power back on',
  ],
  dataLoss: [
    // diag-165: the forum moved with its posts ("the forum is working fine and have the posts of the old forum"); diag-166:
    // a queue worked off ("These reports have now been processed, but took hours to complete").
    'have the posts of', 'have all the posts', 'have now been processed', 'have all been processed',
    // diag-167: scores put right ("please check the updated score on the leaderboard").
    'updated score', 'updated scores',
    // diag-168: "Download counts are back (with the exception of one day, for which there is a data error I am still debugging)".
    'data error',
    // diag-77: customers not made to pay for what they did not get ("nobody will be billed for the
    // days without a line").
    'not … to pay for', 'not … pay for', 'not be charged', "won't be charged", 'not be billed', "won't be billed",
    // diag-107 (from German): customers' property unharmed ("no damage has been reported").
    'no damage', 'no … damage', 'not … damaged',
    // diag-111: the system told as not reached by anyone ("the phone system was secure and was not accessed by an outside source").
    'not accessed by', 'was not accessed', 'were not accessed',
    // diag-110 (from German): customers' money returned ("customers get their money back for the rental").
    'money back',
    // diag-126: stored data said to stay ("once it's in the database, it doesn't get deleted").
    // diag-133: accounts to make again ("if you are not a member then please reregister").
    'reregist*', 're-regist*', 'register again',
    "doesn't get deleted", 'does not get deleted', 'never gets deleted', 'never get deleted', 'not be deleted', "won't be deleted",
    'was not deleted', 'were not deleted', 'nothing was deleted',
    // diag-78: "Refunds have been issued" for what the outage spoilt.
    'refund* … issued', 'issued … refund*', 'refund* … processed', 'refund* … sent',
    // diag-6: "reading all the so far missing data" — what became of the data told another way.
    'missing data', 'data gap*',
    'no … lost', 'not … lost', 'nothing … lost', 'never lost', 'data … lost', 'lost … data', 'without … loss', 'data loss', 'loss of data', 'no data', 'intact', 'corrupt*', 'data is safe', 'data was safe',
    'data are safe', 'data remained', 'duplicat*',
    // diag-115: messages sent twice told plainly ("if you do receive two copies of the same note").
    'two copies',
    // diag-120: bookings that did or did not go through ("if you have managed to book your room … if you have not booked
    // yet then please do keep trying").
    'managed to book', 'not booked yet', 'have not yet booked',
    // diag-3: a loss told plainly is a statement about data ("may have lost their custom settings", "~60% of replays
    // were lost")
    // diag-7: integrity kept, a backlog of queued mail or jobs worked off ("the backlog has now been resolved").
    'integrity of', 'data integrity', 'backlog … processed', 'backlog … cleared', 'backlog … resolved', 'backlog … delivered',
    // diag-175: "It took approximately 30 minutes to clear our remaining backlog of background jobs"; "a small amount of
    // ingested event loss".
    'took … to clear … backlog', 'event loss',
    // diag-176: money told ("These re-attempts are not charged to your account", "outages under two hours do not meet the
    // threshold for compensation").
    'not charged', 'compensation',
    'will be delivered', 'have been delivered', 'were delivered',
    // diag-33: a queue worked off as a backlog is ("queued builds will be processed", "all queues are caught up").
    'queue* … processed', 'queue* … caught up', 'queue* … cleared', 'queued … process*', 'backlog … caught up',
    // diag-35: queued mail to be retried by the senders, mail processed and delivered.
    'will be retried', 'queued … retried', 'processed and delivered',
    // diag-47: mail held during the outage and sent on afterwards ("messages were queued and resent").
    'queued … resent', 'queued … redelivered', 'queued … delivered',
    // diag-48: "recovered, with every queued request cleared".
    'clearing … queue*', 'cleared … queue*',
    // diag-117: "emptying the database queue" of held requests.
    'emptying … queue*', 'emptied … queue*',
    // diag-56: money owed for the disruption told ("passengers can claim compensation through Delay Repay").
    'claim … compensation', 'delay repay',
    // diag-98: compensation told as coming ("you will receive compensation for the time you were without gas").
    // diag-100: money put right ("we will be crediting customers … we'll credit you, no questions asked").
    'will be crediting', "we'll credit", 'we will credit', 'credit your account', 'credit … accounts',
    'receive … compensation', 'compensation … paid', 'compensation … credited', 'be compensated', 'will compensate',
    // diag-147: compensation being worked out ("looking into the best possible ways to compensate our customers").
    'ways to compensate', 'how to compensate', 'how best to compensate',
    // diag-49: "the held messages went out from our queue".
    'dispatched … queue', 'queued … dispatched',
    // diag-116: a loss told with a hedge ("commands issued in that window were very likely lost").
    'were … lost', 'was … lost',
    'lost their', 'were lost', 'was lost', 'have been lost', 'has been lost', 'may have lost',
    // diag-15: money and queued mail accounted for ("All transactions have settled", "deferred messages … will continue to
    // deliver", "will be refunded").
    // diag-22: whether data leaked ("no personal data was leaked") answers the data question too.
    'leak*', 'exfiltrat*', 'data … compromised',
    // diag-25: whether anyone reached the data ("no evidence of unauthorized access").
    'unauthorized access', 'unauthorised access',
    // diag-148: customers' calls lost on the way ("About 67% of requests were dropped").
    'requests were dropped', 'requests got dropped',
    // diag-156: issues kept in a tracker lost ("It looks like we've lost about ~100 tickets"); not "tickets" alone, which a
    // museum sells (diag-142).
    'lost … tickets',
    'transactions … settled', 'transactions … processed', 'continue to deliver', 'continue to be delivered', 'will be refunded', 'have been refunded', 'were refunded',
    // diag-28: delayed mail still to arrive ("all delayed emails will be received later"), and money put right ("any customer left
    // out of pocket … we will put things right").
    'will be received', 'will still be received', 'will still arrive', 'out of pocket',
    // diag-150: money lost by customers, to be put right ("working with customers who experienced direct financial loss").
    'financial loss', 'financial losses', 'records … corrected',
    // diag-36, diag-37: data put back or brought up to date ("restored the website data", "the sync completed"), and
    // security kept ("the security of your repositories was not affected").
    'restored … data', 'data … restored', 'recovered … data', 'data … recovered', 'sync … completed', 'security of … not affected',
    // diag-38: wrong charges undone ("every double debit has been reversed").
    // diag-28: a mail queue back to its usual size ("the mail queue is back to normal").
    'queue … back to normal',
    // diag-40: mail held up, then delivered ("mail reached its final delivery late").
    'final delivery', 'delivered late', 'delivered with a delay',
    // diag-42: messages that may not have arrived, and what to do ("please resend your message", "some users may need
    // to resend messages sent in that window").
    'resend*', 'lost messages',
    // diag-43: a mirror brought up to date ("the last mirror has now finished updating, every other one was up to date").
    // diag-116: processing caught up ("all processing is now up-to-date").
    'processing is … up to date', 'processing is up to date',
    'finished updating', 'finished syncing', 'were up to date', 'were up-to-date', 'are up to date again',
    'charge* … reversed', 'debit* … reversed', 'payment* … reversed', 'transaction* … reversed',
    // diag-58: held payments going through after the fix ("the delayed payments are now going through").
    'payment* … processed', 'transfer* … processed',
    // diag-69: data being put back ("we are restoring the data from the old host over the weekend").
    'restoring data', 'restoring the data', 'restoring … data',
    // diag-59: held items said to go through ("the screenshots will be processed and updated soon").
    'processed and updated',
    // diag-44: customers' money said to be safe ("your funds are safe").
    'funds … safe', 'money … safe', 'funds … secure',
    // diag-46: fines or fees imposed by the fault withdrawn ("we will waive the late fees", "the late fees will be waived").
    'waive* … fee*', 'waive* … fine*', 'fee* … waived', 'fine* … waived', 'fine* … withdrawn', 'penalt* … waived', 'penalt* … withdrawn',
  ],
  reportPromise: [
    'report', 'post-mortem', 'postmortem', 'post mortem', 'root cause analysis', 'rcca', 'corrective action*',
    'incident review', 'write-up',
  ],
  // What customers keep with us, and what became of it: both in one clause make a data statement (PM012).
  // diag-99: bookings made with us ("appointments will be rescheduled as quickly as possible").
  // diag-116 (from Chinese): what customers pay us for, and whether it held ("your subscription has not lapsed").
  // diag-119: what travellers check in with us ("passengers may have traveled without their luggage").
  // diag-120: contributions sent through us ("PRs that failed under maintenance will progressively be retriggered").
  // diag-179: "From 07:00 to 13:40 on 31 October, newsletters experienced delays."
  dataThings: ['newsletter*', 'pr', 'prs', 'pull request*', 'appointment*', 'subscription*', 'luggage', 'baggage', 'suitcase*',
    'data', 'message*', 'mail', 'mails', 'email*', 'e-mail*', 'order', 'orders', 'payment*', 'transaction*', 'transfer*',
    'deposit*', 'withdrawal*', 'fund', 'funds', 'money', 'balance', 'balances', 'file*', 'upload*', 'document', 'documents', 'booking*',
    'reservation*', 'backup*', 'submission*', 'invoice*', 'charge', 'charges', 'fee', 'fees', 'fines', 'photo*', 'personal information', 'customer information', 'credential*', 'password*', 'wage*', 'salar*',
    'direct debit*', 'cheque*', 'parcel*', 'package*', 'content', 'job', 'jobs', 'build', 'builds', 'processes', 'deployments', 'sample', 'samples',
    // diag-115: what customers' apps send through us ("sync processing for other apps was delayed").
    'sync',
    // diag-85: notices we send for customers ("all notifications were queued and sent with a delay").
    'notification*', 'webhook*',
    // diag-90: fares charged wrongly ("anyone overcharged will get the fare refunded").
    'fare', 'fares',
    // diag-96: what a library keeps on its readers ("patron information was not accessed or compromised").
    'information',
    // diag-136: a game's items ("we have undertaken to replace all missing items").
    'item', 'items', 'inventory', 'inventories',
    // diag-146: what a benefits office keeps for its claimants ("file their claim").
    'claim', 'claims',
    // diag-146: chats customers started with us ("any missed chats have been reviewed and followed up manually").
    'chat', 'chats',
    // diag-148: what customers send us and what became of it ("Event writes are caught up now").
    'events', 'writes',
    // diag-149: a calendar feed read by the customers' calendars ("up to 12 hours for Google Calendar to re-fetch it").
    'calendar', 'calendars', 'feed', 'feeds',
    // diag-151: bookings with a school kept ("Parent/Teacher Conferences scheduled for this evening will be held").
    'conference', 'conferences',
    // diag-155: rows of a customer-facing database ("the tool lost 60 DB entries on 37K").
    'entries', 'records', 'rows',
    // diag-160: receipts mailed to customers ("we were able to process/send pending email receipts").
    'receipt', 'receipts',
    // diag-162: backers' pledges ("some pledges were getting counted twice …, this has been corrected").
    'pledge', 'pledges',
    // diag-164: students' exams ("the submission deadline is extended to Monday").
    'exam', 'exams',
    // diag-167: campaign sends ("some campaign sends failed to complete and remained in their Outbox").
    'send', 'sends',
    // diag-169: "The update deleted all bookmarks".
    'bookmark', 'bookmarks',
  ],
  // diag-99: bookings moved, not lost; jobs back on time ("all backups have now been running on time reliably").
  // diag-102: what became of a payment, told plainly ("some card payments were declined", "the transactions have been
  // accepted for settlement").
  // diag-103: what became of held notifications, in the passive ("all notifications were sent correctly", "no push
  // notifications were sent at this time").
  // diag-119: "bookings made in that hour were stored and are now being carried over", "traveled without their luggage".
  // diag-174: the data told as untouched with "no" ("No customer data affected").
  // diag-177: what became of requests ("requests timed out and returned 500 server errors").
  // diag-178: data still coming in ("data for 4.7 is currently importing and will be available later").
  dataFates: ['no … affected', 'no … impacted', 'persisted', 'timed out', 'importing', 'will be available', 'retriggered', 're-triggered', 'stored', 'carried over', 'traveled without', 'travelled without', 'reunite*', 'lapsed', 'were sent', 'was sent', 'been sent', 'were not sent', 'declined', 'rejected', 'accepted', 'rescheduled', 'rebooked', 'on time', 'on schedule',
    'lost', 'lose', 'safe', 'intact', 'preserved', 'retained', 'kept', 'unaffected', 'not affected',
    'not been affected', 'not impacted', 'not been impacted', 'delivered', 'redelivered', 'resent', 're-sent',
    'retried', 'reprocessed', 'processed', 'queued', 'refunded', 'reimbursed', 'reversed', 'credited', 'waived',
    'cancelled', 'canceled', 'voided', 'accounted for', 'settled', 'synced', 'synchronised',
    'synchronized', 'caught up', 'went through', 'gone through', 'going through', 'compromised', 'leaked',
    'exposed', 'duplicated', 'corrupted', 'missing', 'deleted', 'erased', 'overwritten', 'rolled back',
    'make good', 'made good', 'reconciled', 'honoured', 'honored', 'will arrive', 'have arrived', 'has arrived', 'retry', 'resubmit*', 'will have failed', 'need to be restarted', 'restored manually', 'manually restored', 'redeployed', 'safely', 'cached', 're-upload*', 'reupload*', 'rerun', 're-run',
    // diag-77: things held up, not lost ("mail held up by as much as two hours", "payments were delayed").
    'delayed', 'delays', 'with a delay', 'sent late',
    // diag-90: money not taken for the outage ("late fees will not be assessed this cycle"), money given back ("an
    // automatic refund will be credited").
    'not be assessed', 'not be applied', 'not be charged', 'refund',
    // diag-137: "users may receive emails over the next few hours related to earlier authentication requests".
    'may receive', 'may still receive', 'will receive', 'should receive',
    // diag-138: "so far it doesn't look like that there was loss of historical data".
    'loss',
    // diag-139: "unfortunately, we don't have data for that window of time".
    "don't have data", 'do not have data', "don't have any data", 'do not have any data',
    // diag-146: a claim that failed, to be filed again ("if they experienced the error, they should be able to try again and
    // successfully file their claim online now"); diag-147: money taken off a bill ("50% of the monthly charge removed
    // from their November bill").
    'try again', 'removed from', 'followed up',
    // diag-148: "a delay in sending test results data to customers".
    'delay in', 're-fetch*', 'refetch*', 're-sync*', 'resync*',
    'will be held', 'will still be held', 'will go ahead', 'will still go ahead',
    // diag-153: content put back or brought up to date ("uploaded the regular content", "Both package numbers have updated on
    // the page").
    'uploaded the', 'have updated', 'has updated', 'got updated',
    // diag-156: what the fault let through ("quite a few PRs came through before it landed").
    'came through',
    // diag-160: nothing lost, as typed ("we were able to successfully not loose email receipt data"), the backlog sent.
    'not loose', 'able to process', 'able to send',
    // diag-162: counts put right ("pledges were getting counted twice … this has been corrected"), amends in data ("we made
    // the gesture to allow our customers to use data services for free").
    'corrected', 'for free', 'free of charge',
    'is extended', 'are extended', 'has been extended', 'will be extended', 'remained in',
    // diag-169: "Our engineers are actively working to remediate any processing errors that occurred for subscriptions".
    'remediate', 'remediated',
  ],
  // diag-99: jobs back on time once the backlog is worked off.
  dataCaughtUp: ['accepted for settlement', 'on time', 'on schedule', 
    'delivered', 'redelivered', 'resent', 're-sent', 'reprocessed', 'processed', 'credited', 'settled', 'synced',
    'synchronised', 'synchronized', 'caught up', 'went through', 'gone through', 'have arrived', 'has arrived', 'updated',
    'cleared', 'available',
  ],
};
