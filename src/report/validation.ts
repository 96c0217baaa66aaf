// Post-migration validation queries: the SQL a person runs after deploying to confirm that what the
// PR created exists in production (and what it dropped is gone). Built from the catalog delta; every
// name is a SQL literal (quotes doubled), never spliced as an identifier.
import type { ObjectChanges, ObjectKind, ObjectRef, ValidationQuery } from '../types.js';
import { plural, qualifiedParts } from './facts.js';
import { sqlLiteral } from './escape.js';

/** (a, b), (c, d) for a row-constructor IN list. */
function tuples(rows: string[][]): string {
  const lines = rows.map((r) => `(${r.map(sqlLiteral).join(', ')})`);
  return lines.length <= 3 ? lines.join(', ') : `\n  ${lines.join(',\n  ')}\n`;
}

function uniqueRows(refs: ObjectRef[], n: number): string[][] {
  const seen = new Map<string, string[]>();
  for (const r of refs) {
    const parts = qualifiedParts(r.name, n);
    seen.set(parts.join('\u0000'), parts); // no name holds a NUL (a file with one is not read)
  }
  return [...seen.values()];
}

function byKind(refs: ObjectRef[], kind: ObjectKind): ObjectRef[] {
  return refs.filter((r) => r.kind === kind);
}

function rows(n: number): string {
  return plural(n, 'row');
}

export function validationQueries(objects: ObjectChanges): ValidationQuery[] {
  return [...createdRelationQueries(objects), ...securityQueries(objects), ...typeQueries(objects), ...droppedQueries(objects)];
}

/** Schemas, tables, views, columns, indexes (and none left invalid), constraints: they exist as declared. */
function createdRelationQueries(objects: ObjectChanges): ValidationQuery[] {
  const out: ValidationQuery[] = [];
  const created = objects.created;
  const schemas = uniqueRows(byKind(created, 'schema'), 1);
  if (schemas.length) {
    out.push({
      title: `${plural(schemas.length, 'schema')} created`,
      sql: `SELECT schema_name\nFROM information_schema.schemata\nWHERE schema_name IN (${schemas.map((r) => sqlLiteral(r[0]!)).join(', ')});`,
      expect: rows(schemas.length),
    });
  }

  const tables = uniqueRows(byKind(created, 'table'), 2);
  if (tables.length) {
    out.push({
      title: `${plural(tables.length, 'table')} created`,
      sql: `SELECT table_schema, table_name\nFROM information_schema.tables\nWHERE table_type = 'BASE TABLE'\n  AND (table_schema, table_name) IN (${tuples(tables)});`,
      expect: rows(tables.length),
    });
  }

  const views = uniqueRows(byKind(created, 'view'), 2);
  if (views.length) {
    out.push({
      title: `${plural(views.length, 'view')} created`,
      sql: `SELECT n.nspname, c.relname, c.relkind\nFROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE c.relkind IN ('v', 'm')\n  AND (n.nspname, c.relname) IN (${tuples(views)});`,
      expect: rows(views.length),
    });
  }

  const columns = uniqueRows([...byKind(created, 'column'), ...byKind(objects.altered, 'column')], 3);
  if (columns.length) {
    out.push({
      title: `${plural(columns.length, 'column')} added or changed`,
      sql: `SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default\nFROM information_schema.columns\nWHERE (table_schema, table_name, column_name) IN (${tuples(columns)});`,
      expect: `${rows(columns.length)}, with the types and defaults the migration declares`,
    });
  }

  const indexes = uniqueRows(byKind(created, 'index'), 2);
  if (indexes.length) {
    out.push({
      title: `${plural(indexes.length, 'index', 'indexes')} created`,
      sql: `SELECT schemaname, tablename, indexname\nFROM pg_indexes\nWHERE (schemaname, indexname) IN (${tuples(indexes)});`,
      expect: rows(indexes.length),
    });
    out.push({
      title: 'No invalid indexes left behind',
      sql: `SELECT n.nspname, c.relname\nFROM pg_index i\nJOIN pg_class c ON c.oid = i.indexrelid\nJOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE NOT (i.indisvalid AND i.indisready)\n  AND (n.nspname, c.relname) IN (${tuples(indexes)});`,
      expect: '0 rows (a failed CREATE INDEX CONCURRENTLY leaves an invalid index that must be dropped and rebuilt)',
    });
  }

  const constraints = uniqueRows(byKind(created, 'constraint'), 3);
  if (constraints.length) {
    out.push({
      title: `${plural(constraints.length, 'constraint')} created`,
      sql: `SELECT n.nspname, c.relname, k.conname, k.contype, k.convalidated\nFROM pg_constraint k\nJOIN pg_class c ON c.oid = k.conrelid\nJOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE (n.nspname, c.relname, k.conname) IN (${tuples(constraints)});`,
      expect: `${rows(constraints.length)}; convalidated = false means a NOT VALID constraint still needs VALIDATE CONSTRAINT`,
    });
  }
  return out;
}

