// Triggers: for each trigger the PR adds or changes, fire its events on a probe row (in a
// transaction that is rolled back) and check that it runs without error; an updated_at-style trigger
// must move updated_at on UPDATE (checked without sleeping: the column is first set to an old value).
import type { Probe, ProbeInput, ProbeOutput } from './types.js';
import type { TriggerInfo } from '../catalog.js';
import type { StandIn } from '../trace.js';
import { attempt, q, rolledBack, RowFactory, Shapes, type OwnerContext, type ProbeFinding, type Row, type TableShape, unsetSessionSetting } from './util.js';
import { setJwtClaims } from './scope.js';
import { placeForCreated, triggerName } from './rls-judge.js';
import { raisedInHandler } from './rls-raise.js';
import { engineGapCause, extensionDefines, missingName } from '../gaps.js';

const TIMESTAMP_COLS = ['updated_at', 'modified_at', 'updated_on', 'last_modified', 'last_modified_at', 'updatedat', 'updatedAt', 'modified', 'date_updated'];

type ParsedTrigger = NonNullable<ReturnType<typeof parseTriggerDef>>;

export function parseTriggerDef(def: string): { timing: string; events: { op: string; cols?: string[] }[]; row: boolean } | undefined {
  const m = /\b(BEFORE|AFTER|INSTEAD OF)\s+(.+?)\s+ON\s+/i.exec(def);
  if (!m) return undefined;
  const events = m[2]!.split(/\s+OR\s+/i).map((e) => {
    const u = /^UPDATE\s+OF\s+(.+)$/i.exec(e.trim());
    return u ? { op: 'UPDATE', cols: u[1]!.split(',').map((c) => c.trim().replace(/^"|"$/g, '')) } : { op: e.trim().toUpperCase() };
  });
  return { timing: m[1]!.toUpperCase(), events, row: /FOR EACH ROW/i.test(def) };
}

/** What firing one trigger's events showed. */
interface Firing {
  problems: string[];
  /** The errors behind the problems, to tell the trigger's own from the review engine's. */
  errors: { code?: string; message: string }[];
  /** Operations whose failure does not depend on the probe row: every such write fails. */
  everyRow: Set<string>;
  ok: string[];
  /** Writes the trigger refused with its own RAISE: a guard doing its job, not a failure. */
  refused: string[];
  /** Why the trigger could not be fired at all (no valid probe row). */
  skipped: string;
}

/** One trigger under test, with what its events need. */
interface TriggerCase {
  key: string;
  name: string;
  trg: TriggerInfo;
  parsed: ParsedTrigger;
  shape: TableShape;
  fnName: string;
}

interface Tally {
  findings: ProbeFinding[];
  /** Findings the review could not verify (a platform extension's stand-in): they do not fail the probe. */
  unverified: ProbeFinding[];
  details: string[];
  notProbed: string[];
  probed: number;
}

