// Writing a file the CLI creates (import, export): a new file only ('wx': never over one that appeared since the
// checks), or with --force the existing file in place, so its mode, owner and links stay as they were.
import * as fs from 'fs';
import * as path from 'path';

/** Writes `text` to `target`; the reason when it could not, else undefined. */
export function writeNewFile(target: string, text: string, force: boolean): string | undefined {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text, { flag: force ? 'w' : 'wx' });
    return undefined;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return err.code === 'EEXIST' ? 'it exists: not replaced (use --force to replace it)' : err.code ?? err.message;
  }
}
