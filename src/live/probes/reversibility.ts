// Reversibility: up (already applied) → down → compare the catalog with the base snapshot → up
// again, all in a transaction that is rolled back. Whatever the down migrations leave behind or
// fail on is named; where the layout has no down migrations the probe says so and the report's
// checklist carries a rollback item instead.
import type { Probe, ProbeInput, ProbeOutput } from './types.js';
import type { ParsedSourceWithErrors } from '../../sql/parse.js';
import type { Migration } from '../../types.js';
import { diffCatalog, snapshotCatalog } from '../catalog.js';
import { describeDelta, rolledBack, runStatements, serverVersionNum, type ProbeFinding, type StatementRun } from './util.js';
import type { EngineGaps } from '../gaps.js';
import { namesObject } from '../../analysis/names-object.js';

/** The rehearsal: the down sources (newest first), the up sources, and what it found and said. */
interface Rehearsal {
  input: ProbeInput;
  changed: Migration[];
  downs: (ParsedSourceWithErrors | undefined)[];
  ups: (ParsedSourceWithErrors | undefined)[];
  limit: { timeoutMs: number; versionNum: number; gaps: EngineGaps };
  findings: ProbeFinding[];
  details: string[];
  notProbed: string[];
}

export const reversibilityProbe: Probe = {
  id: 'reversibility',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const out: ProbeOutput = { result: { probe: 'reversibility', status: 'not-run', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const historyIds = new Set(input.sources.map((s) => s.migration.id));
    const changed = input.set.migrations.filter((m) => m.status !== 'base' && historyIds.has(m.id));
    const cannot = cannotRehearse(input, changed, out);
    if (cannot) return cannot;
    const r: Rehearsal = {
      input,
      changed,
      downs: [...changed].reverse().map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === 'down')),
      ups: changed.map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === 'up')),
      limit: { timeoutMs: input.settings.statementTimeoutMs, versionNum: await serverVersionNum(input.db), gaps: input.gaps },
      findings: [],
      details: [],
      notProbed: [],
    };
    await rolledBack(input.db, async () => {
      if (!(await runDowns(r))) return;
      await compareWithBase(r);
      out.objectsProbed = changed.length;
      await runUpsAgain(r);
    });
    const failed = r.findings.length > 0;
    const notVerified = r.notProbed.filter((n) => NOT_VERIFIED.test(n)).length;
    out.findings = r.findings;
    out.result = {
      probe: 'reversibility',
      status: failed ? 'failed' : r.notProbed.length ? 'partial' : 'passed',
      summary: failed
        ? r.findings.map((f) => f.title).join('; ')
        : notVerified
          ? `up → down → up ran for ${changed.length} migration(s) except ${notVerified} statement(s) the review engine could not run, which are not verified`
          : `up → down → up succeeded for ${changed.length} migration(s); the catalog after down matches the base`,
      details: r.details,
      notProbed: r.notProbed,
    };
    out.objectsNotProbed += r.notProbed.length;
    return out;
  },
};

/** A statement of the rehearsal left out as the review engine's gap (runStatements' `engineGap`). */
const NOT_VERIFIED = /:\d+: not verified: /;

/** Statements the rehearsal left out (engine gaps, screened, the probe role may not), as not probed; not transaction control. */
function noteSkipped(r: Rehearsal, file: string, runs: StatementRun[]): void {
  for (const x of runs) if (x.skipped && !/transaction control/.test(x.skipped)) r.notProbed.push(`${file}:${x.stmt.span.line}: ${x.skipped}`);
}

/** Why the rehearsal cannot run (no down migrations, some missing, the up did not apply), as the probe's output. */
function cannotRehearse(input: ProbeInput, changed: Migration[], out: ProbeOutput): ProbeOutput | undefined {
  if (!changed.some((m) => m.down)) {
    out.result.summary = `no down migrations in this ${input.set.layout} layout: rollback was not rehearsed (write a rollback plan)`;
    return out;
  }
  const notProbed = changed.filter((m) => !m.down).map((m) => `${m.path}: has no down migration`);
  if (notProbed.length) {
    out.result = { probe: 'reversibility', status: 'not-run', summary: `${notProbed.length} of ${changed.length} changed migration(s) have no down migration, so the PR cannot be rolled back as a whole`, notProbed };
    out.objectsNotProbed = notProbed.length;
    return out;
  }
  const { trace } = input;
  const failedUp = trace.migrations.filter((m) => m.status !== 'base' && m.applied !== 'applied');
  if (failedUp.length || !trace.before || !trace.after) {
    out.result = { probe: 'reversibility', status: 'not-run', summary: `not run: ${failedUp.map((m) => m.file).join(', ') || 'the catalog'} did not apply cleanly, so there is nothing to roll back` };
    out.objectsNotProbed = changed.length;
    return out;
  }
  return undefined;
}

/** Down, newest first. False when one failed (a finding) and the rehearsal stops there. */
async function runDowns(r: Rehearsal): Promise<boolean> {
  for (const src of r.downs) {
    if (!src) continue;
    if (src.error) {
      r.findings.push(failure(src.source.file, src.migration.id, src.error.line, `cannot be parsed: ${src.error.message}`, 'down'));
      return false;
    }
    const runs = await runStatements(r.input.db, src, r.limit);
    noteSkipped(r, src.source.file, runs);
    const bad = runs.find((x) => !x.ok);
    if (bad) {
      r.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error!.message, 'down', bad.stmt.span.endLine));
      r.details.push(`${src.source.file}: down failed at line ${bad.stmt.span.line}: ${bad.error!.message}`);
      return false;
    }
    r.details.push(`${src.source.file}: down ran (${runs.filter((x) => !x.skipped).length} statements)`);
  }
  return true;
}

