// RLS isolation, proven as the real API roles: for each table the PR creates or whose policies or
// RLS flag it changes (in an API-exposed schema), rows are inserted as the owner for two users in
// two different tenants, along the ownership path the policies themselves describe; then anon and
// each signed-in user try SELECT, INSERT, UPDATE and DELETE on the other's rows.
import type { Probe, ProbeInput, ProbeOutput } from '../probes.js';
import type { PolicyInfo } from '../catalog.js';
import type { Statement } from '../../types.js';
import { randomUUID } from 'node:crypto';
import { ownershipPaths, type OwnershipPaths } from './policy-paths.js';
import { attempt, changedUp, lit, q, rolledBack, RowFactory, Shapes, type OwnerContext, type ProbeFinding, type Row } from './util.js';
// A policy name that says open access is on purpose, read exactly as the static rule reads it.
import { INTENT } from '../../../rules/policy-always-true-without-role.js';

type Op = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';
interface Breach {
  role: string;
  actor: string;
  operation: Op;
  rows: number;
  of: number;
  /** An UPDATE that moved rows into another user's ownership (WITH CHECK let it through). */
  handover?: boolean;
}

function splitName(name: string): [string, string] {
  const parts = name.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [name];
  const un = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
  return [un(parts[0]!), un(parts[parts.length - 1]!)];
}

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

function applies(p: PolicyInfo, role: string, op: Op): boolean {
  return (p.cmd === 'ALL' || p.cmd === op) && (p.roles.includes(role) || p.roles.includes('public'));
}

/** SELECT access that the policies declare on purpose: USING (true) to named roles, or a name saying so. */
function declaredShared(policies: PolicyInfo[], role: string, names: string[]): boolean {
  return policies.some(
    (p, i) => p.permissive && (p.cmd === 'SELECT' || p.cmd === 'ALL') && p.qual?.trim() === 'true' && ((p.roles.includes(role) && !p.roles.includes('public')) || INTENT.test(names[i] ?? '')),
  );
}

