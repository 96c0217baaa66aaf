// Triggers: for each trigger the PR adds or changes, fire its events on a probe row (in a
// transaction that is rolled back) and check that it runs without error; an updated_at-style trigger
// must move updated_at on UPDATE (checked without sleeping: the column is first set to an old value).
import type { Probe, ProbeInput, ProbeOutput } from './types.js';
import { attempt, q, rolledBack, RowFactory, Shapes, type OwnerContext, type ProbeFinding } from './util.js';
import { placeFor } from './rls-judge.js';

const TIMESTAMP_COLS = ['updated_at', 'modified_at', 'updated_on', 'last_modified', 'last_modified_at', 'updatedat', 'updatedAt', 'modified', 'date_updated'];

export function parseTriggerDef(def: string): { timing: string; events: { op: string; cols?: string[] }[]; row: boolean } | undefined {
  const m = /\b(BEFORE|AFTER|INSTEAD OF)\s+(.+?)\s+ON\s+/i.exec(def);
  if (!m) return undefined;
  const events = m[2]!.split(/\s+OR\s+/i).map((e) => {
    const u = /^UPDATE\s+OF\s+(.+)$/i.exec(e.trim());
    return u ? { op: 'UPDATE', cols: u[1]!.split(',').map((c) => c.trim().replace(/^"|"$/g, '')) } : { op: e.trim().toUpperCase() };
  });
  return { timing: m[1]!.toUpperCase(), events, row: /FOR EACH ROW/i.test(def) };
}

