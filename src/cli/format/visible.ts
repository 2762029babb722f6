// Text from the file system (names, error texts) shown on a terminal or in a CI log: control characters become
// visible escapes, so a file name can neither move the cursor, recolour the terminal nor start a new log line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function visibleControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