export const rlsIsolationProbe: Probe = {
  id: 'rls-isolation',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const { db } = input;
    const after = input.trace.after!;
    const tables = rlsCandidates(input);
    const out: ProbeOutput = { result: { probe: 'rls-isolation', status: 'passed', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    if (!tables.length) {
      out.result = { probe: 'rls-isolation', status: 'not-applicable', summary: 'no table in an API-exposed schema was created or had its policies or RLS changed' };
      return out;
    }
    const roles = (await db.query<{ r: string }>(`select rolname as r from pg_roles where rolname in ('anon', 'authenticated')`)).rows.map((r) => r.r);
    if (!roles.includes('anon') || !roles.includes('authenticated')) {
      out.result = {
        probe: 'rls-isolation',
        status: 'not-run',
        summary: `no anon/authenticated API roles on this database (preset ${input.preset}): isolation of ${tables.length} table(s) was not tested as real roles`,
        notProbed: tables.map((t) => `${t}: no API roles to act as`),
      };
      out.objectsNotProbed = tables.length;
      return out;
    }

    const details: string[] = [];
    const notProbed: string[] = [];
    const shapes = new Shapes(db);
    const factory = new RowFactory(db, shapes);
    const policyEntries = Object.entries(after.policies);

    await rolledBack(db, async () => {
      // Two users, each in a tenant of their own (their parents are created on demand).
      const users: { ctx: OwnerContext; uid: string }[] = [];
      const hasAuthUsers = !!(await shapes.get('auth.users'));
      for (const label of ['A', 'B']) {
        const uid = randomUUID();
        const ctx: OwnerContext = { label, rows: new Map() };
        if (hasAuthUsers) {
          const u = await factory.insert('auth.users', ctx, { id: uid, email: `probe-${label.toLowerCase()}-${uid.slice(0, 8)}@example.invalid` });
          if (typeof u !== 'string') ctx.rows.set('auth.users', u);
          else details.push(`could not create auth.users row for user ${label}: ${u}`);
        }
        users.push({ ctx, uid });
      }

      for (const table of tables) {
        const policies = policyEntries.filter(([, p]) => p.table === table);
        const snapshot = users.map((u) => new Map(u.ctx.rows));
        try {
          await rolledBack(
            db,
            async () => {
              const r = await probeTable(table, policies);
              if (r) {
                out.objectsProbed++;
              }
            },
            { nested: true },
          );
        } catch (e) {
          notProbed.push(`${table}: ${(e as Error).message}`);
          out.objectsNotProbed++;
        }
        users.forEach((u, i) => (u.ctx.rows = snapshot[i]!));
      }

      async function probeTable(table: string, entries: [string, PolicyInfo][]): Promise<boolean> {
        const shape = await shapes.get(table);
        if (!shape) {
          notProbed.push(`${table}: not a plain table`);
          out.objectsNotProbed++;
          return false;
        }
        const policies = entries.map(([, p]) => p);
        const names = entries.map(([k]) => splitName(k)[1]);
        const paths = shape.rowSecurity ? await ownershipPaths(table, policies, shapes) : emptyPaths();
        const perUser: Row[][] = [];
        for (const u of users) {
          const made = await ownRows(table, u, paths);
          if (typeof made === 'string') {
            notProbed.push(`${table}: could not insert representative rows (${made})`);
            out.objectsNotProbed++;
            return false;
          }
          perUser.push(made);
        }
        const [rowsA, rowsB] = perUser as [Row[], Row[]];
        const ctids = (rows: Row[]) => rows.map((r) => r.__ctid);
        const all = [...ctids(rowsA), ...ctids(rowsB)];
        const claims = (role: string, uid?: string) => JSON.stringify(uid ? { sub: uid, role, aud: role } : { role });
        const asRole = async <T>(role: string, uid: string | undefined, fn: () => Promise<T>): Promise<T> =>
          rolledBack(
            db,
            async () => {
              await db.query(`select set_config('request.jwt.claims', $1, true), set_config('request.jwt.claim.sub', $2, true), set_config('request.jwt.claim.role', $3, true)`, [
                claims(role, uid),
                uid ?? '',
                role,
              ]);
              await db.query(`set local role ${q(role)}`);
              return fn();
            },
            { nested: true },
          );
        // Every error a role meets is kept and judged (roleErrorFindings): none is read as "no access".
        const errors: RoleError[] = [];
        const visible = async (role: string, uid?: string) =>
          asRole(role, uid, async () => {
            const r = await attempt<{ c: string }>(db, `select ctid::text as c from ${shape.name} where ctid = any($1::tid[])`, [all]);
            if (!r.ok) errors.push({ role, signedIn: !!uid, op: 'SELECT', message: r.error.message, code: r.error.code, where: r.error.where });
            return new Set(r.ok ? r.rows.map((x) => x.c) : []);
          });
        const affected = async (role: string, uid: string | undefined, sql: string, target: string[]) =>
          asRole(role, uid, async () => {
            const r = await attempt(db, sql, [target]);
            if (!r.ok) errors.push({ role, signedIn: !!uid, op: /^update/i.test(sql) ? 'UPDATE' : 'DELETE', message: r.error.message, code: r.error.code, where: r.error.where });
            return r.ok ? r.affected : 0;
          });
        const setCol = shape.columns.find((c) => !c.generated && c.identity !== 'a' && !shape.pk.includes(c.name)) ?? shape.columns.find((c) => !c.generated && c.identity !== 'a');
        const canInsertFor = async (role: string, uid: string | undefined, owner: (typeof users)[number]) =>
          asRole(role, uid, async () => {
            const made = await factory.insert(table, owner.ctx, overridesFor(table, owner, paths), { returning: false, fillFks: true, fill: paths.targetCols });
            if (typeof made === 'string') errors.push({ role, signedIn: !!uid, op: 'INSERT', message: made, code: factory.lastCode });
            return typeof made !== 'string';
          });

        const seenA = await visible('authenticated', users[0]!.uid);
        const seenB = await visible('authenticated', users[1]!.uid);
        const seenAnon = await visible('anon');
        const ownA = ctids(rowsA).some((c) => seenA.has(c));
        const ownB = ctids(rowsB).some((c) => seenB.has(c));
        const breaches: Breach[] = [];
        const count = (seen: Set<string>, rows: Row[]) => ctids(rows).filter((c) => seen.has(c)).length;

        const crossRead = count(seenB, rowsA) + count(seenA, rowsB);
        if (crossRead && !declaredShared(policies, 'authenticated', names)) {
          breaches.push({ role: 'authenticated', actor: 'another tenant’s user', operation: 'SELECT', rows: crossRead, of: all.length });
        }
        const anonRead = count(seenAnon, [...rowsA, ...rowsB]);
        if (anonRead && !declaredShared(policies, 'anon', names)) breaches.push({ role: 'anon', actor: 'anon (no sign-in)', operation: 'SELECT', rows: anonRead, of: all.length });

        if (setCol) {
          const upd = `update ${shape.name} set ${q(setCol.name)} = ${q(setCol.name)} where ctid = any($1::tid[])`;
          const del = `delete from ${shape.name} where ctid = any($1::tid[])`;
          const bUpd = await affected('authenticated', users[1]!.uid, upd, ctids(rowsA));
          if (bUpd) breaches.push({ role: 'authenticated', actor: 'another tenant’s user', operation: 'UPDATE', rows: bUpd, of: rowsA.length });
          const aUpd = await affected('anon', undefined, upd, all);
          if (aUpd) breaches.push({ role: 'anon', actor: 'anon (no sign-in)', operation: 'UPDATE', rows: aUpd, of: all.length });
          const bDel = await affected('authenticated', users[1]!.uid, del, ctids(rowsA));
          if (bDel) breaches.push({ role: 'authenticated', actor: 'another tenant’s user', operation: 'DELETE', rows: bDel, of: rowsA.length });
          const aDel = await affected('anon', undefined, del, all);
          if (aDel) breaches.push({ role: 'anon', actor: 'anon (no sign-in)', operation: 'DELETE', rows: aDel, of: all.length });
        }
        // WITH CHECK: user A moves their own rows into user B's ownership (the owner column set to B).
        // USING lets A touch the rows; only WITH CHECK (or its absence) decides where they may go.
        const ownerCol = [...(paths.uidCols.get(table) ?? [])].find((c) => shape.columns.some((x) => x.name === c && !x.generated));
        if (ownerCol && shape.rowSecurity && ctids(rowsA).length) {
          const handover = await affected('authenticated', users[0]!.uid, `update ${shape.name} set ${q(ownerCol)} = ${lit(users[1]!.uid)} where ctid = any($1::tid[])`, ctids(rowsA));
          if (handover) breaches.push({ role: 'authenticated', actor: 'a signed-in user', operation: 'UPDATE', rows: handover, of: rowsA.length, handover: true });
        }
        if (await canInsertFor('authenticated', users[1]!.uid, users[0]!)) breaches.push({ role: 'authenticated', actor: 'another tenant’s user', operation: 'INSERT', rows: 1, of: 1 });
        if (await canInsertFor('anon', undefined, users[0]!)) breaches.push({ role: 'anon', actor: 'anon (no sign-in)', operation: 'INSERT', rows: 1, of: 1 });

        const tenantPath = describePath(table, paths);
        const failing = roleErrorFindings(table, errors, entries, shape.rowSecurity, input);
        out.findings.push(...failing);
        for (const f of failing) details.push(`${table}: ${f.title}: ${(f.evidence as { error: string }).error}`);
        if (!breaches.length && failing.length) return true;
        if (!breaches.length) {
          if (shape.rowSecurity && !ownA && !ownB && policies.length) {
            notProbed.push(
              `${table}: neither test user could read their own rows, so the ownership path was not exercised${paths.opaqueCalls.length ? ` (policies call ${paths.opaqueCalls.join(', ')})` : ''}; no cross-tenant access was seen`,
            );
            out.objectsNotProbed++;
            return false;
          }
          details.push(`${table}: isolated for anon and across tenants (SELECT/INSERT/UPDATE/DELETE)${tenantPath ? `; ownership via ${tenantPath}` : ''}${!policies.length && shape.rowSecurity ? '; RLS on with no policy: nobody reads it through the API' : ''}`);
          return true;
        }
        const anon = breaches.filter((b) => b.role === 'anon');
        const cross = breaches.filter((b) => b.role !== 'anon' && !b.handover);
        const moved = breaches.filter((b) => b.handover);
        const applicable = entries.filter(([, p]) => p.permissive && breaches.some((b) => applies(p, b.role, b.operation)));
        const open = applicable.filter(([, p]) => p.qual?.trim() === 'true' || p.withCheck?.trim() === 'true');
        const granting = open.length ? open : applicable;
        const grantingNames = granting.map(([k, p]) => `${splitName(k)[1]} (${p.cmd}${p.roles.includes('public') ? ', no TO clause: every role' : ` TO ${p.roles.join(', ')}`}, USING ${p.qual ?? '—'}${p.withCheck ? `, WITH CHECK ${p.withCheck}` : ''})`);
        const worst = anon.find((b) => b.operation === 'SELECT') ?? cross.find((b) => b.operation === 'SELECT') ?? breaches[0]!;
        const rlsOff = !shape.rowSecurity;
        const say = (bs: Breach[]) =>
          bs
            .map((b) =>
              b.operation === 'SELECT'
                ? `read ${b.rows} of ${b.of} rows`
                : b.operation === 'INSERT'
                  ? rlsOff
                    ? 'insert rows'
                    : 'insert rows into the other tenant'
                  : `${b.operation.toLowerCase()} ${b.rows} of ${b.of} rows`,
            )
            .join(', ');
        const parts: string[] = [];
        if (anon.length) parts.push(`anon (the public API key, no sign-in) could ${say(anon)}`);
        if (cross.length) parts.push(rlsOff ? `any signed-in user could ${say(cross)}` : `a signed-in user of another tenant could ${say(cross)}`);
        for (const b of moved) parts.push(`a signed-in user could move ${b.rows} of ${b.of} of their own rows into another user's ownership (UPDATE … SET ${ownerCol} = <other user>: no WITH CHECK refuses it)`);
        const stmt = placeFor(table, granting.map(([k]) => splitName(k)[1]), input);
        out.findings.push({
          ruleId: 'rls-isolation-breach',
          // Reading is high with RLS off and reads only; handing one's own rows to another user (WITH CHECK) is high.
          severity: (rlsOff && !breaches.some((b) => b.operation !== 'SELECT')) || breaches.every((b) => b.handover) ? 'high' : 'critical',
          phase: 'live',
          category: 'security',
          file: stmt.file,
          line: stmt.line,
          column: 1,
          endLine: stmt.endLine,
          migrationId: stmt.migrationId,
          object: table,
          title: anon.length || cross.length ? `Rows of ${table} leak ${anon.length ? 'to anon' : 'across tenants'}` : `Users can hand their rows of ${table} to other users`,
          message: `Acting as the real API roles on rows inserted ${rlsOff ? 'as the owner' : 'for two users in different tenants'}, ${parts.join('; ')} in ${table}. ${
            rlsOff
              ? 'Row level security is off on this table, so the table grants alone decide.'
              : grantingNames.length
                ? `Permissive policies are ORed: ${grantingNames.join('; ')} let${granting.length === 1 ? 's' : ''} it through${granting.some(([, p]) => p.roles.includes('public')) ? ' — a policy without TO applies to every role, anon included' : ''}.`
                : ''
          }`,
          fix: {
            description: rlsOff
              ? 'Enable row level security and add policies that filter by owner or tenant.'
              : 'Give open policies an explicit role (TO service_role for backend jobs; service_role bypasses RLS anyway), or filter them by owner/tenant like the other policies.',
            sql: rlsOff
              ? `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`
              : granting
                  .filter(([, p]) => p.qual?.trim() === 'true' || p.withCheck?.trim() === 'true')
                  .map(([k]) => `DROP POLICY ${q(splitName(k)[1])} ON ${table};  -- service_role bypasses RLS and needs no policy`)
                  .join('\n') || undefined,
          },
          evidence: {
            role: worst.role,
            table,
            operation: worst.operation,
            rows: worst.rows,
            breaches: breaches.map((b) => ({ role: b.role, operation: b.operation, rows: b.rows, of: b.of })),
            policies: grantingNames,
            ownership: tenantPath || undefined,
          },
        });
        details.push(`${table}: LEAK — ${parts.join('; ')}`);
        return true;
      }

      async function ownRows(table: string, u: (typeof users)[number], paths: OwnershipPaths): Promise<Row[] | string> {
        // Rows in the tables the policies read (profiles, memberships…) for this user, first.
        for (const ref of paths.refTables) {
          if (u.ctx.rows.has(ref) || ref === 'auth.users') continue;
          const uidCols = paths.uidCols.get(ref);
          if (uidCols?.size) {
            const where = [...uidCols].map((c) => `${q(c)}::text = $1`).join(' and ');
            const existing = await attempt<Row>(db, `select ctid::text as __ctid, * from ${ref} where ${where} limit 1`, [u.uid]);
            if (existing.ok && existing.rows[0]) {
              const row = Object.fromEntries(Object.entries(existing.rows[0]).map(([k, v]) => [k, v == null ? null : String(v)])) as Row;
              u.ctx.rows.set(ref, row);
              continue;
            }
          }
          const made = await factory.insert(ref, u.ctx, overridesFor(ref, u, paths), { fillFks: true, fill: colsOf(ref, paths) });
          if (typeof made === 'string') return `row in ${ref} for the policy's ownership path: ${made}`;
          u.ctx.rows.set(ref, made);
        }
        const rows: Row[] = [];
        for (let i = 0; i < 2; i++) {
          const made = await factory.insert(table, u.ctx, overridesFor(table, u, paths), { fillFks: true, fill: paths.targetCols });
          if (typeof made === 'string') {
            if (i === 0) return made;
            break; // a second row can collide with a unique key: one is enough
          }
          rows.push(made);
        }
        return rows;
      }

      function overridesFor(table: string, u: (typeof users)[number], paths: OwnershipPaths): Record<string, string | null> {
        const o: Record<string, string | null> = {};
        for (const c of paths.uidCols.get(table) ?? []) o[c] = u.uid;
        for (const [a, b] of paths.links) {
          for (const [mine, other] of [
            [a, b],
            [b, a],
          ] as const) {
            if (mine.table !== table || mine.col in o) continue;
            const row = other.table === table ? undefined : u.ctx.rows.get(other.table);
            const v = row?.[other.col];
            if (v != null) o[mine.col] = v;
          }
        }
        return o;
      }
    });

    const leaks = out.findings.filter((f) => f.ruleId === 'rls-isolation-breach');
    const failures = out.findings.filter((f) => f.ruleId === 'role-request-failed');
    out.result = {
      probe: 'rls-isolation',
      status: out.findings.length ? 'failed' : notProbed.length ? 'partial' : 'passed',
      summary: out.findings.length
        ? [
            leaks.length ? `${leaks.length} of ${tables.length} table(s) leak rows to anon or across tenants: ${leaks.map((f) => f.object).join(', ')}` : '',
            failures.length ? `${failures.length} request kind(s) fail as the API roles: ${failures.map((f) => f.title).join('; ')}` : '',
          ]
            .filter(Boolean)
            .join('; ')
        : `${out.objectsProbed} of ${tables.length} table(s) isolated as anon and across two tenants (SELECT/INSERT/UPDATE/DELETE)${notProbed.length ? `; ${notProbed.length} not probed` : ''}`,
      details,
      notProbed,
    };
    return out;
  },
};

interface RoleError {
  role: string;
  signedIn: boolean;
  op: Op;
  message: string;
  code?: string;
  where?: string;
}

/** SQLSTATEs that do not depend on the rows: every request of that kind by that role meets them. */
const EVERY_REQUEST = /^(42|2F|0A)/;

/**
 * Errors the API roles met while the probe acted as them, as findings (one per table and error, with
 * the roles and commands that met it). Expected refusals are not errors: a row-level security
 * violation (the policies said no), permission denied where no policy opens that command to the
 * role (the table is closed on purpose), and constraint violations of the probe's own rows.
 */
export function roleErrorFindings(table: string, errors: RoleError[], entries: [string, PolicyInfo][], rowSecurity: boolean, input: ProbeInput): ProbeFinding[] {
  const opened = (role: string, op: Op) => entries.some(([, p]) => p.permissive && applies(p, role, op));
  // A trigger the PR adds is fired and judged by the trigger probe (trigger-failed): its error is not repeated here.
  const before = input.trace.before?.triggers ?? {};
  const probedTriggerFns = Object.entries(input.trace.after?.triggers ?? {})
    .filter(([k, t]) => t.table === table && before[k]?.definition !== t.definition)
    .map(([, t]) => t.function);
  const real = errors.filter((e) => {
    // PL/pgSQL context names the function with or without its schema ("PL/pgSQL function touch_note() line 3").
    if (e.where && probedTriggerFns.some((fn) => e.where!.includes(`function ${fn}(`) || e.where!.includes(`function ${fn.split('.').pop()}(`))) return false;
    if (/row-level security/i.test(e.message)) return false;
    if (e.code?.startsWith('23') || /violates (unique|not-null|foreign key|check|exclusion) constraint/.test(e.message)) return false;
    if (/permission denied for (table|relation|view|sequence|schema)/.test(e.message)) return rowSecurity && opened(e.role, e.op);
    return true;
  });
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
    const place = placeFor(table, policyNames, input);
    out.push({
      ruleId: 'role-request-failed',
      severity: every ? 'critical' : 'high',
      phase: 'live',
      category: 'security',
      file: place.file,
      line: place.line,
      column: 1,
      endLine: place.endLine,
      migrationId: place.migrationId,
      object: table,
      title: `${ops.join('/')} on ${table} fails for ${roles.join(', ')}`,
      message: `Acting as ${who}, ${ops.join(', ')} on ${table} failed: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}. ${why}`,
      fix: {
        description:
          e.code === '42P17' || /infinite recursion/.test(e.message)
            ? `Do not query a table protected by RLS from its own policy (directly or through another table's policy): read memberships through a SECURITY DEFINER function with an empty search_path, and call it from the policy.`
            : /permission denied for/.test(e.message)
              ? `GRANT ${ops.join(', ')} ON ${table} TO ${roles.join(', ')}; the policies then decide which rows.`
              : `Fix what raises the error (a function a policy, default or trigger calls) so that ${ops.join('/')} by ${roles.join(', ')} succeeds or is refused by a policy.`,
      },
      evidence: { table, roles, commands: ops, error: e.message, code: e.code, where: e.where, policies: policyNames },
    });
  }
  return out;
}

