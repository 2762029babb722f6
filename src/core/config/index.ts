// Configuration API: parse and validate `.postmortem.yaml`, discover it for a document, merge over defaults.
export { parseConfig, configProblem, CONFIG_RULE_ID, CONFIG_RULE_NAME, CONFIG_DOCS_URL } from './parse';
export type { ParsedConfig, ParseConfigOptions } from './parse';
export { ConfigResolver, CONFIG_FILE_NAME } from './discovery';
export type { ConfigHost, ConfigFileProblems, ConfigResolverOptions, ResolvedConfig } from './discovery';
export { DEFAULT_CONFIG, mergeConfig, mergeRuleValue, normalizeRuleKeys } from './merge';
export { RULE_OPTIONS, checkOption } from './options';
export type { OptionType } from './options';
export * as configPaths from './paths';
