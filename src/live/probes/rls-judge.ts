// Judging what the API roles did: breaches of isolation become an rls-isolation-breach finding per
// table, errors the roles met become role-request-failed findings. Also where a finding about a
// table is placed (the PR's statement that opened it).
import type { PolicyInfo } from '../catalog.js';
import type { Statement } from '../../types.js';
import type { ProbeInput } from './types.js';
import { INTENT } from '../../analysis/policy-intent.js';
import { changedUp, q, unsetSessionSetting, type ProbeFinding } from './util.js';
import { statementLocator } from '../locator.js';
import type { OwnershipPaths } from './policy-paths.js';
import type { Op, RoleError } from './rls-roles.js';
import type { Breach } from './rls-commands.js';

export function splitName(name: string): [string, string] {
  const parts = name.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [name];
  const un = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
  return [un(parts[0]!), un(parts[parts.length - 1]!)];
}

export function applies(p: PolicyInfo, role: string, op: Op): boolean {
  return (p.cmd === 'ALL' || p.cmd === op) && (p.roles.includes(role) || p.roles.includes('public'));
}

/** A USING that only asks for a signed-in caller (whitespace, parentheses and ::text casts removed). */
const SIGNED_IN = /^(auth\.role='authenticated'|'authenticated'=auth\.role|auth\.uidISNOTNULL|auth\.jwt->>'role'='authenticated')$/;

const AUTH_REF = /\bauth\.|\buid\(\)|request\.jwt|current_user|session_user|current_setting/i;

/**
 * Access the policies declare on purpose: SELECT with USING (true) to named roles, or a policy whose
 * name says so ("… viewable by everyone"); on storage.objects, a bucket-only condition (a public
 * bucket: `USING (bucket_id = 'avatars')`). INSERT when the check reads no identity and the name says so,
 * or, on storage.objects, the check names the bucket (an upload bucket open to all).
 */
export function declaredShared(entries: [string, PolicyInfo][], role: string, op: Op, table: string): boolean {
  return entries.some(([k, p]) => {
    if (!p.permissive || !applies(p, role, op)) return false;
    const name = splitName(k)[1];
    const check = p.withCheck ?? p.qual ?? '';
    // A bucket anyone may upload to (`WITH CHECK (bucket_id = 'uploads')`) is declared like a public one.
    if (op === 'INSERT') return !AUTH_REF.test(check) && (INTENT.test(name) || (table === 'storage.objects' && /\bbucket_id\b/.test(check)));
    if (op !== 'SELECT') return false;
    const qual = p.qual?.trim() ?? '';
    if (qual === 'true' && ((p.roles.includes(role) && !p.roles.includes('public')) || INTENT.test(name))) return true;
    // `auth.role() = 'authenticated'`, `auth.uid() IS NOT NULL`: every signed-in user, said in the expression.
    if (role === 'authenticated' && SIGNED_IN.test(qual.replace(/[()\s]|::text/g, ''))) return true;
    return table === 'storage.objects' && /\bbucket_id\b/.test(qual) && !AUTH_REF.test(qual);
  });
}

/** Breaches that the policies declare on purpose are not breaches. */
export function undeclared(breaches: Breach[], entries: [string, PolicyInfo][], table: string): Breach[] {
  return breaches.filter((b) => b.handover || !declaredShared(entries, b.role, b.operation, table));
}

/**
 * Why no API user is meant to read the rows back, when the policies say so: no permissive policy
 * opens SELECT to anon or signed-in users (only restrictive denials, or policies for service roles;
 * on storage.objects, for this bucket), or none of those that do reads the caller's identity (the rows
 * belong to no user: `USING (is_public)`). The probe then proved what isolation means for the table:
 * neither user nor anon reads or writes what the policies do not open. Undefined: the rows were meant
 * to be someone's and the probe did not find whose.
 */
