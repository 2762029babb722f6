// The `postmortem.*` settings, read per resource (multi-root: each folder may differ). They apply where no
// `.postmortem.yaml` says otherwise.
import * as vscode from 'vscode';
import type { Config, Lang } from '../../core/index';
import { core } from './core';

export const SECTION = 'postmortem';

export interface EditorSettings {
  lintOnType: boolean;
  lintOnSave: boolean;
  lintDelay: number;
  incidentsFolder: string;
  defaultLead: string;
  statusBar: boolean;
  codeLens: boolean;
  config: Config;
}

export function settings(scope?: vscode.ConfigurationScope): EditorSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const rules = c.get<Record<string, unknown>>('rules') ?? {};
  const config: Config = { rules: typeof rules === 'object' && rules !== null ? (rules as Config['rules']) : {} };
  const tz = c.get<string>('timezone')?.trim();
  if (tz) config.timezone = tz;
  const lang = c.get<string>('language');
  if (core().isLang(lang)) config.language = lang;
  const templates = c.get<string>('templates')?.trim();
  if (templates) config.templates = templates;
  return {
    lintOnType: c.get<boolean>('lintOnType', true),
    lintOnSave: c.get<boolean>('lintOnSave', true),
    lintDelay: Math.max(0, c.get<number>('lintDelay', 300)),
    incidentsFolder: c.get<string>('incidentsFolder', 'incidents') || 'incidents',
    defaultLead: c.get<string>('defaultLead', '') ?? '',
    // window-scoped: read without a resource (VS Code warns when a window setting is read for one)
    statusBar: vscode.workspace.getConfiguration(SECTION).get<boolean>('statusBar.enabled', true),
    codeLens: vscode.workspace.getConfiguration(SECTION).get<boolean>('codeLens.enabled', true),
    config,
  };
}

/** The UI language of VS Code as one of ours (zh-cn -> zh-Hans, zh-tw -> zh-Hant), else en. */
export function uiLang(): Lang {
  const l = vscode.env.language.toLowerCase();
  if (l.startsWith('fr')) return 'fr';
  if (l.startsWith('de')) return 'de';
  if (l === 'zh-tw' || l === 'zh-hk' || l === 'zh-hant') return 'zh-Hant';
  if (l.startsWith('zh')) return 'zh-Hans';
  return 'en';
}
