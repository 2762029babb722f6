// Public surface of the timeline model (tree, chart, texts).
export * from './format';
export * from './summary';
export * from './model';
export * from './describe';
export * from './escape';
export * from './svg';
