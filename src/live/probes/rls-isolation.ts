// RLS isolation, proven as the real API roles: for each table the PR creates or whose policies or
// RLS flag it changes (in an API-exposed schema), and each storage bucket its storage.objects
// policies name, rows are inserted as the owner for two users in two different tenants, along the
// ownership path the policies themselves describe (generate rows); then anon and each signed-in user
// try SELECT, INSERT, UPDATE, UPDATE WITH CHECK and DELETE on the other's rows, one step per command
// (act as roles); what got through and every error a role met is judged (judge). Views that bypass
// RLS and SECURITY DEFINER functions the API roles may call are probed with the same users.
import type { Probe, ProbeInput, ProbeOutput } from './types.js';
import type { ProbeStep } from '../../types.js';
import { ownershipPaths } from './policy-paths.js';
import { raisedIn, rolledBack, type ProbeFinding } from './util.js';
import { raisedUnderCondition } from './rls-raise.js';
import { emptyPaths, RoleActor, type ExtraOverrides, type RoleError } from './rls-roles.js';
import { COMMANDS, deleteStep, insertStep, ownerRequests, selectStep, updateStep, withCheckStep, type Command, type CommandOutcome, type TableUnderTest } from './rls-commands.js';
import { breachFinding, describePath, closedByGrants, RAISED, realErrors, roleErrorFindings, splitName, undeclared, unownedRows, type OwnerOutcome } from './rls-judge.js';
import { ensureBucket, STORAGE_OBJECTS, storageBuckets, storageTarget } from './rls-storage.js';
import { viewCandidates, probeViews } from './rls-views.js';
import { functionCandidates, probeFunctions } from './rls-functions.js';

