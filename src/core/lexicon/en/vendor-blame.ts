// English: laying the cause on a third party (PM007). A finding needs a party AND a cause word next to it, so a
// neutral mention ("we host on AWS") never fires.
import type { VendorBlameLexicon } from '../types';

export const vendorBlame: VendorBlameLexicon = {
  parties: [
    'our provider', 'our providers', 'our service provider', 'our hosting provider', 'our cloud provider', 'our cdn provider',
    'our cdn', 'our payment provider', 'our dns provider', 'our network provider', 'our email provider', 'our isp',
    'our vendor', 'upstream', 'upstreams', 'our upstream vendor', 'upstream vendor', 'upstream provider', 'our upstream provider', 'our supplier',
    'our partner', 'our data center provider', 'our datacenter provider', 'our hosting company', 'our host',
    'third party', 'third parties', 'third party provider', 'third party vendor', 'external provider', 'external vendor',
    'a provider', 'a vendor', 'the provider', 'the vendor', "provider's", "vendor's",
    'the hosting provider', 'the cloud provider', 'the network provider', 'the service provider', 'our registrar',
    'the registrar', 'our domain registrar', 'our carrier', 'our telecom provider', 'our hosting partner', 'our hoster',
    'the hoster', 'our data centre provider', 'the data center operator', 'the data centre operator', 'our colocation provider',
    'the hosting service', 'our hosting service', 'the hosting company', 'the web host', 'our web host', 'the isp', 'upstream isp', 'the upstream isp',
    // supplier nouns that name a supplier whoever's they are ("Magurokun's hosting provider", "our current host
    // provider", "the static site host"), and a possessive with words between ("our static site host")
    'hosting provider', 'hosting providers', 'host provider', 'hosting company', 'hosting service', 'web host', 'web hosting',
    'site host', 'cloud provider', 'cloud service', 'cdn provider', 'dns provider', 'email provider', 'e-mail provider',
    'payment provider', 'payment processor', 'network provider', 'internet provider', 'internet service provider',
    'data center provider', 'datacenter provider', 'data centre provider', 'colocation provider', 'hosting partner',
    'my provider', 'my host', 'my hoster', 'my vendor', 'my isp', 'my hosting', 'my … host', 'my … provider',
    'our … host', 'our … hoster', 'our … provider', 'our … vendor',
    // tune7: "the server hoster has some problems we don't know about"
    'server hoster', 'hoster',
    // diag-6: "caused with maintenance by the server provider"
    'server provider', 'server providers',
    // diag-8: "Our webhost is suffering from a database outage."
    'webhost', 'webhoster', 'web hoster',
    'the power company', 'the utility company', 'the electricity provider', 'our electricity provider', 'our power provider',
  ],
  vendors: [
    'AWS', 'Amazon Web Services', 'Amazon S3', 'S3', 'EC2', 'Azure', 'Microsoft Azure', 'Google Cloud', 'GCP', 'Cloudflare',
    'Akamai', 'Fastly', 'OVH', 'OVHcloud', 'Hetzner', 'DigitalOcean', 'Heroku', 'Vercel', 'Netlify', 'CrowdStrike',
    'Twilio', 'SendGrid', 'Stripe', 'Adyen', 'Equinix', 'Alibaba Cloud', 'Tencent Cloud', 'Huawei Cloud',
    // the big names of the English-speaking market: cloud, CDN, DNS, hosting, e-mail, payment, telecom
    'Google Cloud Platform', 'Amazon CloudFront', 'CloudFront', 'Route 53', 'Oracle Cloud', 'IBM Cloud', 'Linode', 'Akamai Connected Cloud',
    'Vultr', 'Fly.io', 'GitHub', 'GitLab', 'Atlassian', 'Okta', 'Auth0', 'Mailgun', 'Mailchimp', 'Postmark',
    'Amazon SES', 'Microsoft 365', 'Office 365', 'Google Workspace', 'PayPal', 'Braintree', 'Verisign', 'GoDaddy',
    'Namecheap', 'NS1', 'Level 3', 'Lumen', 'Cogent', 'Zayo', 'Comcast', 'Verizon', 'AT&T', 'Vodafone',
    'Microsoft', 'Google', 'Amazon',
  ],
  before: [
    'caused by', 'due to', 'because of', 'the result of', 'a result of', 'as a result of', 'triggered by',
    'originated at', 'originated with', 'originated in', 'originating at', 'stems from', 'stemmed from', 'attributable to',
    'the fault of', 'blame', 'blamed', 'on the part of',
    'damaging', 'damaged',
    // the service hit by the supplier's trouble: "impacted by the AWS outage", "affected by an issue at our CDN"
    'impacted by', 'affected by', 'hit by',
    // tune8: the supplier acting on our service: "the IP got blocked by my hosting provider"
    'blocked by', 'taken down by', 'shut down by', 'suspended by', 'deactivated by', 'disabled by',
    // diag-6: words between the cause and the party ("the issue was caused with maintenance by the server provider");
    // not "planned maintenance by our provider", which announces work without naming a cause.
    'caused … by',
  ],
  nearBefore: [
    'global outage at', 'major outage at', 'outage on the side of', 'downtime at', 'incident on', 'outage on', 'outage with', 'outage affecting',
    'outage at', 'outage of', 'outage in', 'failure at', 'failure of', 'failure in', 'problem at', 'problems at',
    'problem with', 'problems with', 'issue at', 'issues at', 'issue with', 'issues with', 'incident at', 'error at',
    'errors at', 'disruption at', 'disruption of', 'bug in', 'bug at', 'fault at', 'fault with',
    // the fault placed upstream, at the supplier: "resolved upstream by our host", "something upstream with our CDN"
    'upstream by', 'upstream with', 'upstream at', 'upstream on the side of',
  ],
  after: [
    'caused', 'is causing', 'was causing', 'was responsible', 'is responsible', 'were responsible', 'are responsible',
    'had an outage', 'has an outage', 'had a failure', 'had an issue', 'had issues', 'had problems', 'is experiencing',
    'was experiencing', 'experienced an', 'went down', 'is down', 'was down', 'broke', 'introduced a', 'suffered',
    'has deactivated', 'deactivated', 'has suspended', 'has disabled', 'has blocked', 'blocked our', 'blocked my',
    'messed up', 'is having issues', 'is having problems', 'is having an outage', 'was having issues', 'is at fault', 'was at fault', 'failed',
    'is having a bad day', 'was having a bad day', 'had a bad day',
    'was having an incident', 'is having an incident', 'had an incident', 'was unavailable', 'is unavailable', 'was not reachable',
    'had a global outage', 'had a major outage', 'confirmed an outage', 'confirmed a fault', 'confirmed a failure',
    'had the problem', 'had a problem', 'had the issue', 'had the outage', 'has … servers offline', 'has … servers down',
    'experiencing',
    // diag-143: "Cloudflare encountered a problem that created caching issues with our sites"
    'encountered a problem', 'encountered an issue', 'encountered problems', 'encountered issues', 'encountered an outage',
  ],
  afterFar: [
    'was having an incident', 'was having an operational incident', 'was having an outage', 'had an outage', 'had an incident',
    'had an operational incident', 'experienced an outage', 'suffered an outage', 'was suffering an outage', 'had a global outage',
    'servers offline', 'servers are offline', 'servers were offline', 'servers down', 'had the problem',
    // the party has the trouble, adverbs and adjectives between: "is currently having issues", "experiencing a major
    // outage", "had some unscheduled downtime"
    'having … issues', 'having … problems', 'having … outage', 'having … difficulties', 'having … trouble',
    'experiencing … issues', 'experiencing … problems', 'experiencing … outage', 'experiencing … difficulties',
    'has … problems', 'has … issues', 'has … outage',
    'had … outage', 'had … downtime', 'suffered … outage', 'suffering … outage', 'reported … outage',
  ],
  nearAfter: ['outage', 'outages', 'failure', 'failures', 'incident', 'issue', 'issues', 'problems', 'error', 'errors', 'disruption', 'bug'],
  sides: ['on their side', 'on their end', 'on their part', "on the host's end", "on the hosts end", "on the provider's end",
    "on the provider's side"],
  shifting: [
    // a maintainer who writes in the first person disowns it the same way (diag-22, diag-23)
    'beyond my control', 'outside my control', 'out of my control', 'not my fault', 'out of my hands',
    'beyond our control', 'outside our control', 'outside of our control', 'out of our control', 'not our fault',
    'not within our control', 'no fault of our own', 'out of our hands', 'not on our side',
    // disowning ("not on us") is shifting, though the owning list has "on us"
    'not on us', 'not really on us', "isn't on us", 'not our responsibility', 'not our problem', 'nothing to do with us',
    'not our mistake',
    'not on our side but', 'not on our end but', 'was not caused by us', 'was not caused on our side', 'outside our sphere of influence',
    'until they resolve',
    // responsibility disowned
    'not responsible for', 'not to blame', 'not at fault', 'responsibility does not lie with us', 'responsibility … not … with us',
  ],
  helpless: [
    'not much we can do', 'not much we could do', 'little we can do', 'nothing we can do on our side', 'nothing we can do',
    'nothing we could do', 'not much i can do', 'not much i could do', 'nothing i can do', 'nothing i could do',
    'little i can do', 'nothing more we can do', 'nothing more i can do',
    // diag-143: "Cloudflare encountered a problem … Unfortunately, this is something that we couldn't control"
    "something we couldn't control", "something that we couldn't control", 'something we could not control',
    'something that we could not control', "something we can't control", 'something we cannot control',
  ],
  // diag-128: "However, in rare situations, our cloud provider (fly.io) is unable to restore the process".
  // Only rare cases: "in general our provider is reliable, but today Azure failed" still blames.
  general: ['in rare situations', 'in rare cases', 'in some rare cases', 'on rare occasions'],
  notParties: ['github issue', 'github issues', 'gitlab issue', 'gitlab issues', 'github discussion', 'github repository', 'github page', 'github status', 'status page', 'jira ticket',
    // diag-41: a contractor who damaged a cable supplies nothing, as road works do ("a third-party contractor damaged
    // one of our ducts").
    'third party contractor', 'third party contractors', 'third party builder*', 'third party construction',
    // diag-46: a cable cut by "an unrelated third party": someone with no tie to us, not a supplier.
    'unrelated third party', 'unrelated third parties',
    // diag-111: our own settings kept on a vendor's service ("due to misconfigured GitHub Actions yaml").
    'github actions yaml', 'github actions workflow', 'github actions workflows', 'github actions config*', 'github workflow*',
    // diag-176: "Due to issues on our GitHub pipelines": our own pipelines, run on GitHub.
    'github pipeline*',
    // diag-151: S3 as the name of an API a storage company runs itself ("That slowdown built up in our S3 service").
    'our s3 service', 'our s3 api', 'our s3 endpoint*', 's3-compatible', 's3 compatible'],
  ours: ['our', 'my'],
  determiners: ['our', 'my', 'the', 'a', 'an'],
  owning: [
    // diag-113: our own defences to raise after the supplier's word ("look for solutions to increase our defenses against future attacks").
    'increase our defenses', 'increase our defences', 'strengthen our defenses', 'strengthen our defences',
    // diag-79: a setting of ours told as wrong ("the list's address was incorrectly set", "a misconfiguration of our list").
    'our misconfiguration', 'misconfiguration of our', 'we misconfigured', 'was incorrectly set', 'were incorrectly set', 'incorrectly configured',
    'our responsibility', 'our own responsibility', 'we are responsible', "we're responsible", 'we take responsibility',
    // diag-80: a lone owner owning it ("it is my responsibility to keep your website up").
    'my responsibility', 'i am responsible', "i'm responsible", 'i take responsibility', 'i take full responsibility',
    'we take full responsibility', 'we own this', 'we own the', 'the responsibility is ours', 'responsibility lies with us',
    // diag-117: a decision of ours for which the third parties are the reason ("because packages are distributed via
    // third-party mirrors, we have decided to convert to new signing keys").
    'we have decided', "we've decided", 'we have chosen', "we've chosen",
    'we chose', 'we decided', 'our choice', 'our decision', 'we depend on', 'we rely on', 'we relied on', 'we depended on',
    'our dependency', 'our architecture', 'our design', 'our configuration', 'our setup', 'single point of failure',
    'does not happen again', "doesn't happen again", 'will not happen again', "won't happen again", 'happening again',
    'redundan*', 'second provider', 'another provider', 'failover', 'on us', 'our mistake', 'we should',
    // diag-129: our own usage or slip named beside the host ("I ran out of storage quota at my host PythonAnywhere";
    // "I blame the hosting provider … Not making sure that the problem was fixed was my fault, though").
    // diag-176: the cause our own doing ("this could be due to some testing I was doing using different hosting providers").
    'i was doing', 'we were doing',
    'i ran out of', 'we ran out of', "i've run out of", "we've run out of", 'i have run out of', 'we have run out of',
    'my quota', 'our quota', 'my fault', 'our fault',
    // diag-134: our side not meeting the supplier's new rule ("Microsoft introduced a stricter security rule … Our sync
    // process … did not include that header").
    'did not include', "didn't include", 'did not comply', "didn't comply", 'not compliant', 'non-compliant',
    // diag-139: our side changed to fit the supplier's ("develop and test a software patch to accommodate the introduced
    // behaviour change").
    'to accommodate the', 'to accommodate their', 'to accommodate this',
    // diag-144: our code changed to meet the supplier's new rule ("taken down by Google due to some policy change. Let me
    // update the code and bring it back asap").
    'update the code', 'update our code', 'update my code', 'updating the code', 'updating our code', 'updating my code',
  ],
};
