// Postmortem: Import Incident from Status Page — a hosted status page's JSON (incidents.json, incident.json) or the
// text copied from its incident page, from the clipboard, a pasted JSON, a file, or a URL fetched with a real HTTP
// request (fetch: Node and web extension hosts alike), into new incident documents in the workspace's incidents
// folder (<incidents>/<date>-<title>/incident.md), opened in the editor. Never overwrites: an existing folder gets a
// -2, -3… suffix, and a file is only ever created. The conversion is the core's (core/import); what could not be
// mapped is said once. Arguments skip the questions (tests, keybindings).
import * as vscode from 'vscode';
import type {
  ImportFailure, ImportWarning, ImportedIncident, IncidentSeverity, UpdateOrder,
} from '../../core/index';
import { core } from '../services/core';
import type { Services } from '../services/services';
import { createFile, freeName, incidentsFolderOf, targetFolder } from '../services/new-files';
import { severityDescription } from '../services/severity-labels';

export interface ImportArgs {
  /** The pasted JSON or text. */
  text?: string;
  /** A status page JSON to fetch. */
  url?: string;
  /** A file holding the JSON or text. */
  file?: vscode.Uri;
  /** Workspace folder to create the documents in. */
  folder?: vscode.Uri;
  severity?: IncidentSeverity;
  title?: string;
  order?: UpdateOrder;
  /** A list: import every incident without asking which. */
  all?: boolean;
}

type Source = 'clipboard' | 'json' | 'file' | 'url';

async function askSource(): Promise<Source | undefined> {
  const items: Array<vscode.QuickPickItem & { source: Source }> = [
    { label: `$(clippy) ${vscode.l10n.t('From the clipboard')}`, description: vscode.l10n.t('text or JSON copied from the status page'), source: 'clipboard' },
    { label: `$(json) ${vscode.l10n.t('Paste JSON…')}`, description: vscode.l10n.t('incidents.json or incident.json'), source: 'json' },
    { label: `$(file) ${vscode.l10n.t('Choose a File…')}`, source: 'file' },
    { label: `$(globe) ${vscode.l10n.t('From a URL…')}`, description: vscode.l10n.t('e.g. https://status.example.com/api/v2/incidents.json'), source: 'url' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import Incident from Status Page'), placeHolder: vscode.l10n.t('Where is the status page history?'), ignoreFocusOut: true });
  return pick?.source;
}

/** The JSON behind a URL: a real request; a web page instead of JSON is refused with what to do. */
export async function fetchStatusPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json, text/plain;q=0.9' } });
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    throw new Error(vscode.l10n.t('Could not fetch {0}: {1}', url, cause));
  }
  if (!response.ok) throw new Error(vscode.l10n.t('Could not fetch {0}: HTTP {1}', url, `${response.status} ${response.statusText}`.trim()));
  const body = await response.text();
  if (!core().looksLikeJson(body) && /^\s*<(!doctype|html)/i.test(body)) {
    throw new Error(vscode.l10n.t('{0} returned a web page, not JSON: use the page\'s JSON address, e.g. https://status.example.com/api/v2/incidents.json', url));
  }
  return body;
}

async function readSource(args: ImportArgs): Promise<string | undefined> {
  if (args.text !== undefined) return args.text;
  if (args.url !== undefined) return fetchStatusPage(args.url);
  if (args.file !== undefined) return new TextDecoder().decode(await vscode.workspace.fs.readFile(args.file));
  switch (await askSource()) {
    case 'clipboard': {
      const text = await vscode.env.clipboard.readText();
      if (!text.trim()) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard is empty: copy the incident from the status page first.'));
        return undefined;
      }
      return text;
    }
    case 'json':
      return vscode.window.showInputBox({
        title: vscode.l10n.t('Import Incident from Status Page'),
        prompt: vscode.l10n.t('Paste the JSON of the status page (copied text with several lines: use the clipboard instead)'),
        ignoreFocusOut: true,
        validateInput: (v) => (!v.trim() || core().looksLikeJson(v) ? undefined : vscode.l10n.t('This is not JSON: it must start with {0} or {1}.', '{', '[')),
      });
    case 'file': {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false, openLabel: vscode.l10n.t('Import'),
        filters: { [vscode.l10n.t('Status page history')]: ['json', 'txt', 'md'], [vscode.l10n.t('All files')]: ['*'] },
      });
      return picked?.[0] ? new TextDecoder().decode(await vscode.workspace.fs.readFile(picked[0])) : undefined;
    }
    case 'url': {
      const url = await vscode.window.showInputBox({
        title: vscode.l10n.t('Import Incident from Status Page'),
        prompt: vscode.l10n.t('Address of the status page JSON'),
        placeHolder: 'https://status.example.com/api/v2/incidents.json',
        ignoreFocusOut: true,
        validateInput: (v) => (/^https?:\/\/\S+$/i.test(v.trim()) ? undefined : vscode.l10n.t('Enter an http:// or https:// address.')),
      });
      return url ? vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Fetching {0}', url.trim()) }, () => fetchStatusPage(url.trim())) : undefined;
    }
    default:
      return undefined;
  }
}

