// Stage "no-op check": a changed `IF NOT EXISTS` / `IF EXISTS` statement is asked, right before it
// runs and in its own transaction, whether it will do anything on the review database. One that does
// nothing takes no lock, builds no index and changes no type, so the static findings about its
// effect do not apply (issue 12 point 5: the live catalog decides when there is one). The check only
// reads the catalog, through queries that cannot fail, so the migration's transaction is never put in
// an aborted state by it.
import type { Statement } from '../../types.js';
import type { Database } from '../../engines/database.js';
import { listName, rangeVarName } from '../../analysis/ast.js';

/** A relation name as the parser folded it; undefined schema means the session's search_path decides. */
interface RelName {
  schema?: string;
  name: string;
}

/** What to ask the catalog, and how to say the answer. */
type Question =
  | { kind: 'exists'; rel: RelName; in?: 'current-schema' | 'table-schema'; table?: RelName; what: string }
  | { kind: 'absent'; rels: RelName[]; what: string }
  | { kind: 'columns'; table: RelName; present: string[]; absent: string[] }
  | { kind: 'table-absent'; table: RelName };

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const regclassText = (r: RelName) => (r.schema ? `${quote(r.schema)}.${quote(r.name)}` : quote(r.name));
const shown = (r: RelName) => (r.schema ? `${r.schema}.${r.name}` : r.name);

/** A relation name as written: unqualified stays unqualified (the search_path decides, not 'public'). */
function relOf(rv: any): RelName | undefined {
  const q = rangeVarName(rv, '');
  return q && { schema: q.schema || undefined, name: q.name };
}

function namesOf(objects: any[] | undefined): RelName[] | undefined {
  const out = (objects ?? []).map((o: any) => listName(o?.List?.items, ''));
  if (!out.length || out.some((q) => !q)) return undefined;
  return out.map((q) => ({ schema: q!.schema || undefined, name: q!.name }));
}

const DROPPED_RELATIONS: Record<string, string> = {
  OBJECT_INDEX: 'index',
  OBJECT_TABLE: 'table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_SEQUENCE: 'sequence',
};

/** The catalog question that decides whether `st` does nothing, or undefined when it always acts. */
export function noOpQuestion(st: Statement): Question | undefined {
  const n = st.node ?? {};
  switch (st.kind) {
    case 'CreateStmt': {
      const rel = relOf(n.relation);
      return n.if_not_exists && rel ? { kind: 'exists', rel, in: 'current-schema', what: 'CREATE TABLE IF NOT EXISTS' } : undefined;
    }
    case 'IndexStmt': {
      const table = relOf(n.relation);
      return n.if_not_exists && n.idxname && table ? { kind: 'exists', rel: { name: n.idxname }, in: 'table-schema', table, what: 'CREATE INDEX IF NOT EXISTS' } : undefined;
    }
    case 'DropStmt': {
      const what = DROPPED_RELATIONS[n.removeType];
      const rels = n.missing_ok && what ? namesOf(n.objects) : undefined;
      return rels ? { kind: 'absent', rels, what: `DROP ${what.toUpperCase()} IF EXISTS` } : undefined;
    }
    case 'AlterTableStmt': {
      const table = relOf(n.relation);
      if (!table) return undefined;
      if (n.missing_ok) return { kind: 'table-absent', table };
      const cmds = (n.cmds ?? []).map((c: any) => c?.AlterTableCmd);
      const present: string[] = [];
      const absent: string[] = [];
      for (const c of cmds) {
        if (c?.subtype === 'AT_AddColumn' && c.missing_ok && c.def?.ColumnDef?.colname) present.push(c.def.ColumnDef.colname);
        else if (c?.subtype === 'AT_DropColumn' && c.missing_ok && c.name) absent.push(c.name);
        else return undefined;
      }
      return cmds.length ? { kind: 'columns', table, present, absent } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Why `st` will do nothing when it runs next on `db` (inside the transaction it runs in), or
 * undefined when it will act or the catalog could not tell.
 */
export async function liveNoOp(db: Database, st: Statement, timeoutMs: number): Promise<string | undefined> {
  const q = noOpQuestion(st);
  if (!q) return undefined;
  switch (q.kind) {
    case 'exists': {
      const sql =
        q.in === 'table-schema'
          ? `select exists(select 1 from pg_class c where c.relname = $1 and c.relnamespace = (select relnamespace from pg_class where oid = to_regclass($2))) as yes`
          : `select exists(select 1 from pg_class c join pg_namespace s on s.oid = c.relnamespace where c.relname = $1 and s.nspname = coalesce($2, current_schema())) as yes`;
      const param = q.in === 'table-schema' ? regclassText(q.table!) : (q.rel.schema ?? null);
      const yes = (await db.query<{ yes: boolean }>(sql, [q.rel.name, param], { timeoutMs })).rows[0]?.yes;
      const name = q.in === 'table-schema' ? `index ${q.rel.name} (in the schema of ${shown(q.table!)})` : shown(q.rel);
      return yes ? `${name} already exists, so ${q.what} does nothing` : undefined;
    }
    case 'absent': {
      const r = await db.query<{ absent: boolean }>(`select bool_and(to_regclass(n) is null) as absent from unnest($1::text[]) n`, [q.rels.map(regclassText)], { timeoutMs });
      const list = q.rels.map(shown).join(', ');
      return r.rows[0]?.absent ? `${list} ${q.rels.length === 1 ? 'does' : 'do'} not exist, so ${q.what} does nothing` : undefined;
    }
    case 'table-absent': {
      const r = await db.query<{ absent: boolean }>(`select to_regclass($1) is null as absent`, [regclassText(q.table)], { timeoutMs });
      return r.rows[0]?.absent ? `${shown(q.table)} does not exist, so ALTER TABLE IF EXISTS does nothing` : undefined;
    }
    case 'columns': {
      const r = await db.query<{ attname: string }>(
        `select attname::text from pg_attribute where attrelid = to_regclass($1) and attnum > 0 and not attisdropped`,
        [regclassText(q.table)],
        { timeoutMs },
      );
      const has = new Set(r.rows.map((x) => x.attname));
      if (!r.rows.length || !q.present.every((c) => has.has(c)) || q.absent.some((c) => has.has(c))) return undefined;
      const parts = [
        q.present.length ? `already has ${q.present.join(', ')} (ADD COLUMN IF NOT EXISTS)` : '',
        q.absent.length ? `has no ${q.absent.join(', ')} (DROP COLUMN IF EXISTS)` : '',
      ].filter(Boolean);
      return `${shown(q.table)} ${parts.join(' and ')}, so the ALTER TABLE does nothing`;
    }
  }
}
