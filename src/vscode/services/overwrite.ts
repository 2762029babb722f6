// Writing an export next to its document (Export Chart as SVG, Export Report as HTML): never under an editor's unsaved
// changes of that file, and never over an existing file without the user's yes.
import * as vscode from 'vscode';
import { exists } from './new-files';

const t: (message: string, ...args: Array<string | number>) => string = (m, ...a) => vscode.l10n.t(m, ...a);

/** True when `target` may be written: it does not exist, or the user chose to overwrite it; refused when dirty. */
export async function mayWriteExport(target: vscode.Uri): Promise<boolean> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString() && d.isDirty)) {
    // Writing under an editor's unsaved changes would set the two against each other: the user decides first.
    void vscode.window.showWarningMessage(t('{0} has unsaved changes in the editor: save or close it, then export again.', name));
    return false;
  }
  if (!(await exists(target))) return true;
  const overwrite = t('Overwrite');
  const answer = await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', name), { modal: true }, overwrite);
  return answer === overwrite;
}