function emptyPaths(): OwnershipPaths {
  return { uidCols: new Map(), links: [], refTables: [], targetCols: new Set(), opaqueCalls: [] };
}

function colsOf(table: string, paths: OwnershipPaths): Set<string> {
  const s = new Set(paths.uidCols.get(table) ?? []);
  for (const [a, b] of paths.links) for (const c of [a, b]) if (c.table === table) s.add(c.col);
  return s;
}

function describePath(table: string, paths: OwnershipPaths): string {
  const parts: string[] = [];
  for (const [t, cols] of paths.uidCols) for (const c of cols) parts.push(`${t === table ? '' : `${t}.`}${c} = auth.uid()`);
  for (const [a, b] of paths.links) parts.push(`${a.table === table ? '' : `${a.table}.`}${a.col} = ${b.table === table ? '' : `${b.table}.`}${b.col}`);
  return parts.join(', ');
}

/** Where to place a finding about a table: the PR's CREATE POLICY that opened it, else what created the table. */
export function placeFor(table: string, policyNames: string[], input: ProbeInput): { file: string; line: number; endLine: number; migrationId?: string } {
  const [, rel] = splitName(table);
  const stmts = changedUp(input.sources).flatMap((s) => s.statements);
  const onTable = (st: Statement, node: any) => node?.relname === rel;
  const pick =
    stmts.find((st) => st.kind === 'CreatePolicyStmt' && onTable(st, st.node.table?.RangeVar ?? st.node.table) && policyNames.includes(st.node.policy_name)) ??
    stmts.find((st) => st.kind === 'CreateStmt' && onTable(st, st.node.relation?.RangeVar ?? st.node.relation)) ??
    stmts.find((st) => new RegExp(`\\b${rel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(st.sql)) ??
    stmts[0];
  if (!pick) {
    const m = input.set.migrations.find((x) => x.status !== 'base');
    return { file: m?.path ?? '', line: 1, endLine: 1, migrationId: m?.id };
  }
  return { file: pick.file, line: pick.span.line, endLine: pick.span.endLine, migrationId: pick.migrationId };
}