/** Tables the probe must check: created, or policies/RLS flag changed, in an exposed schema. */
export function rlsCandidates(input: ProbeInput): string[] {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  const policiesOf = (snap: typeof after, t: string) =>
    JSON.stringify(
      Object.entries(snap.policies)
        .filter(([, p]) => p.table === t)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  const out: string[] = [];
  for (const [name, rel] of Object.entries(after.relations)) {
    if (rel.kind !== 'table' && rel.kind !== 'partitioned table') continue;
    if (!exposed.has(splitName(name)[0])) continue;
    const b = before.relations[name];
    if (!b || b.rowSecurity !== rel.rowSecurity || policiesOf(before, name) !== policiesOf(after, name)) out.push(name);
  }
  return out.sort();
}

/** One thing to isolate: a table, or a bucket of storage.objects. */
interface Target {
  table: string;
  label: string;
  extra?: ExtraOverrides;
  movable?: string[];
  bucket?: string;
}

/** What the probe gathers while it runs: findings, what it said, and each command step's tally. */
class Tally {
  readonly findings: ProbeFinding[] = [];
  readonly details: string[] = [];
  readonly notProbed: string[] = [];
  probed = 0;
  readonly commands = new Map<Command, { ran: number; failed: string[] }>(COMMANDS.map((c) => [c, { ran: 0, failed: [] }]));
  readonly extraSteps: ProbeStep[] = [];
  /** The findings behind each failed step (ProbeOutput.stepFindings). */
  readonly stepFindings = new Map<string, ProbeFinding[]>();

  /** Runs one step of the probe and notes which of the findings it adds are its own. */
  async extraStep(run: () => Promise<ProbeStep>): Promise<void> {
    const from = this.findings.length;
    const step = await run();
    this.extraSteps.push(step);
    this.blame(step.step, this.findings.slice(from));
  }

  blame(step: string, findings: ProbeFinding[]): void {
    if (findings.length) this.stepFindings.set(step, [...(this.stepFindings.get(step) ?? []), ...findings]);
  }

  skip(what: string, why: string): void {
    this.notProbed.push(`${what}: ${why}`);
  }
}

export const rlsIsolationProbe: Probe = {
  id: 'rls-isolation',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const buckets = storageBuckets(input);
    // storage.objects is probed bucket by bucket, with folder paths, when its policies changed.
    const tables = rlsCandidates(input).filter((t) => !(buckets.length && t === STORAGE_OBJECTS));
    const targets: Target[] = [
      ...tables.map((table) => ({ table, label: table })),
      ...buckets.map((bucket) => ({ table: STORAGE_OBJECTS, label: `${STORAGE_OBJECTS} (bucket ${bucket})`, ...storageTarget(bucket, input) })),
    ];
    const views = viewCandidates(input);
    const functions = functionCandidates(input);
    const total = targets.length + views.length + functions.length;
    const out: ProbeOutput = { result: { probe: 'rls-isolation', status: 'passed', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    if (!total) {
      out.result = { probe: 'rls-isolation', status: 'not-applicable', summary: 'no table in an API-exposed schema was created or had its policies or RLS changed' };
      return out;
    }
    const roles = (await input.db.query<{ r: string }>(`select rolname as r from pg_roles where rolname in ('anon', 'authenticated')`)).rows.map((r) => r.r);
    if (!roles.includes('anon') || !roles.includes('authenticated')) {
      const names = [...targets.map((t) => t.label), ...views, ...functions];
      out.result = {
        probe: 'rls-isolation',
        status: 'not-run',
        summary: `no anon/authenticated API roles on this database (preset ${input.preset}): isolation of ${total} object(s) was not tested as real roles`,
        notProbed: names.map((t) => `${t}: no API roles to act as`),
      };
      out.objectsNotProbed = total;
      return out;
    }
    const tally = new Tally();
    await rolledBack(input.db, async () => {
      const actor = new RoleActor(input.db);
      tally.details.push(...(await actor.createUsers()));
      for (const target of targets) await isolate(actor, target, input, tally);
      if (views.length) await tally.extraStep(() => probeViews(actor, views, input, tally));
      if (functions.length) await tally.extraStep(() => probeFunctions(actor, functions, tables, input, tally));
    });
    out.findings = tally.findings;
    out.stepFindings = tally.stepFindings;
    out.objectsProbed = tally.probed;
    out.objectsNotProbed = tally.notProbed.length;
    out.result = summarize(tally, total);
    return out;
  },
};

/** One target in a scope of its own (rolled back), so that its rows do not reach the next one. */
async function isolate(actor: RoleActor, target: Target, input: ProbeInput, tally: Tally): Promise<void> {
  const saved = actor.saveRows();
  try {
    await rolledBack(
      input.db,
      async () => {
        const prepared = await generateRows(actor, target, input);
        if (typeof prepared === 'string') return tally.skip(target.label, prepared);
        const outcomes = await actAsRoles(actor, prepared);
        judge(prepared, target, outcomes, input, tally);
      },
      { nested: true },
    );
  } catch (e) {
    tally.skip(target.label, (e as Error).message);
  }
  actor.restoreRows(saved);
}

/** Stage 1: rows of the table for users A and B along the policies' ownership path. */
async function generateRows(actor: RoleActor, target: Target, input: ProbeInput): Promise<TableUnderTest | string> {
  const shape = await actor.shapes.get(target.table);
  if (!shape) return 'not a plain table';
  if (target.bucket) {
    const failed = await ensureBucket(input.db, target.bucket);
    if (failed) return failed;
  }
  const entries = Object.entries(input.trace.after!.policies).filter(([, p]) => p.table === target.table);
  const paths = shape.rowSecurity ? await ownershipPaths(target.table, entries.map(([, p]) => p), actor.shapes, actor.db) : emptyPaths();
  const rows = [];
  for (const u of actor.users) {
    const made = await actor.ownRows(target.table, u, paths, target.extra);
    if (typeof made === 'string') return `could not insert representative rows (${made}${raisedIn(actor.factory.lastError)})`;
    rows.push(made);
  }
  return { table: target.table, shape, entries, paths, rowsA: rows[0]!, rowsB: rows[1]!, extra: target.extra, movable: target.movable };
}

/** Stage 2: each command as anon and as the two users, one step each. */
async function actAsRoles(actor: RoleActor, t: TableUnderTest): Promise<{ outcomes: CommandOutcome[]; ownRowsSeen: boolean; owner: OwnerOutcome }> {
  const select = await selectStep(actor, t);
  const ownRowsSeen = t.rowsA.some((r) => select.seen.a.has(r.__ctid)) || t.rowsB.some((r) => select.seen.b.has(r.__ctid));
  const outcomes = [select, await insertStep(actor, t), await updateStep(actor, t), await withCheckStep(actor, t), await deleteStep(actor, t)];
  // An exception a signed-in user met: does the owner meet it on their own rows too (docs/severity.md)?
  const raisedOps = outcomes.flatMap((o) => o.errors.filter((e) => e.signedIn && RAISED.test(e.code ?? '')).map((e) => e.op));
  const met: OwnerOutcome['met'] = raisedOps.length ? await ownerRequests(actor, t, raisedOps) : new Map();
  const unverified: OwnerOutcome['unverified'] = new Map();
  for (const [op, e] of met) {
    const why = e && RAISED.test(e.code ?? '') ? await raisedUnderCondition(actor.db, e) : undefined;
    if (why) unverified.set(op, why);
  }
  return { outcomes, ownRowsSeen, owner: { owns: t.paths.uidCols.size > 0, met, unverified } };
}

/** Stage 3: what got through and which errors the roles met, as findings and the steps' tallies. */
function judge(t: TableUnderTest, target: Target, acted: { outcomes: CommandOutcome[]; ownRowsSeen: boolean; owner: OwnerOutcome }, input: ProbeInput, tally: Tally): void {
  const { outcomes, ownRowsSeen, owner } = acted;
  const rowSecurity = t.shape.rowSecurity;
  const errors: RoleError[] = outcomes.flatMap((o) => o.errors);
  const failing = roleErrorFindings(target.table, errors, t.entries, rowSecurity, input, owner).map((f) => ({ ...f, title: f.title.replace(target.table, target.label) }));
  const breaches = undeclared(
    outcomes.flatMap((o) => o.breaches),
    t.entries,
    target.table,
  );
  const ownership = describePath(target.table, t.paths);
  const breach = breaches.length ? breachFinding({ table: target.table, label: target.label, entries: t.entries, rowSecurity, ownership }, breaches, input) : undefined;
  for (const o of outcomes) {
    const step = tally.commands.get(o.command)!;
    if (!o.ran) continue;
    step.ran++;
    const broke = undeclared(o.breaches, t.entries, target.table).length > 0;
    const errors = realErrors(target.table, o.errors, t.entries, rowSecurity, input);
    if (!broke && !errors.length) continue;
    step.failed.push(target.label);
    // The error findings group the roles' errors by message: this step's are those that hold one of its errors.
    const own = failing.filter((f) => errors.some((e) => (f.evidence as { error: string }).error === e.message && (f.evidence as { commands: string[] }).commands.includes(e.op)));
    tally.blame(o.command, [...(broke && breach ? [breach] : []), ...own]);
  }
  tally.findings.push(...failing);
  for (const f of failing) tally.details.push(`${target.label}: ${f.title}: ${(f.evidence as { error: string }).error}`);
  if (breach) {
    tally.findings.push(breach);
    tally.details.push(`${target.label}: LEAK — ${breach.message.split('. ')[0]}`);
    tally.probed++;
    return;
  }
  if (failing.length) {
    tally.probed++;
    return;
  }
  const unowned = rowSecurity && !ownRowsSeen && t.entries.length ? (unownedRows(t.entries, t.paths, target.bucket) ?? closedByGrants(outcomes[0]!.errors)) : undefined;
  if (rowSecurity && !ownRowsSeen && t.entries.length && !unowned) {
    const opaque = t.paths.opaqueCalls.length ? ` (policies call ${t.paths.opaqueCalls.join(', ')})` : '';
    tally.skip(target.label, `neither test user could read their own rows, so the ownership path was not exercised${opaque}; no cross-tenant access was seen`);
    return;
  }
  tally.probed++;
  const noPolicy = !t.entries.length && rowSecurity ? '; RLS on with no policy: nobody reads it through the API' : unowned ? `; ${unowned}` : '';
  tally.details.push(`${target.label}: isolated for anon and across tenants (SELECT/INSERT/UPDATE/DELETE)${ownership ? `; ownership via ${ownership}` : ''}${noPolicy}`);
}

/** The probe's result: its status follows its findings, and each command step has its own. */
function summarize(tally: Tally, total: number): ProbeOutput['result'] {
  const leaks = tally.findings.filter((f) => f.ruleId === 'rls-isolation-breach');
  const unverified = (f: ProbeFinding) => (f.evidence as { unverified?: boolean } | undefined)?.unverified === true;
  const failures = tally.findings.filter((f) => f.ruleId === 'role-request-failed' && !unverified(f));
  const others = tally.findings.filter((f) => f.ruleId !== 'rls-isolation-breach' && (f.ruleId !== 'role-request-failed' || unverified(f)));
  const steps: ProbeStep[] = [...tally.commands].map(([command, s]) => ({
    step: command,
    status: s.failed.length ? 'failed' : s.ran ? 'passed' : 'not-run',
    summary: s.failed.length ? `failed on ${s.failed.join(', ')}` : s.ran ? `held on ${s.ran} object(s)` : 'nothing to try it on',
  }));
  steps.push(...tally.extraSteps);
  const problems = [
    leaks.length ? `${leaks.length} of ${total} object(s) leak rows to anon or across tenants: ${leaks.map((f) => f.object).join(', ')}` : '',
    failures.length ? `${failures.length} request kind(s) fail as the API roles: ${failures.map((f) => f.title).join('; ')}` : '',
    others.length ? others.map((f) => f.title).join('; ') : '',
  ].filter(Boolean);
  return {
    probe: 'rls-isolation',
    status: tally.findings.length ? 'failed' : tally.notProbed.length ? 'partial' : 'passed',
    summary: problems.length
      ? problems.join('; ')
      : `${tally.probed} of ${total} object(s) isolated as anon and across two tenants (SELECT/INSERT/UPDATE/DELETE)${tally.notProbed.length ? `; ${tally.notProbed.length} not probed` : ''}`,
    details: tally.details,
    notProbed: tally.notProbed,
    steps,
  };
}