export function unownedRows(entries: [string, PolicyInfo][], paths: OwnershipPaths, bucket?: string): string | undefined {
  const text = (p: PolicyInfo) => `${p.qual ?? ''} ${p.withCheck ?? ''}`;
  const forBucket = (p: PolicyInfo) => !bucket || !/\bbucket_id\b/.test(text(p)) || text(p).includes(`'${bucket.replace(/'/g, "''")}'`);
  const readers = entries.filter(([, p]) => p.permissive && forBucket(p) && (applies(p, 'anon', 'SELECT') || applies(p, 'authenticated', 'SELECT')));
  if (!readers.length) return 'no policy opens SELECT to anon or signed-in users: nobody reads it through the API';
  if (paths.opaqueCalls.length || readers.some(([, p]) => AUTH_REF.test(p.qual ?? ''))) return undefined;
  return `no policy ties its rows to a user (${readers.map(([k]) => splitName(k)[1]).join(', ')} read no identity): only what they open is read`;
}

/**
 * The grants refuse every SELECT the roles tried (no privilege on the table or on its schema, as
 * pg_cron's tables), and those refusals are not findings: the table is closed to the API roles.
 */
export function closedByGrants(selectErrors: RoleError[]): string | undefined {
  const denied = selectErrors.filter((e) => /permission denied for (table|relation|schema)/.test(e.message));
  const who = new Set(denied.map((e) => `${e.role}/${e.signedIn}`));
  if (!who.has('anon/false') || !who.has('authenticated/true') || denied.length !== selectErrors.length) return undefined;
  return `anon and signed-in users are refused by the grants (${denied[0]!.message}): closed to the API`;
}

export function describePath(table: string, paths: OwnershipPaths): string {
  const parts: string[] = [];
  for (const [t, cols] of paths.uidCols) for (const c of cols) parts.push(`${t === table ? '' : `${t}.`}${c} = auth.uid()`);
  for (const [a, b] of paths.links) parts.push(`${a.table === table ? '' : `${a.table}.`}${a.col} = ${b.table === table ? '' : `${b.table}.`}${b.col}`);
  return [...new Set(parts)].join(', ');
}

/** Where to place a finding about a table: the PR's CREATE POLICY that opened it, else what changed the table. */
export type Place = { file: string; line: number; endLine: number; migrationId?: string };

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function placeFor(table: string, policyNames: string[], input: ProbeInput): Place {
  const stmts = changedUp(input.sources).flatMap((s) => s.statements);
  const locator = statementLocator(input.sources);
  // The first statement that creates (else alters) one of the policies, by the table's qualified name:
  // only a policy statement (for a policy the PR did not make, changing() falls back to its table's CREATE).
  const opening = new Set(policyNames.map((p) => locator.changing(`${table}.${quoteIdent(p)}`)).filter((st) => st?.kind === 'CreatePolicyStmt' || st?.kind === 'AlterPolicyStmt'));
  const pick = stmts.find((st) => opening.has(st)) ?? locator.statementFor(table) ?? stmts[0];
  if (!pick) {
    const m = input.set.migrations.find((x) => x.status !== 'base');
    return { file: m?.path ?? '', line: 1, endLine: 1, migrationId: m?.id };
  }
  return placeOf(pick);
}

/**
 * Where to place a finding about an object the PR may create (a function signature, a view, a
 * trigger as `table.trigger`): the statement that creates (else alters) it, else placeFor(table).
 */
export function placeForCreated(name: string, input: ProbeInput, table = name): Place {
  const stmt = statementLocator(input.sources).changing(name);
  return stmt ? placeOf(stmt) : placeFor(table, [], input);
}

/** A trigger's name for placeForCreated: `table."trigger"`. */
export const triggerName = (table: string, trigger: string) => `${table}.${quoteIdent(trigger)}`;

const placeOf = (st: Statement): Place => ({ file: st.file, line: st.span.line, endLine: st.span.endLine, migrationId: st.migrationId });

export interface BreachContext {
  table: string;
  /** The object named in the finding (the table, or "storage.objects (bucket avatars)"). */
  label: string;
  entries: [string, PolicyInfo][];
  rowSecurity: boolean;
  ownership: string;
}

