// English impact statements in prose: a service that does not work, or people who cannot do something.
import type { ImpactLexicon } from '../types';

export const impact: ImpactLexicon = {
  statements: [
    // diag-102: a water supply cut ("the water is off", "homes without water").
    'water outage', 'without water', 'water is off', 'water supply … interrupted', 'water … shut off',
    // diag-93: a boil-water advisory tells readers what they cannot do with their tap water.
    'boil water advisory', 'boil-water advisory', 'boil water notice', 'boil-water notice', 'boil advisory', 'boil notice',
    'boil water order', 'boil-water order',
    // diag-94: releases that harm those who install them ("the malicious versions", "a breaking change in 0.2.17"), a
    // building without power ("the building that hosts the servers is in electricity cut").
    'malicious version*', 'malicious release*', 'malicious package*', 'compromised version*', 'compromised release*',
    'compromised package*', 'breaking change', 'power cut', 'electricity cut',
    // diag-98: a release told as carrying harm ("v0.0.71 was published containing malicious code").
    // diag-100: releases told as compromised after their names ("versions 2.6.2 and 2.6.3 published today are compromised").
    'are compromised', 'were compromised', 'have been compromised',
    'malicious code', 'containing malware', 'contains malware', 'infected version*', 'infected release*',
    // diag-108: harmful downloads by another name ("the old infected/compromised binaries were removed", "don't use the
    // version with bad checksum"), and a host that stopped serving the project ("decided to stop hosting for all projects").
    'compromised binar*', 'infected binar*', 'malicious binar*', 'compromised build*', 'infected build*', 'swapped the binaries',
    'bad checksum', "checksum doesn't match", 'checksum does not match', 'checksum mismatch', "don't use the version",
    'do not use the version', 'stop hosting', 'stopped hosting',
    // diag-50: people left without a utility ("about 100 members still out", "without electricity").
    'without power', 'without electricity', 'without internet', 'members still out', 'customers still out', 'homes still out',
    // diag-26: a share of those served ("roughly 8% of our customers") says who is affected.
    '% of our customer*', '% of customers', '% of our user*', '% of users', '% of our subscriber*', '% of our client*', '% of our members',
    'percent of our customer*', 'percent of customers', 'percent of our user*', 'percent of users',
    // diag-23: an incident told on something of ours ("an incident occurred on one of our storage units").
    'occurred on one of our', 'occurred on our', 'incident on one of our', 'incident on our', 'incident affecting',
    // A service's state.
    'is down', 'are down', 'was down', 'were down', 'went down', 'been down', 'still down',
    'is offline', 'are offline', 'was offline', 'were offline', 'went offline', 'been offline',
    // diag-125: "the repeater was taken off line again", a radio station "off the air".
    'taken offline', 'taken off line', 'taken off-line', 'is off line', 'was off line', 'went off line', 'off the air',
    'unavailable', 'unreachable', 'inaccessible', 'unusable', 'dysfunctional', 'unresponsive',
    'not available', 'not accessible', 'not reachable', 'not working', 'not responding', 'not loading', 'not usable',
    'stopped working', 'stopped responding', 'not back yet', 'not yet back',
    // diag-107: what is still out, and a place closed for it ("closed today as our power has not yet been restored"),
    // and data told as lost ("we've lost 5 days of package updates").
    'not yet been restored', 'not been restored', 'not yet restored', 'will be closed', 'will remain closed', 'remains closed',
    'remain closed', "we've lost", 'we have lost', 'we lost',
    // diag-37: a host told unreliable ("our build host is unreliable today").
    'is unreliable', 'are unreliable', 'is unstable', 'are unstable',
    // diag-43: package mirrors "out of sync" serve stale files.
    'out of sync',
    'degraded', 'degradation', 'disruption of', 'disruption to', 'disruptions to', 'interrupted', 'interruption', 'downtime',
    'outage of', 'outage on', 'outage in', 'outage affecting', 'outage for',
    'should be back online', 'should be back up', 'will be back online', 'will be back up',
    'should be available again', 'will be available again', 'will be reachable again',
    // What goes wrong for the reader.
    'failing', 'failed to', 'fails to', 'fail to', 'fails', 'will fail', 'may fail', 'might fail', 'can fail', 'failed requests', 'failed logins', 'failed payments', 'slow or failed',
    'errors', 'error messages', 'error rate*', 'high latency', 'increased latency', 'elevated latency', 'latency',
    'slow', 'slowness', 'slower', 'delays', 'delayed', 'timeouts', 'timing out',
    'loss of connection', 'loss of connectivity', 'lost connection', 'connection loss',
    'issues with', 'problems with', 'trouble with',
    // diag-87: what readers were served, an expired certificate ("the relays kept serving the expired certs"); a
    // certificate told as expired is only the cause.
    'serv* … expired cert*', 'serv* … expired ssl', 'serv* … expired tls',
    // Who is affected.
    'some … don\'t', 'some … do not', 'others don\'t', 'others do not', 'not for others', 'for some users', 'for some customers',
    'affecting', 'affected', 'affects', 'impacting', 'impacted',
    'user* … unable', 'customer* … unable', 'client* … unable', 'visitor* … unable', 'people … unable', 'you … unable',
    'user* … cannot', 'customer* … cannot', 'client* … cannot', 'visitor* … cannot', 'people … cannot', 'you … cannot',
    "user* … can't", "customer* … can't", "you … can't", 'user* … could not', 'customer* … could not',
    "user* … couldn't", "customer* … couldn't", 'you may not be able', 'not be able to access', 'unable to access',
    'unable to log in', 'unable to login', 'unable to connect', 'unable to reach', 'unable to use',
    'get stuck', 'gets stuck', 'got stuck', 'stuck in', 'stuck on', 'having trouble',
    'intermittent', 'intermittently', 'disrupted', 'experiencing issues', 'experiencing problems', 'experienced issues', 'experienced problems', 'were not able to', 'was not able to', 'are not able to', 'is not able to', 'could not access', 'could not connect', 'could not log in', 'cannot access', 'cannot connect', 'not receiving', 'not being delivered', 'not delivered', 'not processed', 'not updating', 'not syncing', 'partial outage', 'service outage', 'no longer work*',
    // A part that crashed, an outage given its scope, and who is affected beyond users and customers (design change of
    // session 3: any concrete trouble counts; only a bare "an issue" / "a problem" is no impact).
    'crashed', 'has crashed', 'keeps crashing', 'is crashing', 'hard crashed',
    'complete outage', 'total outage', 'full outage', 'major outage', 'global outage', 'widespread outage',
    'general outage', 'site-wide outage', 'outage across',
    'players … unable', 'players … cannot', "players … can't", 'players … could not', 'students … unable',
    'students … cannot', 'members … unable', 'members … cannot', 'members … could not', 'could not sign in', 'cannot sign in',
    'unable to sign in', 'some players', 'some students', 'some members',
    // diag-65: who is hit, said plainly ("this change made some users lose access to their forms").
    'some users', 'some customers', 'some of our users', 'some of our customers', 'certain users', 'certain customers',
    'a subset of users', 'a subset of customers', 'lose access', 'losing access',
    'nobody can', 'no one can',
    // Diagnostic sets (session 4): what cannot be done, said without a named subject ("the availability of the server
    // cannot be assured"), and work piling up for the reader.
    'cannot', "can't", 'can not', 'unable to', 'not able to', 'backlog', 'error rates', 'lost access',
    // Spent sets: what could not be done, told in the past as 'cannot' is in the present; players thrown out.
    'could not', "couldn't", 'kicked out', 'kicked off', 'got disconnected', 'were disconnected', 'keep disconnecting',
    // diag-34: the error page readers see ("the site shows 404 Not Found", 顯示 404 Not Found).
    '404 not found', 'bad gateway', 'internal server error', 'gateway timeout',
    'unaffected', 'not affected', 'not be able to', "won't be able to", 'blocks logging', 'blocks access', 'blocking access',
    'blocks sign', 'blocking sign', 'broke', 'is broken', 'are broken', 'was broken',
    // diag-6: a full disk.
    'ran out of disk', 'ran out of space', 'out of disk space', 'disk was full', 'disk is full',
    // diag-8: the scope told by what kept working ("the emergency numbers remained functional throughout").
    'remained functional', 'remained available', 'remained operational', 'remained reachable', 'stayed up', 'kept working', 'continued to work',
  ],
  headingWords: ['impact', 'impacts', 'impacted', 'affected', 'affecting'],
  // A trouble word with what it struck named beside it: "the website outage", "an outage of the mail service".
  troubleWords: [
    'outage', 'outages', 'downtime', 'failure', 'failures', 'disruption', 'disruptions', 'problem', 'problems',
    'issue', 'issues', 'difficulties', 'error', 'errors', 'crash', 'crashes', 'panic', 'panics', 'interruption', 'interruptions', 'fault',
    'faults', 'breakdown', 'slowdown', 'instability', 'trouble', 'troubles', 'malfunction', 'degradation',
    // What happened to the thing named before it (diag-5/6): "my hoster has deactivated my whole webserver".
    'deactivated', 'suspended', 'disabled', 'blocked', 'wiped', 'deleted', 'corrupted', 'destroyed', 'died',
    // diag-79: "the certificate renewal has failed", "the database crashed".
    'failed', 'crashed', 'broke', 'broken',
    // diag-82: "the site is under a DDoS attack".
    'attack', 'attacks',
    // diag-93: "the chain stalled at height …", "a hiccup in certbot".
    'stall', 'stalls', 'stalled', 'halt', 'halted', 'hiccup', 'hiccups',
    // diag-134: "the e-mail delivery was paused for more than one day for this mailing list".
    'paused',
  ],
  troubleLinks: ['of', 'with', 'on', 'in', 'at', 'affecting', 'for', 'to', 'across', 'within'],
  emptyWords: [
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'your', 'its', 'their', 'his', 'her', 'my', 'we', 'you',
    'it', 'they', 'some', 'any', 'no', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'same', 'similar',
    'more', 'most', 'many', 'several', 'few', 'one', 'two', 'first', 'second', 'last', 'next', 'new', 'further', 'what',
    'which', 'whatever', 'major', 'minor', 'big', 'bigger', 'small', 'large', 'huge', 'serious', 'severe', 'critical',
    'significant', 'short', 'brief', 'long', 'longer', 'temporary', 'sudden', 'unexpected', 'unforeseen', 'unplanned',
    'planned', 'technical', 'possible', 'potential', 'known', 'unknown', 'recent', 'current', 'ongoing', 'previous',
    'earlier', 'general', 'total', 'complete', 'full', 'partial', 'global', 'widespread', 'main', 'underlying', 'root',
    'actual', 'real', 'rare', 'random', 'strange', 'weird', 'odd', 'unusual', 'intermittent', 'occasional',
    'internal', 'external', 'human', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
    'is', 'are', 'was', 'were', 'be', 'been', 'had', 'has', 'have', 'having', 'see', 'seeing', 'saw', 'seen', 'noticed',
    'investigating', 'investigate', 'investigated', 'experiencing', 'experience', 'experienced', 'facing', 'faced',
    'encountering', 'encountered', 'fixing', 'fix', 'fixed', 'resolving', 'resolve', 'resolved', 'addressing',
    'address', 'addressed', 'identifying', 'identify', 'identified', 'causing', 'cause', 'caused', 'reported',
    'reporting', 'report', 'reports', 'aware', 'about', 'regarding', 'morning', 'afternoon', 'evening', 'night',
    'today', 'yesterday', 'tonight', 'weekend', 'week', 'day', 'hour', 'hours', 'minutes', 'meantime', 'meanwhile',
    'past', 'time', 'times', 'side', 'end', 'part', 'way', 'moment', 'case', 'cases', 'order', 'addition', 'mind',
  ],
  namesBefore: true,
  troubleAuxiliaries: ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'got', 'just', 'also', 'completely', 'totally', 'fully', 'suddenly', 'apparently',
    // diag-93: what a thing has been going through ("CritterDB has been seeing these outages").
    'seeing', 'these', 'those', 'some', 'intermittent', 'repeated'],
  troubleDenials: [],
  things: [
    'server', 'servers', 'webserver', 'site', 'sites', 'website', 'websites', 'web site', 'homepage', 'app', 'apps',
    'application', 'applications', 'api', 'service', 'services', 'platform', 'network', 'system', 'systems', 'login',
    'e-mail', 'email', 'mail', 'database', 'mirror', 'mirrors', 'forum', 'portal', 'internet', 'phone', 'phones',
    'telephone', 'online banking', 'connection', 'connections',
  ],
  ownVoice: [
    'we', 'our team', 'i',
    // Our people at work are us too ("crews are still out restoring lines").
    'crew', 'crews', 'technician*', 'engineer*', 'lineworker*', 'linemen', 'our staff',
    // Work done on a thing is our action too ("a database migration took longer", "the server was restarted").
    'restart*', 'reboot*', 'migrat*', 'upgrad*', 'renew*', 'maintenance', 'update of', 'updates of', 'updating', 'updated',
    // Where we inform is no trouble of the thing named ("the website has the latest information").
    'information', 'latest news', 'more details',
  ],
};
