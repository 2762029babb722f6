// Publishing: a status update for a status page, Markdown, Slack or e-mail; a report as a standalone HTML file.
export { PUBLISH_FORMATS, cleanMarkdown, escapeSlack, renderFragment, type PublishFormat } from './markdown';
export { publishUpdate, updateAt, updateFindings, updateMarkdown } from './update';
export { documentTitle, exportHtml, type ExportOptions } from './export-html';