export function failureMessage(f: ImportFailure): string {
  switch (f.reason) {
    case 'not-json': return vscode.l10n.t('This starts like JSON but is not valid JSON ({0}).', f.detail);
    case 'not-an-incident': return vscode.l10n.t('No status page incident found: {0}.', f.detail);
    case 'no-updates': return vscode.l10n.t('The incident has no update with a time.');
    case 'needs-title': return vscode.l10n.t('The copied text has no title line.');
    case 'needs-severity': return vscode.l10n.t('"{0}": the page states no impact, so the severity is not known.', f.title);
    case 'maintenance': return vscode.l10n.t('"{0}" is a scheduled maintenance, not an incident: nothing to import.', f.title);
  }
}

export function warningMessage(w: ImportWarning): string {
  switch (w.code) {
    case 'unmapped-status': return vscode.l10n.t('{0} update(s) labelled {1} name no phase: the label is kept in their text.', w.count, w.labels.join(', '));
    case 'postmortem-kept': return vscode.l10n.t('{0} postmortem post(s) kept as text in their own section.', w.count);
    case 'no-time': return vscode.l10n.t('{0} update(s) without a readable time kept as text at the end.', w.count);
    case 'leftover-text': return vscode.l10n.t('{0} line(s) outside the updates kept as text at the end.', w.count);
    case 'started-earlier': return vscode.l10n.t('An update is earlier than the page\'s start: `started` was moved back to it.');
    case 'status-assumed': return vscode.l10n.t('Neither the page nor the newest update states a phase: the status was written as investigating.');
    case 'maintenance-skipped': return vscode.l10n.t('{0} scheduled maintenance(s) skipped: {1}.', w.count, w.titles.join(', '));
  }
}

export async function importIncident(services: Services, args: ImportArgs = {}): Promise<vscode.Uri[] | undefined> {
  const { config, log } = services;
  const folder = await targetFolder(args.folder);
  if (!folder) return undefined;
  const incidentsDir = incidentsFolderOf(folder, log);
  if (!incidentsDir) return undefined;
  const text = await readSource(args);
  if (text === undefined || !text.trim()) return undefined;
  const conf = (await config.configFor(folder.uri, true)).config;

  let severity = args.severity;
  let title = args.title;
  let result = core().importStatusPage(text, { config: conf, severity, title, order: args.order });
  // ask what the page does not say, never guess it
  for (let asked = 0; !result.ok && asked < 2; asked++) {
    const f = result.failure;
    if (f.reason === 'needs-title' && title === undefined) {
      title = await vscode.window.showInputBox({
        title: vscode.l10n.t('Import Incident from Status Page'), prompt: vscode.l10n.t('The copied text has no title line: title of the incident'),
        ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title.')),
      });
      if (!title?.trim()) return undefined;
    } else if (f.reason === 'needs-severity' && severity === undefined) {
      severity = (await vscode.window.showQuickPick(
        core().SEVERITIES.map((sev) => ({ label: sev, description: severityDescription(sev) })),
        { title: vscode.l10n.t('Import Incident from Status Page'), placeHolder: vscode.l10n.t('"{0}": the page states no impact. Severity?', f.title), ignoreFocusOut: true },
      ))?.label as IncidentSeverity | undefined;
      if (!severity) return undefined;
    } else break;
    result = core().importStatusPage(text, { config: conf, severity, title, order: args.order });
  }
  if (!result.ok) {
    const message = failureMessage(result.failure);
    log.warn(`import: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Postmortem: {0}', message));
    return undefined;
  }

  let chosen: ImportedIncident[] = result.incidents;
  if (chosen.length > 1 && !args.all) {
    const picked = await vscode.window.showQuickPick(
      chosen.map((i) => ({ label: i.title, description: `${i.severity} · ${i.fileName.slice(0, 10)}`, picked: true, incident: i })),
      { title: vscode.l10n.t('Import Incident from Status Page'), placeHolder: vscode.l10n.t('{0} incidents found: which ones?', chosen.length), canPickMany: true, ignoreFocusOut: true },
    );
    if (!picked || picked.length === 0) return undefined;
    chosen = picked.map((p) => p.incident);
  }

  const created: vscode.Uri[] = [];
  for (const incident of chosen) {
    const dir = await freeName(incidentsDir.uri, incident.fileName.replace(/\.md$/, ''), false);
    await vscode.workspace.fs.createDirectory(dir);
    const file = vscode.Uri.joinPath(dir, 'incident.md');
    if (!(await createFile(file, incident.text))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was overwritten.', vscode.workspace.asRelativePath(file)));
      continue;
    }
    created.push(file);
    log.info(`import: ${vscode.workspace.asRelativePath(file)} (${incident.id}: ${incident.title})`);
  }
  if (created.length > 0) await vscode.window.showTextDocument(created[0], { preview: false });
  const warnings = [...result.warnings, ...chosen.flatMap((i) => i.warnings)].map(warningMessage);
  for (const w of warnings) log.info(`import: ${w}`);
  if (created.length > 1 || warnings.length > 0) {
    const head = created.length > 1 ? vscode.l10n.t('{0} incidents imported into {1}.', created.length, vscode.workspace.asRelativePath(incidentsDir.uri)) : vscode.l10n.t('Incident imported.');
    void vscode.window.showInformationMessage([head, ...[...new Set(warnings)]].join(' '));
  }
  return created;
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.commands.registerCommand('postmortem.importIncident', async (arg?: unknown) => {
    try {
      // from the explorer's context menu VS Code passes the clicked folder
      const args: ImportArgs = arg instanceof vscode.Uri ? { folder: arg } : (arg as ImportArgs | undefined) ?? {};
      return await importIncident(services, args);
    } catch (e) {
      services.log.error(`postmortem.importIncident failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Postmortem: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  }));
}
