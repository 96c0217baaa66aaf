// Views that bypass RLS: a view runs with its owner's rights unless it has security_invoker, so a
// view owned by the migration role over a table under RLS shows every row to whoever may select from
// it. For each such view the PR creates or changes in an exposed schema, user A's rows are planted in
// the tables it reads, and anon and user B (another tenant) select through it: rows that appear for
// them although they cannot read A's rows in the tables themselves are leaked, and named.
import type { ProbeInput } from './types.js';
import type { ProbeStep } from '../../types.js';
import { attempt, rolledBack, type ProbeFinding } from './util.js';
import type { RoleActor, RoleError, TestUser } from './rls-roles.js';
import { placeForCreated, roleErrorFindings, splitName } from './rls-judge.js';
import { directlyVisible, plantRows, rlsTables } from './rls-planted.js';

interface Sink {
  findings: ProbeFinding[];
  details: string[];
  notProbed: string[];
  probed: number;
}

/** Views the PR creates or changes in an exposed schema, without security_invoker, over a table under RLS. */
export function viewCandidates(input: ProbeInput): string[] {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  return Object.entries(after.relations)
    .filter(([name, rel]) => {
      if (rel.kind !== 'view' || rel.securityInvoker || !exposed.has(splitName(name)[0])) return false;
      const def = after.defs.views[name];
      const was = before.defs.views[name];
      const changed = !was || was.definition !== def?.definition || before.relations[name]?.securityInvoker !== rel.securityInvoker;
      return changed && !!def && rlsTables(def.dependsOn, input).length > 0;
    })
    .map(([name]) => name)
    .sort();
}

const MAX_ROWS = 500;

/** The view's rows as `role` sees them (text), or undefined when the select failed (the error is kept). */
async function viewRows(actor: RoleActor, view: string, role: string, as: TestUser | undefined, errors: RoleError[]): Promise<Set<string> | undefined> {
  return actor.as(role, as, async () => {
    const r = await attempt<{ v: string }>(actor.db, `select v::text as v from ${view} v limit ${MAX_ROWS}`);
    if (!r.ok) errors.push({ role, signedIn: !!as, op: 'SELECT', message: r.error.message, code: r.error.code, where: r.error.where });
    return r.ok ? new Set(r.rows.map((x) => x.v)) : undefined;
  });
}

export async function probeViews(actor: RoleActor, views: string[], input: ProbeInput, sink: Sink): Promise<ProbeStep> {
  const leaked: string[] = [];
  let ran = 0;
  for (const view of views) {
    const saved = actor.saveRows();
    await rolledBack(
      input.db,
      async () => {
        const tables = rlsTables(input.trace.after!.defs.views[view]!.dependsOn, input);
        const callers: [string, TestUser | undefined][] = [
          ['anon', undefined],
          ['authenticated', actor.b],
        ];
        // One connection: the roles select one after the other.
        const before: (Set<string> | undefined)[] = [];
        const errors: RoleError[] = [];
        for (const [role, as] of callers) before.push(await viewRows(actor, view, role, as, errors));
        // Permission denied is the view closed to the role (no policy opens a view); any other error is a finding.
        const failing = roleErrorFindings(view, errors, [], false, input);
        sink.findings.push(...failing);
        if (failing.length) leaked.push(view);
        if (before.every((b) => b === undefined)) {
          if (!failing.length) sink.details.push(`${view}: anon and authenticated may not select from it`);
          sink.probed++;
          ran++;
          return;
        }
        const { planted, failed } = await plantRows(actor, actor.a, tables, input);
        if (!planted.some((p) => tables.includes(p.table))) {
          sink.notProbed.push(`${view}: could not plant rows in ${tables.join(', ')} (${failed.join('; ')})`);
          return;
        }
        ran++;
        sink.probed++;
        const leaks: { role: string; rows: number }[] = [];
        for (const [i, [role, as]] of callers.entries()) {
          if (!before[i]) continue;
          const after = (await viewRows(actor, view, role, as, [])) ?? new Set<string>();
          const appeared = [...after].filter((v) => !before[i]!.has(v)).length;
          const direct = await directlyVisible(actor, role, as, planted.filter((p) => tables.includes(p.table)));
          if (appeared && direct.size === 0) leaks.push({ role, rows: appeared });
        }
        if (!leaks.length) {
          sink.details.push(`${view}: shows anon and another tenant nothing of user A's rows in ${tables.join(', ')}`);
          return;
        }
        leaked.push(view);
        sink.findings.push(viewFinding(view, tables, leaks, input));
        sink.details.push(`${view}: LEAK — ${leaks.map((l) => `${l.role} sees ${l.rows} row(s)`).join(', ')}`);
      },
      { nested: true },
    ).catch((e) => sink.notProbed.push(`${view}: ${(e as Error).message}`));
    actor.restoreRows(saved);
  }
  return {
    step: 'views',
    status: leaked.length ? 'failed' : ran ? 'passed' : 'not-run',
    summary: leaked.length ? `rows of tables under RLS leak through, or the API roles' selects fail on, ${[...new Set(leaked)].join(', ')}` : `${ran} of ${views.length} view(s) show no other user's rows`,
  };
}

function viewFinding(view: string, tables: string[], leaks: { role: string; rows: number }[], input: ProbeInput): ProbeFinding {
  const at = placeForCreated(view, input);
  const owner = input.trace.after!.relations[view]?.owner;
  const who = leaks.map((l) => `${l.role === 'anon' ? 'anon (the public API key, no sign-in)' : 'a signed-in user of another tenant'} saw ${l.rows} row(s)`).join('; ');
  return {
    ruleId: 'view-bypasses-rls',
    severity: 'high',
    phase: 'live',
    category: 'security',
    ...at,
    column: 1,
    object: view,
    title: `View ${view} shows rows of ${tables.join(', ')} that RLS hides`,
    message: `Rows were planted for user A in ${tables.join(', ')}; selecting through ${view}, ${who} of them, although the same role reads none of A's rows in ${tables.length === 1 ? 'the table' : 'the tables'} directly. The view has no security_invoker, so it reads as its owner${owner ? ` (${owner})` : ''} and the policies do not apply.`,
    fix: {
      description: 'Make the view apply the caller\u2019s policies (security_invoker, PostgreSQL 15+), or revoke SELECT on it from the API roles if it is not meant for them.',
      sql: `ALTER VIEW ${view} SET (security_invoker = true);`,
    },
    evidence: { view, tables, leaks, owner },
  };
}
