// The words that describe a severity where a user picks one (New Incident, Import when the page states no impact),
// in the UI language.
import * as vscode from 'vscode';
import type { IncidentSeverity } from '../../core/index';

/** A severity's meaning and its update cadence, as the severity pick list shows it. */
export function severityDescription(s: IncidentSeverity): string {
  switch (s) {
    case 'sev1': return vscode.l10n.t('Critical: most customers cannot use a core service (updates every 15 min)');
    case 'sev2': return vscode.l10n.t('Major: a core service is degraded for many customers (updates every 30 min)');
    case 'sev3': return vscode.l10n.t('Minor: some customers or a secondary feature (updates every hour)');
    default: return vscode.l10n.t('Low: little customer impact (updates every 4 hours)');
  }
}
