// File:line annotations within GitHub's limits: at most 10 of each type (error, warning, notice)
// per step and 50 per job; anything past that is dropped silently by GitHub, so we choose which
// ones show (worst first) and say how many did not.
import type { Finding, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine?: number;
  startColumn?: number;
}

export const PER_TYPE_LIMIT = 10;
export const PER_JOB_LIMIT = 50;

export function levelOf(severity: Severity): AnnotationLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'notice';
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** One notice summarising what did not fit, when something did not. */
  overflow?: Annotation & { count: number };
}

/**
 * Picks annotations worst first. `budget` is what the job still allows (other steps may annotate);
 * one notice slot is kept for the overflow summary when needed.
 */
export function planAnnotations(findings: Finding[], summaryFile: string, budget = PER_JOB_LIMIT): AnnotationPlan {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const perType: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const total = Math.min(budget, PER_TYPE_LIMIT * 3);
  const chosen: Annotation[] = [];
  const fits = (level: AnnotationLevel, reserve: number) =>
    perType[level] < PER_TYPE_LIMIT - (level === 'notice' ? reserve : 0) && chosen.length < total - reserve;

  // A first pass assuming everything fits; if it does not, redo it keeping one notice for the summary.
  for (const reserve of [0, 1]) {
    chosen.length = 0;
    perType.error = perType.warning = perType.notice = 0;
    for (const f of sorted) {
      const level = levelOf(f.severity);
      if (!fits(level, reserve)) continue;
      perType[level]++;
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
    if (chosen.length === sorted.length) return { annotations: chosen };
  }
  const count = sorted.length - chosen.length;
  return {
    annotations: chosen,
    overflow: {
      level: 'notice',
      count,
      title: `pgreview: ${count} more finding${count === 1 ? '' : 's'}`,
      message: `${count} more finding${count === 1 ? ' is' : 's are'} not annotated (GitHub shows at most ${PER_TYPE_LIMIT} per type). See the job summary and the PR comment for all of them.`,
      file: summaryFile,
      startLine: 1,
    },
  };
}