export const triggerProbe: Probe = {
  id: 'trigger',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const { db, trace } = input;
    const before = trace.before!;
    const after = trace.after!;
    const out: ProbeOutput = { result: { probe: 'trigger', status: 'passed', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const triggers = Object.entries(after.triggers).filter(([k, t]) => before.triggers[k]?.definition !== t.definition);
    if (!triggers.length) {
      out.result = { probe: 'trigger', status: 'not-applicable', summary: 'the PR adds no triggers' };
      return out;
    }
    const shapes = new Shapes(db);
    const factory = new RowFactory(db, shapes);
    const details: string[] = [];
    const notProbed: string[] = [];

    for (const [key, trg] of triggers) {
      const name = key.split('.').pop()!.replace(/"/g, '');
      const parsed = parseTriggerDef(trg.definition);
      const shape = await shapes.get(trg.table);
      if (!parsed || !shape) {
        notProbed.push(`${key}: ${!shape ? `${trg.table} is not a plain table (view or foreign table)` : 'could not read its definition'}`);
        out.objectsNotProbed++;
        continue;
      }
      if (trg.enabled === 'D') {
        notProbed.push(`${key}: disabled`);
        out.objectsNotProbed++;
        continue;
      }
      const problems: string[] = [];
      /** Operations whose failure does not depend on the probe row: every such write fails. */
      const everyRow = new Set<string>();
      const ok: string[] = [];
      let skipped = '';
      const fnName = trg.function.split('.').pop()!;
      const blame = (e: { message: string; where?: string }) => (e.where && e.where.includes(fnName) ? `${e.message} (in ${trg.function})` : e.message);
      await rolledBack(db, async () => {
        const ctx: OwnerContext = { label: 'trigger', rows: new Map() };
        const fires = (op: string) => parsed.events.some((e) => e.op === op);
        const row = await factory.insert(trg.table, ctx, {}, { fillFks: false });
        if (typeof row === 'string') {
          // Blame the trigger only if the same row goes in with the trigger switched off: otherwise the
          // generated row itself broke a constraint, which says nothing about the trigger.
          const causedByTrigger = fires('INSERT') && (await insertsWithout(db, trg.table, name, () => factory.insert(trg.table, { label: 'trigger-off', rows: new Map() }, {}, { fillFks: false })));
          if (causedByTrigger) {
            problems.push(`INSERT failed: ${row}`);
            if (failsForEveryRow({ message: row })) everyRow.add('INSERT');
          }
          else skipped = `could not build a valid probe row for ${trg.table} (${row})`;
          return;
        }
        if (fires('INSERT')) ok.push('INSERT');
        if (fires('UPDATE')) {
          const ofCols = parsed.events.find((e) => e.op === 'UPDATE')?.cols;
          const stampCol = shape.columns.find((c) => TIMESTAMP_COLS.includes(c.name) && /^(timestamp|date)/.test(c.base));
          const promisesStamp = /updat|modif|touch|timestamp|stamp/i.test(`${name} ${fnName}`) && !!stampCol && parsed.timing === 'BEFORE' && parsed.row;
          const setCol = ofCols?.[0] ?? shape.columns.find((c) => !c.generated && c.identity !== 'a' && !shape.pk.includes(c.name) && c.name !== stampCol?.name)?.name ?? shape.columns.find((c) => !c.generated)?.name;
          if (promisesStamp && stampCol) {
            const old = '2000-01-01 00:00:00+00';
            // Put an old value in place without firing triggers when we may; else set it in the UPDATE itself.
            const quiet = await attempt(db, `set local session_replication_role = replica`, undefined, { keep: true });
            if (quiet.ok) {
              await db.query(`update ${shape.name} set ${q(stampCol.name)} = $1 where ctid = $2::tid`, [old, row.__ctid]);
              await db.query(`set local session_replication_role = origin`);
            }
            const u = await attempt<{ v: string }>(
              db,
              quiet.ok
                ? `update ${shape.name} set ${q(setCol!)} = ${q(setCol!)} where ${q(stampCol.name)} = $1 returning ${q(stampCol.name)}::text as v`
                : `update ${shape.name} set ${q(stampCol.name)} = $1 where ctid = $2::tid returning ${q(stampCol.name)}::text as v`,
              quiet.ok ? [old] : [old, row.__ctid],
              { keep: true },
            );
            if (!u.ok) {
              problems.push(`UPDATE failed: ${blame(u.error)}`);
              if (failsForEveryRow(u.error)) everyRow.add('UPDATE');
            }
            else if (!u.rows.length) problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
            else {
              const moved = new Date(u.rows[0]!.v).getTime() !== new Date(old).getTime();
              if (moved) ok.push(`UPDATE (${stampCol.name} moved from ${old.slice(0, 10)} to ${u.rows[0]!.v})`);
              else problems.push(`UPDATE ran but ${stampCol.name} stayed at ${old}: the trigger does not set it`);
            }
          } else if (setCol) {
            const u = await attempt(db, `update ${shape.name} set ${q(setCol)} = ${q(setCol)} where ctid = $1::tid`, [row.__ctid], { keep: true });
            if (!u.ok) {
              problems.push(`UPDATE failed: ${blame(u.error)}`);
              if (failsForEveryRow(u.error)) everyRow.add('UPDATE');
            }
            else if (!u.affected && parsed.timing === 'BEFORE' && parsed.row) problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
            else ok.push('UPDATE');
          }
        }
        if (fires('DELETE')) {
          const byPk = shape.pk.length && shape.pk.every((c) => row[c] != null);
          const d = byPk
            ? await attempt(db, `delete from ${shape.name} where ${shape.pk.map((c, i) => `${q(c)}::text = $${i + 1}`).join(' and ')}`, shape.pk.map((c) => row[c]), { keep: true })
            : await attempt(db, `delete from ${shape.name} where ctid = (select ctid from ${shape.name} order by ctid desc limit 1)`, undefined, { keep: true });
          if (!d.ok) {
            problems.push(`DELETE failed: ${blame(d.error)}`);
            if (failsForEveryRow(d.error)) everyRow.add('DELETE');
          } else ok.push('DELETE');
        }
        if (fires('TRUNCATE')) notProbed.push(`${key}: TRUNCATE event not fired (it would lock the whole table)`);
      });
      if (skipped && !problems.length) {
        notProbed.push(`${key}: ${skipped}`);
        out.objectsNotProbed++;
        continue;
      }
      out.objectsProbed++;
      if (!problems.length) {
        details.push(`${key}: fired on ${ok.join(', ') || 'nothing'} without error`);
        continue;
      }
      details.push(`${key}: ${problems.join('; ')}`);
      const at = placeFor(trg.table, [], input);
      const stmt = input.sources
        .filter((s) => s.direction === 'up' && s.migration.status !== 'base')
        .flatMap((s) => s.statements)
        .find((s) => s.kind === 'CreateTrigStmt' && s.node.trigname === name);
      const f: ProbeFinding = {
        ruleId: 'trigger-failed',
        // docs/severity.md: a failure that hits every write of a table in production is critical.
        severity: everyRow.size ? 'critical' : problems.some((p) => /failed|skips the write/.test(p)) ? 'high' : 'medium',
        phase: 'live',
        category: 'integrity',
        file: stmt?.file ?? at.file,
        line: stmt?.span.line ?? at.line,
        column: 1,
        endLine: stmt?.span.endLine ?? at.endLine,
        migrationId: stmt?.migrationId ?? at.migrationId,
        object: key,
        title: `Trigger ${name} on ${trg.table} ${problems.some((p) => /failed/.test(p)) ? 'fails when it fires' : 'does not do what its name says'}`,
        message:
          `Fired on a probe row: ${problems.join('; ')}. ` +
          (everyRow.size
            ? `The error does not depend on the row's values, so every ${[...everyRow].join('/')} on ${trg.table} fails in production once this trigger is deployed.`
            : `Every ${parsed.events.map((e) => e.op).join('/')} on ${trg.table} with a row like the probe's will hit this in production.`),
        fix: { description: `Fix the trigger function ${trg.function} and test it with a row of ${trg.table}.` },
        evidence: { trigger: key, function: trg.function, problems, failsForEveryRow: [...everyRow] },
      };
      out.findings.push(f);
    }
    out.result = {
      probe: 'trigger',
      status: out.findings.length ? 'failed' : notProbed.length ? 'partial' : 'passed',
      summary: out.findings.length
        ? `${out.findings.length} of ${triggers.length} trigger(s) failed or had no effect: ${out.findings.map((f) => f.object).join(', ')}`
        : `${out.objectsProbed} of ${triggers.length} trigger(s) fired on a probe row without error`,
      details,
      notProbed,
    };
    return out;
  },
};

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
 * An error that does not depend on the row being written: a name that does not resolve (`record "new"
 * has no field …`, undefined column/table/function, SQLSTATE class 42), a privilege the function lacks
 * (42501), a function that ends without RETURN (class 2F) or ends the transaction (2D). Any write that
 * fires the trigger meets it.
 */
export function failsForEveryRow(e: { code?: string; message: string }): boolean {
  if (e.code) return /^(42|2F|2D|39)/.test(e.code) || e.code === '0A000';
  return /record "(new|old)" has no field|column .* does not exist|relation .* does not exist|function .* does not exist|control reached end of trigger procedure without RETURN|permission denied/.test(e.message);
}
