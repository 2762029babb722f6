// `process` for the browser-bundled assert polyfill (its util dependency reads process.env).
export const process = require('process/browser');
