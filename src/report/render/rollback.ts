// The comment's rollback section: the generated script and its caveats, collapsed. How it was proven
// stays in the JSON report (rollback.proof, rollback.differences); the summary line says only whether.
import type { Report } from '../../types.js';
import { clip, codeBlock, html, md } from '../escape.js';

/** Longest script shown in the comment; the whole one is in the rollback file (CLI --rollback-output, action output rollback-path). */
const MAX_SCRIPT_CHARS = 12_000;

export function rollbackSection(report: Report, maxScriptChars = MAX_SCRIPT_CHARS): string[] {
  const r = report.rollback;
  if (!r || !r.sql) return [];
  const engine = report.engine?.id ?? 'the review engine';
  const status = r.verified
    ? `verified on ${engine}: applied after this PR, it restores the base schema`
    : r.proof.startsWith('not proven')
      ? 'not verified (the proof did not run)'
      : `not verified on ${engine}: ${r.differences.length} difference(s) remain`;
  const body: string[] = [];
  if (r.caveats.length) body.push(`Not undone exactly:\n\n${r.caveats.map((c) => `- ${md(c)}`).join('\n')}`);
  body.push(codeBlock(clip(r.sql, maxScriptChars), 'sql'));
  return [`<details><summary>↩️ Rollback script (generated, ${html(status)})</summary>\n\n${body.join('\n\n')}\n\n</details>`];
}