/** After the downs, the catalog must be the base's again: what differs is left behind (or missing). */
async function compareWithBase(r: Rehearsal): Promise<void> {
  const afterDown = await snapshotCatalog(r.input.db, { timeoutMs: 60_000 });
  const leftover = diffCatalog(r.input.trace.before!, afterDown);
  const diffs = describeDelta(leftover);
  const notReRun = r.notProbed.filter((n) => /: not (re-run|executed|verified)/.test(n)).length;
  if (!diffs.length) {
    r.details.push('after down: the catalog matches the base exactly');
    return;
  }
  if (notReRun) {
    // Statements of the down migrations were left out: the difference is not evidence against them.
    const notVerified = r.notProbed.filter((n) => NOT_VERIFIED.test(n)).length;
    const why = [notReRun > notVerified ? `${notReRun - notVerified} down statement(s) were not run` : '', notVerified ? `${notVerified} statement(s) the review engine could not run were not verified` : ''].filter(Boolean).join(', and ');
    r.details.push(`after down: ${diffs.length} difference(s) from the base, not judged: ${why} (${diffs.slice(0, 3).join('; ')})`);
    return;
  }
  const newest = r.downs[0]!;
  // The down that names the object, else the down of the newest up that changes it (gitness: 0077's up
  // drops a NOT NULL its down never restores; 0080's down, the newest, has nothing to do with it).
  const mentions = (name: string) => {
    const names = (src: ParsedSourceWithErrors | undefined) => !!src && src.statements.some((s) => namesObject(s, name));
    const up = [...r.ups].reverse().find(names);
    return r.downs.find(names) ?? r.downs.find((d) => d && up && d.migration.id === up.migration.id) ?? newest;
  };
  const first = [...leftover.created, ...leftover.dropped, ...leftover.altered][0]!;
  const where = mentions(first.name);
  r.findings.push({
    ruleId: 'down-migration-incomplete',
    severity: 'medium',
    phase: 'live',
    category: 'deploy',
    file: where.source.file,
    line: where.source.startLine,
    column: 1,
    endLine: where.source.startLine,
    migrationId: where.migration.id,
    object: first.name,
    title: `Down migration leaves the schema different from before: ${first.kind} ${first.name}`,
    message: `After up → down, the catalog differs from the base: ${diffs.slice(0, 8).join('; ')}${diffs.length > 8 ? `; +${diffs.length - 8} more` : ''}. Rolling back would leave these behind (or missing), and applying the migration again may then fail.`,
    fix: { description: 'Make the down migration undo everything the up migration does (in reverse order), e.g. DROP INDEX IF EXISTS for every index the up creates.' },
    evidence: { differences: diffs.slice(0, 30) },
  });
  r.details.push(`after down: ${diffs.length} difference(s) from the base: ${diffs.slice(0, 5).join('; ')}`);
}

/** Up again after down: it must apply, and give the catalog of the first up. */
async function runUpsAgain(r: Rehearsal): Promise<void> {
  for (const src of r.ups) {
    if (!src) continue;
    const runs = await runStatements(r.input.db, src, r.limit);
    // What the engine could not run the second time is not verified (other skips are the first up's).
    for (const x of runs) if (x.engineGap) r.notProbed.push(`${src.source.file}:${x.stmt.span.line}: ${x.skipped}`);
    const bad = runs.find((x) => !x.ok);
    if (bad) {
      r.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error!.message, 'up-again', bad.stmt.span.endLine));
      r.details.push(`${src.source.file}: up after down failed at line ${bad.stmt.span.line}: ${bad.error!.message}`);
      return;
    }
  }
  const again = describeDelta(diffCatalog(r.input.trace.after!, await snapshotCatalog(r.input.db, { timeoutMs: 60_000 })), { created: 'extra', dropped: 'missing', altered: 'differs' });
  r.details.push(again.length ? `up again: differs from the first up: ${again.slice(0, 5).join('; ')}` : 'up again: same catalog as the first up');
}

function failure(file: string, migrationId: string, line: number, message: string, phase: 'down' | 'up-again', endLine = line): ProbeFinding {
  return {
    ruleId: 'down-migration-failed',
    severity: 'high',
    phase: 'live',
    category: 'deploy',
    file,
    line,
    column: 1,
    endLine,
    migrationId,
    object: file,
    title: phase === 'down' ? `Down migration fails: ${file}` : `Migration cannot be applied again after its down migration: ${file}`,
    message:
      phase === 'down'
        ? `Running the down migrations after the up ones failed at ${file}:${line}: ${message}. A rollback in production would stop there.`
        : `After up → down, applying ${file} again failed at line ${line}: ${message}. The down migration does not restore the state the up migration expects.`,
    fix: { description: 'Rehearse up → down → up locally and make the down migration the exact inverse of the up migration.' },
    evidence: { phase, line, error: message },
  };
}
