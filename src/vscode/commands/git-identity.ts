// The incident lead's default: git `user.name` / `user.email` through the built-in Git extension's API (no
// process spawned by us; absent on the web), else the `postmortem.defaultLead` setting.
import * as vscode from 'vscode';
import type { Log } from '../services/log';

interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi { repositories: GitRepository[]; getRepository(uri: vscode.Uri): GitRepository | null }
interface GitExtension { getAPI(version: 1): GitApi }

function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

async function read(repo: GitRepository, key: string): Promise<string | undefined> {
  try {
    const own = (await repo.getConfig(key))?.trim();
    if (own) return own;
  } catch { /* not set locally */ }
  try {
    return (await repo.getGlobalConfig(key))?.trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function gitIdentity(folder: vscode.Uri | undefined, log: Log): Promise<string | undefined> {
  try {
    const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!ext) return undefined;
    const git = ext.isActive ? ext.exports : await within(Promise.resolve(ext.activate()), 3000);
    const api = git?.getAPI(1);
    if (!api) return undefined;
    const repo = (folder && api.getRepository(folder)) || api.repositories[0];
    if (!repo) return undefined;
    const [name, email] = await Promise.all([within(read(repo, 'user.name'), 2000), within(read(repo, 'user.email'), 2000)]);
    if (!name && !email) return undefined;
    return name && email ? `${name} <${email}>` : (name ?? email);
  } catch (e) {
    log.warn(`git identity unavailable: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