function grantingPolicies(c: BreachContext, breaches: Breach[]): [string, PolicyInfo][] {
  const applicable = c.entries.filter(([, p]) => p.permissive && breaches.some((b) => applies(p, b.role, b.operation)));
  const open = applicable.filter(([, p]) => p.qual?.trim() === 'true' || p.withCheck?.trim() === 'true');
  return open.length ? open : applicable;
}

function describeBreaches(c: BreachContext, breaches: Breach[]): string[] {
  const rlsOff = !c.rowSecurity;
  const say = (bs: Breach[]) =>
    bs
      .map((b) =>
        b.operation === 'SELECT' ? `read ${b.rows} of ${b.of} rows` : b.operation === 'INSERT' ? (rlsOff ? 'insert rows' : 'insert rows into the other tenant') : `${b.operation.toLowerCase()} ${b.rows} of ${b.of} rows`,
      )
      .join(', ');
  const anon = breaches.filter((b) => b.role === 'anon');
  const cross = breaches.filter((b) => b.role !== 'anon' && !b.handover);
  const parts: string[] = [];
  if (anon.length) parts.push(`anon (the public API key, no sign-in) could ${say(anon)}`);
  if (cross.length) parts.push(rlsOff ? `any signed-in user could ${say(cross)}` : `a signed-in user of another tenant could ${say(cross)}`);
  for (const b of breaches.filter((x) => x.handover)) {
    parts.push(`a signed-in user could move ${b.rows} of ${b.of} of their own rows into another user's ownership (UPDATE … SET ${b.handover} = <the other user's value>: no WITH CHECK refuses it)`);
  }
  return parts;
}

/** One rls-isolation-breach finding for everything that got through on one table. */
export function breachFinding(c: BreachContext, breaches: Breach[], input: ProbeInput): ProbeFinding {
  const rlsOff = !c.rowSecurity;
  const granting = grantingPolicies(c, breaches);
  const grantingNames = granting.map(([k, p]) => `${splitName(k)[1]} (${p.cmd}${p.roles.includes('public') ? ', no TO clause: every role' : ` TO ${p.roles.join(', ')}`}, USING ${p.qual ?? '—'}${p.withCheck ? `, WITH CHECK ${p.withCheck}` : ''})`);
  const anon = breaches.filter((b) => b.role === 'anon');
  const cross = breaches.filter((b) => b.role !== 'anon' && !b.handover);
  const worst = anon.find((b) => b.operation === 'SELECT') ?? cross.find((b) => b.operation === 'SELECT') ?? breaches[0]!;
  const parts = describeBreaches(c, breaches);
  const stmt = placeFor(c.table, granting.map(([k]) => splitName(k)[1]), input);
  const openPolicies = granting.filter(([, p]) => p.qual?.trim() === 'true' || p.withCheck?.trim() === 'true');
  // RLS was off on this table before the PR: the table grants alone decided, so what leaks now leaked
  // before. The PR keeps an exposure production has (high), it does not create one (critical).
  const was = input.trace.before?.relations[c.table];
  const openBefore = was !== undefined && !was.rowSecurity && !rlsOff;
  return {
    ruleId: 'rls-isolation-breach',
    // Reading is high with RLS off and reads only. Writing rows into another user's ownership without
    // reading, changing or deleting theirs (a new row, or one's own row handed over) forges data but
    // exposes and loses none: high.
    severity: openBefore || (rlsOff && !breaches.some((b) => b.operation !== 'SELECT')) || breaches.every((b) => b.handover || (b.operation === 'INSERT' && !rlsOff)) ? 'high' : 'critical',
    phase: 'live',
    category: 'security',
    file: stmt.file,
    line: stmt.line,
    column: 1,
    endLine: stmt.endLine,
    migrationId: stmt.migrationId,
    object: c.table,
    title: anon.length || cross.length ? `Rows of ${c.label} leak ${anon.length ? 'to anon' : 'across tenants'}` : `Users can hand their rows of ${c.label} to other users`,
    message: `Acting as the real API roles on rows inserted ${rlsOff ? 'as the owner' : 'for two users in different tenants'}, ${parts.join('; ')} in ${c.label}.${
      openBefore ? ' Before this pull request row level security was off on this table, so the same roles already got through: the pull request keeps this exposure rather than creating it.' : ''
    } ${
      rlsOff
        ? 'Row level security is off on this table, so the table grants alone decide.'
        : grantingNames.length
          ? `Permissive policies are ORed: ${grantingNames.join('; ')} let${granting.length === 1 ? 's' : ''} it through${granting.some(([, p]) => p.roles.includes('public')) ? ' — a policy without TO applies to every role, anon included' : ''}.`
          : ''
    }`,
    fix: {
      description: rlsOff
        ? 'Enable row level security and add policies that filter by owner or tenant.'
        : breaches.every((b) => b.handover)
          ? 'Give the UPDATE policy a WITH CHECK that holds the row to its owner (the same condition as USING), or leave WITH CHECK out so that USING applies to the new row too.'
          : 'Give open policies an explicit role (TO service_role for backend jobs; service_role bypasses RLS anyway), or filter them by owner/tenant like the other policies.',
      sql: rlsOff ? `ALTER TABLE ${c.table} ENABLE ROW LEVEL SECURITY;` : openPolicies.map(([k]) => `DROP POLICY ${q(splitName(k)[1])} ON ${c.table};  -- service_role bypasses RLS and needs no policy`).join('\n') || undefined,
    },
    evidence: {
      role: worst.role,
      table: c.table,
      operation: worst.operation,
      rows: worst.rows,
      breaches: breaches.map((b) => ({ role: b.role, operation: b.operation, rows: b.rows, of: b.of, ...(b.handover ? { movedColumn: b.handover } : {}) })),
      policies: grantingNames,
      ownership: c.ownership || undefined,
    },
  };
}

