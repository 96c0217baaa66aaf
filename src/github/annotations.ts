// File:line annotations within GitHub's limits: the runner keeps the first 10 of each type (error,
// warning, notice) per step and 50 per job, and drops the rest silently. So we choose which ones
// show (worst first), emit the summary notice first so it is always among the kept ones, and leave
// room for the annotations the step itself may add afterwards (the failure message is an error;
// a comment or status that could not be written is a warning).
import type { Finding, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export const PER_TYPE_LIMIT = 10;
export const PER_JOB_LIMIT = 50;
/** Slots left for what the step emits after the findings: setFailed (error), comment/status warnings. */
export const RESERVED_AFTER: Record<AnnotationLevel, number> = { error: 1, warning: 2, notice: 0 };

export function levelOf(severity: Severity): AnnotationLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'notice';
}

export interface AnnotationPlan {
  /** In emission order: the summary notice first, then the findings worst first. */
  annotations: Annotation[];
  /** Findings not annotated. */
  omitted: number;
}

/**
 * The annotations to emit for `findings`: one summary notice (`headline`, plus how many findings did
 * not fit) and the worst findings per level within the per-step limits minus `reserved`. `budget`
 * is what the job still allows (other steps may annotate).
 */
export function planAnnotations(
  findings: Finding[],
  headline: string,
  opts: { budget?: number; reserved?: Record<AnnotationLevel, number> } = {},
): AnnotationPlan {
  const reserved = opts.reserved ?? RESERVED_AFTER;
  const budget = Math.max(0, Math.min(opts.budget ?? PER_JOB_LIMIT, PER_TYPE_LIMIT * 3 - reserved.error - reserved.warning - reserved.notice));
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line,
  );
  // The summary takes one notice slot.
  const room: Record<AnnotationLevel, number> = {
    error: PER_TYPE_LIMIT - reserved.error,
    warning: PER_TYPE_LIMIT - reserved.warning,
    notice: PER_TYPE_LIMIT - reserved.notice - 1,
  };
  const chosen: Annotation[] = [];
  for (const f of sorted) {
    const level = levelOf(f.severity);
    if (room[level] <= 0 || chosen.length >= budget - 1) continue;
    room[level]--;
    chosen.push({
      level,
      title: `pgreview ${f.severity}: ${f.title} (${f.ruleId})`,
      message: f.fix?.description ? `${f.message}\nFix: ${f.fix.description}` : f.message,
      file: f.file,
      startLine: Math.max(1, f.line || 1),
      ...(f.endLine && f.endLine >= f.line ? { endLine: f.endLine } : {}),
      ...(f.column && (!f.endLine || f.endLine === f.line) ? { startColumn: f.column } : {}),
    });
  }
  const omitted = sorted.length - chosen.length;
  const summary: Annotation = {
    level: 'notice',
    title: omitted ? `pgreview: ${omitted} more finding${omitted === 1 ? '' : 's'}` : 'pgreview',
    message: omitted
      ? `${headline}\n${chosen.length} of ${sorted.length} findings are annotated (GitHub shows at most ${PER_TYPE_LIMIT} annotations of each type per step); ${omitted} more ${omitted === 1 ? 'is' : 'are'} in the job summary and the PR comment.`
      : headline,
  };
  return { annotations: budget > 0 ? [summary, ...chosen] : [], omitted };
}
