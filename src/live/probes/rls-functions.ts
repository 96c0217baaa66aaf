// SECURITY DEFINER functions the API roles may call: they run with their owner's rights, past RLS, so
// what they return or change depends on their own checks. Each one the PR adds or changes in an
// exposed schema is called as anon and as user B (another tenant) with user A's identifiers as
// arguments, inside a savepoint that is rolled back, never as a superuser: a result that carries A's
// data which the caller cannot read directly, or A's rows changed or gone afterwards, is reported.
import type { ProbeInput } from './types.js';
import type { ProbeStep } from '../../types.js';
import { attempt, rolledBack, type ProbeFinding } from './util.js';
import type { RoleActor, TestUser } from './rls-roles.js';
import { placeForCreated, splitName } from './rls-judge.js';
import { directlyVisible, plantRows, rlsTables, type PlantedRow } from './rls-planted.js';

interface Sink {
  findings: ProbeFinding[];
  details: string[];
  notProbed: string[];
  probed: number;
}

const API_CALLERS: [string, string][] = [
  ['anon', 'anon'],
  ['authenticated', 'authenticated'],
];

/** SECURITY DEFINER functions the PR adds or changes in an exposed schema that anon or authenticated may execute. */
export function functionCandidates(input: ProbeInput): string[] {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  return Object.entries(after.functions)
    .filter(([sig, fn]) => {
      if (!fn.securityDefiner || fn.kind !== 'function' || /^(trigger|event_trigger)$/.test(fn.returns)) return false;
      if (!exposed.has(splitName(sig.slice(0, sig.indexOf('(')))[0])) return false;
      if (!fn.executableBy.some((r) => r === 'PUBLIC' || r === 'anon' || r === 'authenticated')) return false;
      const was = before.functions[sig];
      return !was || was.bodyHash !== fn.bodyHash || !was.securityDefiner;
    })
    .map(([sig]) => sig)
    .sort();
}

interface Arg {
  name: string;
  type: string;
}

/** The function's input arguments (names and types), read from pg_proc. */
async function argsOf(actor: RoleActor, sig: string): Promise<Arg[] | undefined> {
  const name = sig.slice(0, sig.indexOf('('));
  const [schema, fn] = splitName(name);
  const r = await attempt<{ names: string[] | null; types: string[]; modes: string[] | null }>(
    actor.db,
    `select p.proargnames as names, array(select format_type(t, null) from unnest(p.proargtypes) t) as types, p.proargmodes::text[] as modes
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = $1 and p.proname = $2 and pg_get_function_identity_arguments(p.oid) = $3`,
    [schema, fn, sig.slice(sig.indexOf('(') + 1, -1)],
  );
  const row = r.ok ? r.rows[0] : undefined;
  if (!row) return undefined;
  // proargnames lists OUT arguments too (and proargmodes says which); proargtypes holds only the inputs.
  const inputs = (row.names ?? []).filter((_, i) => !row.modes || ['i', 'b', 'v'].includes(row.modes[i]!));
  return row.types.map((type, i) => ({ name: inputs[i] ?? '', type }));
}

/** A value for an argument: a column of user A's rows with the argument's name, else one of A's values of its type. */
function valueFor(arg: Arg, user: TestUser, planted: PlantedRow[]): string | null {
  const bare = arg.name.replace(/^(p_|_|in_|arg_|param_)/, '');
  for (const p of planted) {
    const single = splitName(p.table)[1].replace(/s$/, '');
    for (const key of [bare, bare === `${single}_id` ? 'id' : '']) if (key && p.row[key] != null) return p.row[key]!;
  }
  if (arg.type === 'uuid') return user.uid;
  if (/^(text|character varying)$/.test(arg.type)) return /mail/.test(bare) ? (user.ctx.rows.get('auth.users')?.email ?? null) : user.uid;
  if (/^(integer|bigint|smallint|numeric)$/.test(arg.type)) return planted.map((p) => p.row.id).find((v) => v != null && /^\d+$/.test(v)) ?? '1';
  if (arg.type === 'boolean') return 'true';
  if (/^jsonb?$/.test(arg.type)) return '{}';
  return null;
}

/** Text of A's data a caller must not see: values of planted rows it cannot read directly (ids, names, emails). */
function secretsOf(planted: PlantedRow[], visible: Set<PlantedRow>): string[] {
  const shown = new Set(planted.filter((p) => visible.has(p)).flatMap((p) => Object.values(p.row)));
  const out = new Set<string>();
  for (const p of planted) {
    if (visible.has(p)) continue;
    for (const [k, v] of Object.entries(p.row)) if (k !== '__ctid' && v && v.length >= 8 && !/^(true|false|\d{4}-\d\d-\d\d.*)$/.test(v) && !shown.has(v)) out.add(v);
  }
  return [...out];
}

interface CallResult {
  role: string;
  returned: string[];
  changed: string[];
  error?: string;
}