/** SQLSTATEs that do not depend on the rows: every request of that kind by that role meets them. */
const EVERY_REQUEST = /^(42|2F|0A)/;

/**
 * The errors among `errors` that are findings. Expected refusals are not: a row-level security
 * violation (the policies said no), permission denied where no policy opens that command to the role
 * (the table is closed on purpose), constraint violations of the probe's own rows, and errors of a
 * trigger the PR adds (the trigger probe fires and judges it: trigger-failed).
 */
export function realErrors(table: string, errors: RoleError[], entries: [string, PolicyInfo][], rowSecurity: boolean, input: ProbeInput): RoleError[] {
  const was = input.trace.before?.policies ?? {};
  // anon is meant to pass the grants only when a policy names it: a policy without TO applies to
  // every role, but with anon refused by the grants (basejump's schema, granted to authenticated
  // only) it is the signed-in users the policy serves, and anon is closed on purpose.
  // A schema without USAGE for a role is closed to it as a whole (pg_cron's cron, a private schema):
  // only a policy that names the role says it was meant to get in.
  const grantExpected = (role: string, op: Op, schema: boolean) => entries.some(([, p]) => p.permissive && applies(p, role, op) && ((role !== 'anon' && !schema) || p.roles.includes(role)));
  // Policies the PR adds or changes that open the command to the role, and where the PR last wrote each.
  const openedByPrAfter = (role: string, op: Op, at: number) =>
    entries.some(([k, p]) => p.permissive && applies(p, role, op) && JSON.stringify(was[k]) !== JSON.stringify(p) && lastPolicyWrite(table, splitName(k)[1], input) > at);
  const closedByPr = (role: string, op: Op) => {
    const at = lastRevoke(table, role, input);
    return at >= 0 && !openedByPrAfter(role, op, at);
  };
  // A trigger the PR adds is fired and judged by the trigger probe (trigger-failed): its error is not repeated here.
  const before = input.trace.before?.triggers ?? {};
  const probedTriggerFns = Object.entries(input.trace.after?.triggers ?? {})
    .filter(([k, t]) => t.table === table && before[k]?.definition !== t.definition)
    .map(([, t]) => t.function);
  return errors.filter((e) => {
    // PL/pgSQL context names the function with or without its schema ("PL/pgSQL function touch_note() line 3").
    if (e.where && probedTriggerFns.some((fn) => namesFunction(e.where!, fn))) return false;
    if (/row-level security/i.test(e.message)) return false;
    if (e.code?.startsWith('23') || /violates (unique|not-null|foreign key|check|exclusion) constraint/.test(e.message)) return false;
    if (/permission denied for (table|relation|view|sequence|schema)/.test(e.message)) return rowSecurity && grantExpected(e.role, e.op, /permission denied for schema/.test(e.message)) && !closedByPr(e.role, e.op);
    return true;
  });
}

