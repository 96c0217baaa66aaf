// Checks every rendered comment must pass: the length budget counts what a reader sees before
// opening anything, and "one problem, one place" means no line is said twice.
import { expect } from 'vitest';
import type { Report } from '../../src/types.js';

/** Lines outside <details> bodies (a folded section counts as its one summary line). */
export function visibleLines(md: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of md.split('\n')) {
    const opens = (line.match(/<details[ >]/g) ?? []).length;
    const closes = (line.match(/<\/details>/g) ?? []).length;
    if (depth === 0 && opens) out.push(line);
    else if (depth === 0 && !closes) out.push(line);
    depth += opens - closes;
  }
  return out;
}

/** Markdown noise that may legitimately repeat: table rules, fences, blank lines, short labels. */
function meaningful(line: string): boolean {
  const t = line.trim();
  return t.length >= 40 && !/^\|?\s*[-:| ]+$/.test(t) && !t.startsWith('```') && !t.startsWith('<details') && t !== '</details>';
}

export function expectNoRepeats(md: string, report: Report): void {
  const seen = new Map<string, number>();
  // Prose only: SQL inside code blocks (validation queries, fixes) may share lines.
  let fenced = false;
  const all = md.split('\n');
  const prose = all.filter((l, i) => {
    if (l.trim().startsWith('```')) fenced = !fenced;
    // A table's header row is structure, not a statement: two tables may share it.
    const header = l.startsWith('|') && /^\|(\s*:?-+:?\s*\|)+\s*$/.test(all[i + 1] ?? '');
    return !fenced && !header && meaningful(l);
  });
  for (const line of prose) seen.set(line.trim(), (seen.get(line.trim()) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([l]) => l);
  expect(repeated, 'lines said twice').toEqual([]);
  const escaped = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
  // Prose only: a fix's SQL may quote what the message says.
  const proseText = md.replace(/```[\s\S]*?```/g, '');
  const count = (needle: string) => proseText.split(needle).length - 1;
  for (const f of report.findings) {
    // Grouped findings say their (shared) message once for the group.
    // 80 characters: past the object name a message starts with, into what it says.
    const message = f.message.length > 80 ? f.message.slice(0, 80) : undefined;
    if (!message) continue;
    // Prose escapes markdown (md()): count the escaped form; the raw one may be an object name in backticks.
    const times = count(escaped(message));
    expect(times, `message of ${f.ruleId} ${f.file}:${f.line}`).toBeLessThanOrEqual(1 + report.findings.filter((x) => x !== f && x.message.startsWith(message)).length);
  }
}