export const triggerProbe: Probe = {
  id: 'trigger',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const { db, trace } = input;
    const before = trace.before!;
    const after = trace.after!;
    const triggers = Object.entries(after.triggers).filter(([k, t]) => before.triggers[k]?.definition !== t.definition);
    if (!triggers.length) {
      return { result: { probe: 'trigger', status: 'not-applicable', summary: 'the PR adds no triggers' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    }
    const shapes = new Shapes(db);
    const factory = new RowFactory(db, shapes);
    const tally: Tally = { findings: [], unverified: [], details: [], notProbed: [], probed: 0 };
    for (const [key, trg] of triggers) {
      const c = await triggerCase(key, trg, shapes, tally);
      if (!c) continue;
      const firing = await fire(c, factory, input, tally);
      // The engine decides only when every problem is an error it explains: a trigger that also does
      // not do its job (an updated_at it leaves alone) is judged as it stands.
      const ownProblems = firing.problems.length > firing.errors.length;
      judge(c, firing, input, tally, firing.errors.length && !ownProblems ? engineCauses(input, firing.errors) : undefined);
    }
    return {
      result: {
        probe: 'trigger',
        status: tally.findings.length ? 'failed' : tally.notProbed.length || tally.unverified.length ? 'partial' : 'passed',
        summary: tally.findings.length
          ? `${tally.findings.length} of ${triggers.length} trigger(s) failed or had no effect: ${tally.findings.map((f) => f.object).join(', ')}`
          : `${tally.probed - tally.unverified.length} of ${triggers.length} trigger(s) fired on a probe row without error${tally.unverified.length ? `; ${tally.unverified.length} could not be verified on the review engine's stand-in for a platform extension: ${tally.unverified.map((f) => f.object).join(', ')}` : ''}`,
        details: tally.details,
        notProbed: tally.notProbed,
      },
      findings: [...tally.findings, ...tally.unverified],
      objectsProbed: tally.probed,
      objectsNotProbed: tally.notProbed.filter((n) => !/TRUNCATE event not fired/.test(n)).length,
    };
  },
};

/** Stage 1: what the trigger is and where it fires, or why it cannot be probed (said in the tally). */
async function triggerCase(key: string, trg: TriggerInfo, shapes: Shapes, tally: Tally): Promise<TriggerCase | undefined> {
  const name = key.split('.').pop()!.replace(/"/g, '');
  const parsed = parseTriggerDef(trg.definition);
  const shape = await shapes.get(trg.table);
  if (!parsed || !shape) {
    tally.notProbed.push(`${key}: ${!shape ? `${trg.table} is not a plain table (view or foreign table)` : 'could not read its definition'}`);
    return undefined;
  }
  if (trg.enabled === 'D') {
    tally.notProbed.push(`${key}: disabled`);
    return undefined;
  }
  return { key, name, trg, parsed, shape, fnName: trg.function.split('.').pop()! };
}

/** Stage 2: insert a probe row and fire the trigger's events on it, in a transaction rolled back. */
async function fire(c: TriggerCase, factory: RowFactory, input: ProbeInput, tally: Tally): Promise<Firing> {
  const { db } = input;
  const f: Firing = { problems: [], errors: [], everyRow: new Set(), ok: [], refused: [], skipped: '' };
  const fires = (op: string) => c.parsed.events.some((e) => e.op === op);
  await rolledBack(db, async () => {
    const caller = await signInIfRead(c, factory, db);
    if (caller) tally.details.push(`${c.key}: fired as a signed-in user (${c.trg.function} reads the caller's identity, which API requests carry)`);
    const ctx: OwnerContext = { label: 'trigger', rows: new Map() };
    const row = await factory.insert(c.trg.table, ctx, {}, { fillFks: false });
    if (typeof row === 'string') {
      // The error as Postgres gave it (code, context), before the next insert replaces it.
      const error = factory.lastError;
      // Blame the trigger only if the same row goes in with the trigger switched off: otherwise the
      // generated row itself broke a constraint, which says nothing about the trigger.
      const causedByTrigger = fires('INSERT') && (await insertsWithout(db, c.trg.table, c.name, () => factory.insert(c.trg.table, { label: 'trigger-off', rows: new Map() }, {}, { fillFks: false })));
      if (causedByTrigger) await failed(db, f, 'INSERT', error ?? { message: row }, row);
      else f.skipped = `could not build a valid probe row for ${c.trg.table} (${row})`;
      return;
    }
    if (fires('INSERT')) f.ok.push('INSERT');
    if (fires('UPDATE')) await fireUpdate(c, row, db, f);
    if (fires('DELETE')) await fireDelete(c, row, db, f);
    if (fires('TRUNCATE')) tally.notProbed.push(`${c.key}: TRUNCATE event not fired (it would lock the whole table)`);
  });
  return f;
}

/**
 * A trigger function that reads the caller (auth.uid(), auth.jwt(), request.jwt.*) runs, in
 * production, inside API requests that carry a signed-in user's claims: fire it so, or it fails
 * on the NULL caller the probe would otherwise give it (basejump's set_invitation_details). Sets
 * the claims for the rest of the rolled-back transaction; the user id, or undefined.
 */
async function signInIfRead(c: TriggerCase, factory: RowFactory, db: ProbeInput['db']): Promise<string | undefined> {
  const src = await db
    .query<{ src: string | null; users: boolean }>(`select (select p.prosrc from pg_proc p where p.oid = to_regproc($1)) as src, to_regclass('auth.users') is not null as users`, [c.trg.function])
    .catch(() => undefined);
  const r = src?.rows[0];
  if (!r?.users || !/auth\.(uid|jwt|role)\s*\(|request\.jwt/i.test(r.src ?? '')) return undefined;
  const user = await factory.insert('auth.users', { label: 'trigger-caller', rows: new Map() }, {}, { fillFks: false });
  const uid = typeof user === 'string' ? undefined : user.id ?? undefined;
  if (!uid) return undefined;
  await setJwtClaims(db, { role: 'authenticated', sub: uid });
  return uid;
}

async function failed(db: ProbeInput['db'], f: Firing, op: string, e: { code?: string; message: string; where?: string }, blamed = e.message): Promise<void> {
  const raised = await raisedBy(db, e);
  if (raised === 'guard') {
    f.refused.push(`${op} refused by the trigger's own RAISE: ${blamed}`);
    return;
  }
  f.problems.push(`${op} failed: ${blamed}`);
  f.errors.push(e);
  // A RAISE that passes a caught error on carries its own SQLSTATE (P0001): the caught one's shows only in the text.
  if (failsForEveryRow(raised === 'handler' ? { message: e.message } : e)) f.everyRow.add(op);
}

function blame(c: TriggerCase, e: { message: string; where?: string }): string {
  return e.where && e.where.includes(c.fnName) ? `${e.message} (in ${c.trg.function})` : e.message;
}

async function fireUpdate(c: TriggerCase, row: Row, db: ProbeInput['db'], f: Firing): Promise<void> {
  const { shape, parsed } = c;
  const ofCols = parsed.events.find((e) => e.op === 'UPDATE')?.cols;
  const stampCol = shape.columns.find((x) => TIMESTAMP_COLS.includes(x.name) && /^(timestamp|date)/.test(x.base));
  const promisesStamp = /updat|modif|touch|timestamp|stamp/i.test(`${c.name} ${c.fnName}`) && !!stampCol && parsed.timing === 'BEFORE' && parsed.row;
  const setCol =
    ofCols?.[0] ??
    shape.columns.find((x) => !x.generated && x.identity !== 'a' && !shape.pk.includes(x.name) && x.name !== stampCol?.name)?.name ??
    shape.columns.find((x) => !x.generated)?.name;
  if (promisesStamp && stampCol) return fireStampUpdate(c, row, db, f, stampCol.name, setCol!);
  if (!setCol) return;
  const u = await attempt(db, `update ${shape.name} set ${q(setCol)} = ${q(setCol)} where ctid = $1::tid`, [row.__ctid], { keep: true });
  if (!u.ok) await failed(db, f, 'UPDATE', u.error, blame(c, u.error));
  else if (!u.affected && parsed.timing === 'BEFORE' && parsed.row) f.problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
  else f.ok.push('UPDATE');
}

/** An updated_at-style trigger: the column, set to an old value first, must move on UPDATE. */
async function fireStampUpdate(c: TriggerCase, row: Row, db: ProbeInput['db'], f: Firing, stampCol: string, setCol: string): Promise<void> {
  const { shape } = c;
  const old = '2000-01-01 00:00:00+00';
  // Put an old value in place without firing triggers when we may; else set it in the UPDATE itself.
  const quiet = await attempt(db, `set local session_replication_role = replica`, undefined, { keep: true });
  if (quiet.ok) {
    await db.query(`update ${shape.name} set ${q(stampCol)} = $1 where ctid = $2::tid`, [old, row.__ctid]);
    await db.query(`set local session_replication_role = origin`);
  }
  const u = await attempt<{ v: string }>(
    db,
    quiet.ok
      ? `update ${shape.name} set ${q(setCol)} = ${q(setCol)} where ${q(stampCol)} = $1 returning ${q(stampCol)}::text as v`
      : `update ${shape.name} set ${q(stampCol)} = $1 where ctid = $2::tid returning ${q(stampCol)}::text as v`,
    quiet.ok ? [old] : [old, row.__ctid],
    { keep: true },
  );
  if (!u.ok) await failed(db, f, 'UPDATE', u.error, blame(c, u.error));
  else if (!u.rows.length) f.problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
  else if (new Date(u.rows[0]!.v).getTime() !== new Date(old).getTime()) f.ok.push(`UPDATE (${stampCol} moved from ${old.slice(0, 10)} to ${u.rows[0]!.v})`);
  else f.problems.push(`UPDATE ran but ${stampCol} stayed at ${old}: the trigger does not set it`);
}

async function fireDelete(c: TriggerCase, row: Row, db: ProbeInput['db'], f: Firing): Promise<void> {
  const { shape } = c;
  const byPk = shape.pk.length && shape.pk.every((x) => row[x] != null);
  const d = byPk
    ? await attempt(db, `delete from ${shape.name} where ${shape.pk.map((x, i) => `${q(x)}::text = $${i + 1}`).join(' and ')}`, shape.pk.map((x) => row[x]), { keep: true })
    : await attempt(db, `delete from ${shape.name} where ctid = (select ctid from ${shape.name} order by ctid desc limit 1)`, undefined, { keep: true });
  if (!d.ok) await failed(db, f, 'DELETE', d.error, blame(c, d.error));
  else f.ok.push('DELETE');
}

/**
 * Stage 3: a trigger that failed or did not do its job becomes a trigger-failed finding. Errors that
 * all follow from the review engine (`causes`) do not: an engine gap is not verified, and a call a
 * platform extension's stand-in does not accept is a could-not-verify finding (docs/severity.md).
 */
function judge(c: TriggerCase, f: Firing, input: ProbeInput, tally: Tally, causes?: EngineCauses): void {
  const { key, name, trg, parsed } = c;
  if (f.skipped && !f.problems.length) {
    tally.notProbed.push(`${key}: ${f.skipped}`);
    return;
  }
  tally.probed++;
  // A guard (RAISE EXCEPTION 'deletes go through the API') refuses on purpose: said, never a failure.
  if (f.refused.length) tally.details.push(`${key}: ${f.refused.join('; ')} (a guard doing what it was written to do)`);
  if (!f.problems.length) {
    if (f.ok.length || !f.refused.length) tally.details.push(`${key}: fired on ${f.ok.join(', ') || 'nothing'} without error`);
    return;
  }
  tally.details.push(`${key}: ${f.problems.join('; ')}`);
  const at = placeForCreated(triggerName(trg.table, name), input, trg.table);
  if (causes && !causes.standIn) {
    tally.notProbed.push(`${key}: not verified: ${causes.gap}`);
    return;
  }
  if (causes?.standIn) {
    const ext = causes.standIn;
    tally.unverified.push({
      ruleId: 'trigger-failed',
      severity: 'medium',
      phase: 'live',
      category: 'integrity',
      ...at,
      column: 1,
      object: key,
      title: `Trigger ${name} on ${trg.table} could not be verified: it calls ${ext} in a form pgreview's stand-in does not accept`,
      message:
        `Fired on a probe row: ${f.problems.join('; ')}. ${ext} is a pgreview stand-in on the review engine, with the real extension's usual objects and signatures, not all of them: ` +
        `if the real ${ext} has no such object or signature either, every ${parsed.events.map((e) => e.op).join('/')} on ${trg.table} fails in production once this trigger is deployed.`,
      fix: { description: `Check the call against the real ${ext} (its argument types: an implicit cast must exist for each), then fire the trigger on a row of ${trg.table} where ${ext} is installed.` },
      evidence: { trigger: key, function: trg.function, problems: f.problems, couldNotVerify: true, standIn: ext },
    });
    return;
  }
  const settings = sessionSettingsRead(f.errors);
  if (settings) {
    const list = settings.join(', ');
    tally.unverified.push({
      ruleId: 'trigger-failed',
      severity: 'medium',
      phase: 'live',
      category: 'integrity',
      ...at,
      column: 1,
      object: key,
      title: `Trigger ${name} on ${trg.table} fails unless the writing session sets ${list}`,
      message:
        `Fired on a probe row: ${f.problems.join('; ')}. ${trg.function} reads the custom setting${settings.length > 1 ? 's' : ''} ${list} with current_setting(), which fails in every session that has not set ${settings.length > 1 ? 'them' : 'it'}: ` +
        `a write from your application goes through only if it sets ${list} first (SET, SET LOCAL or set_config), and one from a console, a job, a seed script or an API request that does not, fails. pgreview cannot tell whether every writer does.`,
      fix: {
        description: `Read ${settings.length > 1 ? 'them' : 'it'} with current_setting('${settings[0]}', true), which gives NULL when unset, and decide what the trigger does then; or make sure every session that writes to ${trg.table} sets ${list}.`,
      },
      evidence: { trigger: key, function: trg.function, problems: f.problems, couldNotVerify: true, sessionSettings: settings },
    });
    return;
  }
  tally.findings.push({
    ruleId: 'trigger-failed',
    // docs/severity.md: a failure that hits every write of a table in production is critical.
    severity: f.everyRow.size ? 'critical' : f.problems.some((p) => /failed|skips the write/.test(p)) ? 'high' : 'medium',
    phase: 'live',
    category: 'integrity',
    ...at,
    column: 1,
    object: key,
    title: `Trigger ${name} on ${trg.table} ${f.problems.some((p) => /failed/.test(p)) ? 'fails when it fires' : 'does not do what its name says'}`,
    message:
      `Fired on a probe row: ${f.problems.join('; ')}. ` +
      (f.everyRow.size
        ? `The error does not depend on the row's values, so every ${[...f.everyRow].join('/')} on ${trg.table} fails in production once this trigger is deployed.`
        : `Every ${parsed.events.map((e) => e.op).join('/')} on ${trg.table} with a row like the probe's will hit this in production.`),
    fix: { description: `Fix the trigger function ${trg.function} and test it with a row of ${trg.table}.` },
    evidence: { trigger: key, function: trg.function, problems: f.problems, failsForEveryRow: [...f.everyRow] },
  });
}

/**
 * The custom settings (a dotted name: `app.user_id`) whose absence every error of a firing reports
 * (`unrecognized configuration parameter`); undefined when any error is something else. Whether they
 * are set depends on the session that writes, which the probe is not.
 */
function sessionSettingsRead(errors: { code?: string; message: string }[]): string[] | undefined {
  const names = new Set<string>();
  for (const e of errors) {
    const name = unsetSessionSetting(e);
    if (!name) return undefined;
    names.add(name);
  }
  return names.size ? [...names].sort() : undefined;
}

/** Why every error of a firing is the review engine's: an engine gap, or a platform extension's stand-in. */
interface EngineCauses {
  gap?: string;
  /** The stood-in extension whose object or signature did not resolve. */
  standIn?: string;
}

/** The engine's causes when every error has one (ProbeInput.gaps, the trace's stand-ins); undefined when any error is the trigger's own. */
function engineCauses(input: ProbeInput, errors: { code?: string; message: string }[]): EngineCauses | undefined {
  const out: EngineCauses = {};
  for (const e of errors) {
    const gap = engineGapCause(e, input.gaps);
    if (gap) {
      out.gap ??= gap;
      continue;
    }
    const ext = /does not exist/.test(e.message) ? standInOf(input.trace.standIns, e.message.split('\n')[0]!) : undefined;
    if (!ext) return undefined;
    out.standIn ??= ext;
  }
  return out;
}

/**
 * The stood-in extension a "does not exist" message names an object of: one in a schema of the
 * stand-in's own (pgmq.send), or a name the extension defines wherever it lives (pgjwt's sign in
 * extensions, alongside the user's objects).
 */
function standInOf(standIns: StandIn[], message: string): string | undefined {
  const parts = missingName(message)?.split('.');
  const bySchema = parts && parts.length > 1 ? standIns.find((s) => s.schemas.includes(parts[0]!)) : undefined;
  return (bySchema ?? standIns.find((s) => extensionDefines(s.extension, message)))?.extension;
}

/** Does an insert succeed with the trigger disabled? Runs in a savepoint that is always rolled back. */
async function insertsWithout(db: ProbeInput['db'], table: string, trigger: string, insert: () => Promise<unknown>): Promise<boolean> {
  await db.query('savepoint pgreview_trigger_off');
  try {
    await db.query(`alter table ${table} disable trigger ${q(trigger)}`);
    return typeof (await insert()) !== 'string';
  } catch {
    return false;
  } finally {
    await db.exec('rollback to savepoint pgreview_trigger_off; release savepoint pgreview_trigger_off').catch(() => undefined);
  }
}

/**
 * Which RAISE wrote the error, when one did (the innermost frame of its context): 'guard' when it
 * stands outside any EXCEPTION handler — the trigger, or a function it calls, refuses the write on
 * purpose; 'handler' when it passes on an error the function caught (rls-raise.ts: raisedInHandler),
 * and a trigger that fails that way on every write is no guard. Postgres's own errors come from
 * other statements (undefined). When a function of the context cannot be read, the RAISE is taken
 * as the guard it reads as.
 */
async function raisedBy(db: ProbeInput['db'], e: { where?: string }): Promise<'guard' | 'handler' | undefined> {
  if (!/^PL\/pgSQL function .* at RAISE$/.test(e.where?.split('\n')[0]?.trim() ?? '')) return undefined;
  return (await raisedInHandler(db, e)) === true ? 'handler' : 'guard';
}

/**
 * An error that does not depend on the row being written: a name that does not resolve (`record "new"
 * has no field …`, undefined column/table/function, SQLSTATE class 42), a privilege the function lacks
 * (42501), a function that ends without RETURN (class 2F) or ends the transaction (2D). Any write that
 * fires the trigger meets it.
 */
export function failsForEveryRow(e: { code?: string; message: string }): boolean {
  if (e.code) return /^(42|2F|2D|39)/.test(e.code) || e.code === '0A000';
  return /record "(new|old)" has no field|column .* does not exist|relation .* does not exist|function .* does not exist|control reached end of trigger procedure without RETURN|permission denied/.test(e.message);
}