/** The PR's REVOKEs and policy writes in the order they run, numbered: read once per probe input. */
interface PrPrivilegeWrites {
  revokes: { sql: string; at: number }[];
  /** `<relname>\u0000<policy>` → where it was last created or altered. */
  policies: Map<string, number>;
}
const writesOf = new WeakMap<ProbeInput, PrPrivilegeWrites>();

function prPrivilegeWrites(input: ProbeInput): PrPrivilegeWrites {
  let w = writesOf.get(input);
  if (w) return w;
  w = { revokes: [], policies: new Map() };
  let at = 0;
  for (const s of changedUp(input.sources)) {
    for (const st of s.statements) {
      if (st.kind === 'GrantStmt' && st.node.is_grant !== true) w.revokes.push({ sql: st.sql, at });
      if (st.kind === 'CreatePolicyStmt' || st.kind === 'AlterPolicyStmt') {
        const rv = st.node.table?.RangeVar ?? st.node.table;
        if (rv?.relname && st.node.policy_name) w.policies.set(`${rv.relname}\u0000${st.node.policy_name}`, at);
      }
      at++;
    }
  }
  writesOf.set(input, w);
  return w;
}

/**
 * Where the pull request last revokes the role's privileges on the table (`REVOKE ALL ON t FROM
 * authenticated`), or -1. Unless a policy opening the command is added after it, the table is closed
 * on purpose and a policy written before is dead (the Supabase auth-hook pattern closes user_roles to
 * the API roles this way, after the table's first migration gave it a read policy).
 */
function lastRevoke(table: string, role: string, input: ProbeInput): number {
  const [, rel] = splitName(table);
  const name = new RegExp(`\\bon\\s+(table\\s+)?("?[\\w$]+"?\\.)?"?${rel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s+from\\b[^;]*\\b${role}\\b`, 'i');
  let last = -1;
  for (const r of prPrivilegeWrites(input).revokes) if (name.test(r.sql)) last = r.at;
  return last;
}

/** Where the pull request last creates or alters the policy `policy` on the table, or -1. */
function lastPolicyWrite(table: string, policy: string, input: ProbeInput): number {
  return prPrivilegeWrites(input).policies.get(`${splitName(table)[1]}\u0000${policy}`) ?? -1;
}

/**
 * What the owner met on their own rows (`ownerRequests`): per command, the error, or undefined when
 * it went through; `owns` says the user owns the rows along a path the policies describe (an
 * ownership path was found), so that their failure is the owner's, not a stranger's.
 */
export interface OwnerOutcome {
  owns: boolean;
  met: Map<Op, RoleError | undefined>;
  /** Per command, why the exception the owner met may come from data the probe's users lack (rls-raise.ts). */
  unverified?: Map<Op, string>;
}

/** An exception raised by PL/pgSQL (RAISE, ASSERT, SELECT INTO STRICT): SQLSTATE class P0. */
export const RAISED = /^P0/;

/** The outermost PL/pgSQL frame of an error's context is a trigger function of `table`. */
function raisedInTrigger(table: string, e: RoleError, input: ProbeInput): boolean {
  const outer = e.where?.trim().split('\n').pop() ?? '';
  const fns = Object.values(input.trace.after?.triggers ?? {})
    .filter((t) => t.table === table)
    .map((t) => t.function);
  return fns.some((fn) => namesFunction(outer, fn));
}

/** An error context (PL/pgSQL frames) names the function `fn` (qualified or as its bare name). */
const namesFunction = (where: string, fn: string) => where.includes(`function ${fn}(`) || where.includes(`function ${fn.split('.').pop()}(`);

