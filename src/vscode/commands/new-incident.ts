// Postmortem: New Incident — asks title, severity, lead and language, then creates
// <incidents folder>/<date>-<slug>/incident.md from the template (time now, in the configured zone) and opens it.
// Never overwrites: an existing folder gets a -2, -3… suffix. Arguments skip the questions (tests, keybindings).
import * as vscode from 'vscode';
import type { IncidentSeverity, Lang } from '../../core/index';
import { core } from '../services/core';
import { settings, uiLang } from '../services/settings';
import { createFile, freeName, incidentsFolderOf, targetFolder } from '../services/new-files';
import { severityDescription } from '../services/severity-labels';
import type { CommandServices } from './common';
import { gitIdentity } from './git-identity';

export interface NewIncidentArgs {
  title?: string;
  severity?: IncidentSeverity;
  lead?: string;
  lang?: Lang;
  folder?: vscode.Uri;
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', de: 'Deutsch', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

export async function newIncident({ clock, config, log, templates }: CommandServices, args: NewIncidentArgs = {}): Promise<vscode.Uri | undefined> {
  const folder = await targetFolder(args.folder);
  if (!folder) return undefined;
  const s = settings(folder.uri);
  // refused before any question is asked: New Incident never creates folders outside the workspace
  if (!incidentsFolderOf(folder, log)) return undefined;
  const conf = await config.configFor(folder.uri, true);

  const title = args.title ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('New incident (1/4)'),
    prompt: vscode.l10n.t('Title, as customers will read it'),
    placeHolder: vscode.l10n.t('e.g. Card payments failing in the EU'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title.')),
  });
  if (!title?.trim()) return undefined;

  const severity = args.severity ?? (await vscode.window.showQuickPick(
    core().SEVERITIES.map((sev) => ({ label: sev, description: severityDescription(sev) })),
    { title: vscode.l10n.t('New incident (2/4)'), placeHolder: vscode.l10n.t('Severity'), ignoreFocusOut: true },
  ))?.label as IncidentSeverity | undefined;
  if (!severity || !core().SEVERITIES.includes(severity)) return undefined;

  const fallbackLead = args.lead === undefined ? (await gitIdentity(folder.uri, log)) || s.defaultLead : '';
  const lead = args.lead ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('New incident (3/4)'),
    prompt: vscode.l10n.t('Incident lead: a name and a contact customers can reach'),
    value: fallbackLead,
    placeHolder: vscode.l10n.t('Jane Doe <jane.doe@example.com>'),
    ignoreFocusOut: true,
  });
  if (lead === undefined) return undefined;

  const defaultLang = conf.config.language ?? uiLang();
  const lang = args.lang ?? (await vscode.window.showQuickPick(
    [...core().LANGS].sort((a, b) => (a === defaultLang ? -1 : b === defaultLang ? 1 : 0))
      .map((l) => ({ label: LANG_NAMES[l], description: l, lang: l })),
    { title: vscode.l10n.t('New incident (4/4)'), placeHolder: vscode.l10n.t('Language of the customer updates'), ignoreFocusOut: true },
  ))?.lang;
  if (!lang || !core().isLang(lang)) return undefined;

  const zone = conf.config.timezone ?? 'UTC';
  const now = clock.now();
  const input = { title, severity, lead, lang, zone, now, config: conf.config };
  const parts = core().incidentFolder(input, s.incidentsFolder).split('/');
  const dir = await freeName(vscode.Uri.joinPath(folder.uri, ...parts.slice(0, -1)), parts[parts.length - 1], false);
  const template = await templates.load('incident', lang, conf);
  const text = core().renderTemplate(template.text, core().incidentValues(input)).text;
  const file = vscode.Uri.joinPath(dir, 'incident.md');
  await vscode.workspace.fs.createDirectory(dir);
  if (!(await createFile(file, text))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was overwritten.', vscode.workspace.asRelativePath(file)));
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(file, { preview: false });
  // put the caret in the Impact section: the first thing to write
  const impact = editor.document.getText().split('\n').findIndex((l, i, all) => /^##\s/.test(l) && i + 1 < all.length && all[i + 1].startsWith('<!--'));
  if (impact >= 0) editor.selection = new vscode.Selection(impact + 1, 0, impact + 1, editor.document.lineAt(impact + 1).text.length);
  return file;
}
