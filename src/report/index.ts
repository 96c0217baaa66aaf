// The report stage: assess (findings + coverage → Report) and the renderers.
export { assess, compareFindings, countPhrase, DEFAULT_THRESHOLDS } from './assess.js';
export type { AssessInput, Coverage, VerdictThresholds } from './assess.js';
export { computeConfidence, WEIGHTS } from './confidence.js';
export { validationQueries } from './validation.js';
export { renderMarkdown, COMMENT_MARKER, DEFAULT_MAX_CHARS } from './render/markdown.js';
export type { MarkdownOptions } from './render/markdown.js';
export { renderText } from './render/text.js';
export type { TextOptions } from './render/text.js';
export { renderJson } from './render/json.js';
export type { JsonOptions } from './render/json.js';
export { renderSarif, toSarif, sarifLevel } from './render/sarif.js';
export type { SarifOptions, SarifRuleInfo } from './render/sarif.js';

import type { OutputFormat, Report } from '../types.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { renderSarif, type SarifRuleInfo } from './render/sarif.js';
import { renderText } from './render/text.js';

/** One switch for the CLI's --format. */
export function render(report: Report, format: OutputFormat, opts: { color?: boolean; maxChars?: number; rules?: SarifRuleInfo[] } = {}): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(report, { maxChars: opts.maxChars });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, { rules: opts.rules });
    case 'text':
      return renderText(report, { color: opts.color });
  }
}