/** How a role's error is judged when not by the default policy; `setting`: the custom setting it needs each request to set. */
interface ErrorJudgement {
  severity: 'critical' | 'high' | 'medium' | 'low';
  why: string;
  unverified?: boolean;
  setting?: string;
}

/**
 * Severity of an exception a function raised while the roles acted (docs/severity.md): critical when
 * the owner's own request fails too (every request of that kind by the role fails, the owner's rows
 * included; a trigger's guard is left out, it may refuse everyone on purpose); low when only others
 * are refused (the owner's own request went through, or only anon met it): not a breach, clients get
 * an error instead of an empty result; low and "could not verify" when the owner met it but it is
 * raised only under a condition (a membership check the probe's users do not pass: they lack rows
 * real owners have); high when the probe cannot tell.
 */
function raisedSeverity(table: string, list: RoleError[], ops: Op[], owner: OwnerOutcome | undefined, input: ProbeInput): ErrorJudgement | undefined {
  const e = list[0]!;
  if (!RAISED.test(e.code ?? '')) return undefined;
  const signedIn = list.some((x) => x.signedIn);
  if (!signedIn) return { severity: 'low', why: `Only anon (no sign-in) met it: the exception refuses callers without a session, which is not a breach; clients get an error instead of an empty result.` };
  const met = owner ? ops.map((op) => (owner.met.has(op) ? owner.met.get(op) : null)) : [];
  if (owner && met.length && met.every((m) => m === undefined)) {
    return { severity: 'low', why: `The owner's own ${ops.join('/')} of their rows went through: the exception refuses other tenants' rows, which is not a breach, but clients get an error instead of an empty result (a policy that returns false refuses silently).` };
  }
  if (owner?.owns && met.some((m) => m && RAISED.test(m.code ?? '')) && !raisedInTrigger(table, e, input)) {
    const raisedOps = ops.filter((op) => RAISED.test(owner.met.get(op)?.code ?? ''));
    const conditions = [...new Set(raisedOps.map((op) => owner.unverified?.get(op)))];
    if (conditions.every((c) => c !== undefined)) {
      return {
        severity: 'low',
        unverified: true,
        why: `The owner's own ${raisedOps.join('/')} of their rows met it too, but ${conditions.join('; ')}. The probe's users carry only the rows the policies' ownership path asks for, so they may lack what the function checks (a membership row every real owner has): whether owners meet this exception in production could not be verified. Nothing leaked; check by hand that the function passes for a real owner.`,
      };
    }
    return { severity: 'critical', why: `The owner's own ${ops.join('/')} of their rows fails with it too: every such request by ${[...new Set(list.map((x) => x.role))].join(' or ')} fails in production, the owner's rows included.` };
  }
  return undefined;
}

/**
 * A custom setting (a dotted name) the request had not set: `unrecognized configuration parameter
 * "app.tenant_id"` from current_setting(). Each request sets it in production or not (a PostgREST
 * db-pre-request function, the application's SET LOCAL); the probe's requests are not those:
 * medium, could not verify (docs/severity.md).
 */
function sessionSettingSeverity(e: RoleError): ErrorJudgement | undefined {
  const setting = unsetSessionSetting(e);
  if (!setting) return undefined;
  return {
    severity: 'medium',
    unverified: true,
    setting,
    why: `current_setting('${setting}') fails in every request that has not set ${setting}. PostgREST sets only its own request.* settings; a request gets ${setting} from a db-pre-request function or the application, and the probe's requests got none, so what the policies let each user see could not be verified. Where a request does not set it, it fails.`,
  };
}