/** Row level security switched on or off, policies, triggers and functions: they exist as declared. */
function securityQueries(objects: ObjectChanges): ValidationQuery[] {
  const out: ValidationQuery[] = [];
  const created = objects.created;
  const all = [...objects.created, ...objects.altered];
  const rls = byKind(all, 'rls');
  if (rls.length) {
    const on = uniqueRows(rls.filter((r) => !/disabl|off|false/i.test(r.detail ?? '')), 2);
    const off = uniqueRows(rls.filter((r) => /disabl|off|false/i.test(r.detail ?? '')), 2);
    if (on.length) {
      out.push({
        title: `Row level security enabled on ${plural(on.length, 'table')}`,
        sql: `SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity\nFROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE (n.nspname, c.relname) IN (${tuples(on)});`,
        expect: `${rows(on.length)}, all with relrowsecurity = true`,
      });
    }
    if (off.length) {
      out.push({
        title: `Row level security disabled on ${plural(off.length, 'table')}`,
        sql: `SELECT n.nspname, c.relname, c.relrowsecurity\nFROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE (n.nspname, c.relname) IN (${tuples(off)});`,
        expect: `${rows(off.length)}, all with relrowsecurity = false`,
      });
    }
  }

  const policies = uniqueRows(byKind(created, 'policy'), 3);
  if (policies.length) {
    out.push({
      title: `${plural(policies.length, 'policy', 'policies')} created`,
      sql: `SELECT schemaname, tablename, policyname, cmd, roles\nFROM pg_policies\nWHERE (schemaname, tablename, policyname) IN (${tuples(policies)});`,
      expect: rows(policies.length),
    });
  }

  const triggers = uniqueRows(byKind(created, 'trigger'), 3);
  if (triggers.length) {
    out.push({
      title: `${plural(triggers.length, 'trigger')} created`,
      sql: `SELECT n.nspname, c.relname, t.tgname, t.tgenabled\nFROM pg_trigger t\nJOIN pg_class c ON c.oid = t.tgrelid\nJOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE NOT t.tgisinternal\n  AND (n.nspname, c.relname, t.tgname) IN (${tuples(triggers)});`,
      expect: `${rows(triggers.length)}, tgenabled = 'O'`,
    });
  }

  const functions = uniqueRows(byKind(created, 'function'), 2);
  if (functions.length) {
    out.push({
      title: `${plural(functions.length, 'function')} created`,
      sql: `SELECT DISTINCT n.nspname, p.proname\nFROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\nWHERE (n.nspname, p.proname) IN (${tuples(functions)});`,
      expect: rows(functions.length),
    });
  }
  return out;
}

/** Types and extensions created. */
function typeQueries(objects: ObjectChanges): ValidationQuery[] {
  const out: ValidationQuery[] = [];
  const created = objects.created;
  const types = uniqueRows(byKind(created, 'type'), 2);
  if (types.length) {
    out.push({
      title: `${plural(types.length, 'type')} created`,
      sql: `SELECT n.nspname, t.typname, t.typtype\nFROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace\nWHERE (n.nspname, t.typname) IN (${tuples(types)});`,
      expect: rows(types.length),
    });
  }

  const extensions = uniqueRows(byKind(created, 'extension'), 1);
  if (extensions.length) {
    out.push({
      title: `${plural(extensions.length, 'extension')} installed`,
      sql: `SELECT extname, extversion\nFROM pg_extension\nWHERE extname IN (${extensions.map((r) => sqlLiteral(r[0]!)).join(', ')});`,
      expect: rows(extensions.length),
    });
  }
  return out;
}

/** Dropped relations and columns: gone. */
function droppedQueries(objects: ObjectChanges): ValidationQuery[] {
  const out: ValidationQuery[] = [];
  const droppedRelations = uniqueRows(objects.dropped.filter((r) => ['table', 'view', 'index', 'sequence'].includes(r.kind)), 2);
  if (droppedRelations.length) {
    out.push({
      title: `${plural(droppedRelations.length, 'dropped relation')} gone`,
      sql: `SELECT n.nspname, c.relname, c.relkind\nFROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE (n.nspname, c.relname) IN (${tuples(droppedRelations)});`,
      expect: '0 rows',
    });
  }
  const droppedColumns = uniqueRows(byKind(objects.dropped, 'column'), 3);
  if (droppedColumns.length) {
    out.push({
      title: `${plural(droppedColumns.length, 'dropped column')} gone`,
      sql: `SELECT table_schema, table_name, column_name\nFROM information_schema.columns\nWHERE (table_schema, table_name, column_name) IN (${tuples(droppedColumns)});`,
      expect: '0 rows',
    });
  }
  return out;
}
