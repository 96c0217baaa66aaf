// The JSON contract (CLI --format json, the action's output): the Report as is.
import type { Report } from '../../types.js';

export interface JsonOptions {
  /** Indented for people (default); compact for machines and action outputs. */
  pretty?: boolean;
}

export function renderJson(report: Report, options: JsonOptions = {}): string {
  // Functions (Statement.locate) and undefined never belong in the contract; JSON.stringify drops them.
  return `${JSON.stringify(report, null, options.pretty === false ? undefined : 2)}\n`;
}