/** Errors the API roles met, as findings: one per table and error, with the roles and commands that met it. */
export function roleErrorFindings(table: string, errors: RoleError[], entries: [string, PolicyInfo][], rowSecurity: boolean, input: ProbeInput, owner?: OwnerOutcome): ProbeFinding[] {
  const real = realErrors(table, errors, entries, rowSecurity, input);
  const groups = new Map<string, RoleError[]>();
  for (const e of real) {
    const key = `${e.code ?? ''}\u0000${e.message}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: ProbeFinding[] = [];
  for (const list of groups.values()) {
    const e = list[0]!;
    const roles = [...new Set(list.map((x) => x.role))];
    const ops = [...new Set(list.map((x) => x.op))];
    const who = roles.map((r) => (r === 'anon' ? 'anon (no sign-in)' : list.some((x) => x.role === r && x.signedIn) ? `${r} (a signed-in user)` : r)).join(' and ');
    const every = EVERY_REQUEST.test(e.code ?? '') || /infinite recursion detected in policy|permission denied for/.test(e.message);
    const policyNames = entries.filter(([, p]) => p.permissive && roles.some((r) => ops.some((o) => applies(p, r, o)))).map(([k]) => splitName(k)[1]);
    const why =
      e.code === '42P17' || /infinite recursion detected in policy/.test(e.message)
        ? `A policy on ${table} reads a table whose policy reads ${table} back (or ${table} itself), so PostgreSQL cannot evaluate it: every ${ops.join('/')} of ${table} by ${roles.join(' or ')} fails in production, the owner's own rows included.`
        : /permission denied for/.test(e.message)
          ? `The policies on ${table} (${policyNames.join(', ') || 'permissive ones'}) open ${ops.join('/')} to ${roles.join(' and ')}, but the role lacks the privilege, so every such request fails before any policy is read.`
          : every
            ? `The error does not depend on the rows: every ${ops.join('/')} of ${table} by ${roles.join(' or ')} fails in production.`
            : `Requests like the probe's fail in production${e.where ? ` (raised in ${e.where.split('\n')[0]})` : ''}.`;
    const raised = raisedSeverity(table, list, ops, owner, input) ?? sessionSettingSeverity(e);
    const place = placeFor(table, policyNames, input);
    out.push({
      ruleId: 'role-request-failed',
      severity: raised?.severity ?? (every ? 'critical' : 'high'),
      phase: 'live',
      category: 'security',
      file: place.file,
      line: place.line,
      column: 1,
      endLine: place.endLine,
      migrationId: place.migrationId,
      object: table,
      title: raised?.setting
        ? `Could not verify ${ops.join('/')} on ${table} for ${roles.join(', ')}: it needs ${raised.setting} set by each request`
        : raised?.unverified
          ? `Could not verify ${ops.join('/')} on ${table} for ${roles.join(', ')}: a function raises an exception for the probe's users`
          : `${ops.join('/')} on ${table} fails for ${roles.join(', ')}`,
      message: `Acting as ${who}, ${ops.join(', ')} on ${table} failed: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}. ${raised?.why ?? why}`,
      fix: {
        description:
          e.code === '42P17' || /infinite recursion/.test(e.message)
            ? `Do not query a table protected by RLS from its own policy (directly or through another table's policy): read memberships through a SECURITY DEFINER function with an empty search_path, and call it from the policy.`
            : /permission denied for/.test(e.message)
              ? `GRANT ${ops.join(', ')} ON ${table} TO ${roles.join(', ')}; the policies then decide which rows.`
              : raised?.setting
              ? `Make sure every request sets ${raised.setting} (a PostgREST db-pre-request function, or the application's SET LOCAL), or read it with current_setting('${raised.setting}', true) so that a request without it is refused by the policy instead of failing.`
              : raised?.unverified
              ? `Nothing leaks. If the function raises to refuse callers who lack a row (not a member), make it return false for them instead, so that the policy refuses silently; if real owners meet it too, fix what it checks.`
              : raised?.severity === 'low'
              ? `Nothing leaks. To refuse others silently (an empty result rather than an error), make the function return false for them instead of raising, or write the condition into the policy.`
              : `Fix what raises the error (a function a policy, default or trigger calls) so that ${ops.join('/')} by ${roles.join(', ')} succeeds or is refused by a policy.`,
      },
      evidence: { table, roles, commands: ops, error: e.message, code: e.code, where: e.where, policies: policyNames, ...(raised?.unverified ? { unverified: true } : {}) },
    });
  }
  return out;
}
