// Writes a fixed document back without losing anything the user has: a link is written through to its target, the
// file keeps its inode (so its mode, owner and other hard links), a read-only file is left alone, and a file that
// changed since it was read is left alone. A copy of the original is kept until the new text is fully written.
import * as fs from 'fs';
import * as path from 'path';

/** Why the file was not written; undefined when it was. */
export type WriteOutcome = { written: true } | { written: false; reason: string };

/**
 * Writes `text` over `file` when the file still holds exactly `original` (the bytes the fixes were computed from).
 * `user` is the process's identity (injected so the mode check can be tested for any user).
 */
export function writeFixed(file: string, original: Uint8Array, text: string, user: ProcessUser = currentUser()): WriteOutcome {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (e) {
    return { written: false, reason: `cannot write the file: ${errorText(e)}` };
  }
  if (!stat.isFile()) return { written: false, reason: 'not a regular file: not fixed' };
  if (!modeAllowsWrite(stat, user)) {
    return { written: false, reason: `read-only file (mode ${(stat.mode & 0o777).toString(8)}): not fixed` };
  }
  let current: Buffer;
  try {
    current = fs.readFileSync(target);
  } catch (e) {
    return { written: false, reason: `cannot read the file again before writing: ${errorText(e)}` };
  }
  if (!current.equals(original)) return { written: false, reason: 'the file changed while it was being checked: not fixed (run again)' };

  const backup = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.postmortem-lint.bak`);
  try {
    fs.writeFileSync(backup, current, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    return { written: false, reason: `cannot keep a copy of the original next to it, so it was not fixed: ${errorText(e)}` };
  }
  try {
    // Truncate and write the same inode: mode, owner, hard links and links pointing here all stay as they were.
    overwrite(target, Buffer.from(text, 'utf8'));
  } catch (e) {
    try {
      overwrite(target, current);
    } catch {
      return { written: false, reason: `cannot write the file (${errorText(e)}); the original is kept in ${backup}` };
    }
    fs.rmSync(backup, { force: true });
    return { written: false, reason: `cannot write the file: ${errorText(e)}` };
  }
  fs.rmSync(backup, { force: true });
  return { written: true };
}

/** Writes `bytes` over the file's content in place (never creating a file that has gone meanwhile). */
function overwrite(file: string, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  try {
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
    fs.ftruncateSync(fd, bytes.length);
  } finally {
    fs.closeSync(fd);
  }
}

export interface ProcessUser { uid: number; gids: readonly number[] }

export function currentUser(): ProcessUser {
  if (typeof process.getuid !== 'function') return { uid: -1, gids: [] };
  return { uid: process.getuid(), gids: process.getgroups?.() ?? [process.getgid!()] };
}

/**
 * The mode bits, not only the system's answer: root may write a file of mode 444, and a rename never needed the
 * file's own write bit. A file nobody may write (no w bit for its owner, group or others as they apply) is read-only.
 */
export function modeAllowsWrite(stat: fs.Stats, user: ProcessUser): boolean {
  if (user.uid < 0) return (stat.mode & 0o200) !== 0; // Windows: the read-only attribute clears the owner's w bit
  if (user.uid === 0) return (stat.mode & 0o222) !== 0;
  if (user.uid === stat.uid) return (stat.mode & 0o200) !== 0;
  if (user.gids.includes(stat.gid)) return (stat.mode & 0o020) !== 0;
  return (stat.mode & 0o002) !== 0;
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ? `${err.code} ${err.message.replace(/^\w+: /, '')}` : String(err?.message ?? e);
}