/** Call `sig` as `role` with A's arguments; read back (as the probe role) which of A's rows changed. */
async function callAs(actor: RoleActor, sig: string, args: Arg[], role: string, as: TestUser | undefined, planted: PlantedRow[], secrets: string[]): Promise<CallResult> {
  const name = sig.slice(0, sig.indexOf('('));
  const values = args.map((a) => valueFor(a, actor.a, planted));
  const call = `select x::text as v from ${name}(${args.map((a, i) => `$${i + 1}::text::${a.type}`).join(', ')}) as x limit 200`;
  return actor.as(role, as, async () => {
    const r = await attempt<{ v: string }>(actor.db, call, values, { keep: true, timeoutMs: 10_000 });
    await actor.db.query('reset role');
    const changed: string[] = [];
    for (const p of planted) {
      const shape = await actor.shapes.get(p.table);
      if (!shape) continue;
      const now = await attempt<{ v: string }>(actor.db, `select t::text as v from ${shape.name} t where ctid = $1::tid`, [p.row.__ctid]);
      if (now.ok && !now.rows.length) changed.push(p.table);
    }
    if (!r.ok) return { role, returned: [], changed, error: r.error.message };
    const text = r.rows.map((x) => x.v).join('\n');
    return { role, returned: secrets.filter((s) => text.includes(s)), changed: [...new Set(changed)] };
  });
}

/** `tables`: the tables the probe isolates, where user A's rows are planted before the calls. */
export async function probeFunctions(actor: RoleActor, sigs: string[], tables: string[], input: ProbeInput, sink: Sink): Promise<ProbeStep> {
  const flagged: string[] = [];
  let ran = 0;
  const saved = actor.saveRows();
  await rolledBack(
    input.db,
    async () => {
      const { planted } = await plantRows(actor, actor.a, rlsTables(tables, input), input);
      for (const sig of sigs) {
        const fn = input.trace.after!.functions[sig]!;
        const args = await argsOf(actor, sig);
        if (!args) {
          sink.notProbed.push(`${sig}: could not read its arguments`);
          continue;
        }
        ran++;
        sink.probed++;
        const results: CallResult[] = [];
        for (const [role] of API_CALLERS.filter(([r]) => fn.executableBy.includes(r) || fn.executableBy.includes('PUBLIC'))) {
          const as = role === 'anon' ? undefined : actor.b;
          const secrets = secretsOf(planted, await directlyVisible(actor, role, as, planted));
          results.push(await callAs(actor, sig, args, role, as, planted, secrets));
        }
        const bad = results.filter((r) => r.returned.length || r.changed.length);
        const said = results.map((r) => `${r.role}: ${r.error ? `error (${r.error})` : r.returned.length || r.changed.length ? describe(r) : 'nothing of user A'}`).join('; ');
        sink.details.push(`${sig}: called with user A's identifiers — ${said}`);
        if (!bad.length) continue;
        flagged.push(sig);
        sink.findings.push(functionFinding(sig, fn.owner, bad, input));
      }
    },
    { nested: true },
  ).catch((e) => sink.notProbed.push(`exposed functions: ${(e as Error).message}`));
  actor.restoreRows(saved);
  return {
    step: 'functions',
    status: flagged.length ? 'failed' : ran ? 'passed' : 'not-run',
    summary: flagged.length ? `another user's data crosses tenants through ${flagged.join(', ')}` : `${ran} of ${sigs.length} exposed SECURITY DEFINER function(s) gave anon and another tenant nothing of user A's`,
  };
}

function describe(r: CallResult): string {
  return [r.returned.length ? `returned ${r.returned.length} of user A's value(s)` : '', r.changed.length ? `changed or deleted user A's rows in ${r.changed.join(', ')}` : ''].filter(Boolean).join(' and ');
}

function functionFinding(sig: string, owner: string, bad: CallResult[], input: ProbeInput): ProbeFinding {
  const at = placeForCreated(sig, input);
  const who = (role: string) => (role === 'anon' ? 'anon (the public API key, no sign-in)' : 'a signed-in user of another tenant');
  return {
    ruleId: 'definer-function-crosses-tenants',
    severity: 'high',
    phase: 'live',
    category: 'security',
    ...at,
    column: 1,
    object: sig,
    title: `${sig} hands another user's data across tenants`,
    message: `Called through the API as ${bad.map((r) => `${who(r.role)}, it ${describe(r)}`).join('; as ')}, with user A's identifiers as arguments. It is SECURITY DEFINER (runs as ${owner}, past row level security), so only its own checks stand between a caller and other users' rows, and they let this through.`,
    fix: {
      description: 'Check inside the function that the caller may act on the rows (e.g. compare the owner with auth.uid()), make it SECURITY INVOKER so the policies apply, or revoke EXECUTE from the API roles.',
      sql: `REVOKE EXECUTE ON FUNCTION ${sig} FROM PUBLIC, anon, authenticated;`,
    },
    evidence: { function: sig, owner, calls: bad.map((r) => ({ role: r.role, returnedValues: r.returned.length, changedTables: r.changed })) },
  };
}
