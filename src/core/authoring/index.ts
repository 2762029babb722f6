// Pure helpers behind the editor's scaffolding commands (unit-tested without VS Code).
export * from './labels';
export * from './frontmatter';
export * from './time';
export * from './slug';
export * from './template-values';
export * from './update';
export * from './timeline';
export * from './mark-resolved';
export * from './rcca';
export * from './incident';
export * from './snippets';
export * from './disable';
export * from './config';
export * from './current-deadline';
export * from '../templates/render';
