// Which markdown files are postmortem documents: the core's one decision (a front matter that declares a `kind`,
// read by the YAML parser). Cheap on ordinary markdown: no parse without a leading `---` and the word "kind".
export { looksLikePostmortem as isPostmortem } from './core';
