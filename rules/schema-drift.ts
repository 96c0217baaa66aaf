import { defineRule, type LiveContext } from '../src/analysis/rules.js';
import type { CatalogSnapshot } from '../src/live/catalog.js';
import { placeFor, plainName, schemaOf, splitName, SYSTEM_SCHEMAS } from './_live-util.js';

// Schemas the platform or pgreview itself manages: production has far more there than any
// migration creates (Supabase's auth, storage…), and the presets' stand-ins are not production's.
const MANAGED_SCHEMAS = new Set([...SYSTEM_SCHEMAS, 'pgreview_admin', '_realtime', '_analytics', 'drizzle', 'neon']);

// Tables the migration tools keep their history in: in production, never created by a migration file.
const RUNNER_TABLES = new Set([
  'schema_migrations',
  '_prisma_migrations',
  'flyway_schema_history',
  '__diesel_schema_migrations',
  '__drizzle_migrations',
  'goose_db_version',
  'knex_migrations',
  'knex_migrations_lock',
  'SequelizeMeta',
  'typeorm_migrations',
  'alembic_version',
  'ar_internal_metadata',
  'django_migrations',
  'atlas_schema_revisions',
  'seaql_migrations',
]);

type Diff = { object: string; kind: string; lines: string[] };

const sortedRoles = (r: string[]) => [...r].sort().join(', ');
const describeDefault = (d?: string) => (d === undefined ? 'no default' : `default ${d}`);

export default defineRule({
  id: 'schema-drift',
  phase: 'live',
  severity: 'medium',
  category: 'deploy',
  title: 'Production differs from what the migration history builds',
  check(ctx) {
    const prod = ctx.production?.catalog;
    if (!prod) return;
    const base = ctx.before;
    const postgresMigrations = ctx.set.layout === 'postgres-migrations';
    const managed = (name: string) => MANAGED_SCHEMAS.has(schemaOf(name)) || schemaOf(name).startsWith('pg_');
    const runnerTable = (name: string) => {
      const rel = splitName(name)[1] ?? '';
      return RUNNER_TABLES.has(rel) || (postgresMigrations && rel === 'migrations');
    };
    const ignored = (name: string) => managed(name) || runnerTable(name);
    const tableOf = (name: string) => splitName(name).slice(0, 2).map((p) => (/^[a-z_][a-z0-9_$]*$/.test(p) ? p : `"${p.replace(/"/g, '""')}"`)).join('.');
    const diffs: Diff[] = [];
    const add = (object: string, kind: string, line: string) => {
      const d = diffs.find((x) => x.object === object) ?? (diffs.push({ object, kind, lines: [] }), diffs[diffs.length - 1]!);
      d.lines.push(line);
    };

    // Whole schemas one side lacks: one entry, not one per object in them.
    const onlyProdSchemas = new Set(Object.keys(prod.schemas).filter((s) => !(s in base.schemas) && !managed(`${s}.x`)));
    const onlyBaseSchemas = new Set(Object.keys(base.schemas).filter((s) => !(s in prod.schemas) && !managed(`${s}.x`)));
    const count = (snap: CatalogSnapshot, s: string) => Object.keys(snap.relations).filter((r) => schemaOf(r) === plainName(s)).length;
    for (const s of onlyProdSchemas) add(s, 'schema', `schema ${s} exists in production (${count(prod, s)} relation(s)) but no migration creates it`);
    for (const s of onlyBaseSchemas) add(s, 'schema', `the migrations create schema ${s} (${count(base, s)} relation(s)) but production has no such schema`);
    const compared = (name: string) => !ignored(name) && !onlyProdSchemas.has(splitName(name)[0]!) && !onlyBaseSchemas.has(splitName(name)[0]!) && (schemaOf(name) in prod.schemas || splitName(name)[0]! in prod.schemas);

    // Relations (sequences follow their columns and are left out).
    const rels = (snap: CatalogSnapshot) => Object.entries(snap.relations).filter(([n, r]) => r.kind !== 'sequence' && compared(n));
    for (const [name, r] of rels(prod)) if (!(name in base.relations)) add(name, r.kind, `${r.kind} ${name} exists in production but no migration creates it`);
    for (const [name, r] of rels(base)) if (!(name in prod.relations)) add(name, r.kind, `the migrations create ${r.kind} ${name} but production does not have it (not deployed yet, or dropped by hand)`);
    const both = new Set(rels(base).map(([n]) => n).filter((n) => n in prod.relations && prod.relations[n]!.kind !== 'sequence'));

    for (const name of [...both].sort()) {
      const b = base.relations[name]!;
      const p = prod.relations[name]!;
      if (b.kind !== p.kind) add(name, b.kind, `${name} is a ${p.kind} in production but a ${b.kind} in the migrations`);
      if (b.rowSecurity !== p.rowSecurity) add(name, b.kind, `row level security is ${p.rowSecurity ? 'enabled' : 'disabled'} in production but ${b.rowSecurity ? 'enabled' : 'disabled'} by the migrations`);
      if (b.forceRowSecurity !== p.forceRowSecurity) add(name, b.kind, `FORCE ROW LEVEL SECURITY is ${p.forceRowSecurity ? 'on' : 'off'} in production but ${b.forceRowSecurity ? 'on' : 'off'} in the migrations`);
    }
    const inBoth = (child: string) => both.has(tableOf(child));

    // Columns.
    for (const [col, p] of Object.entries(prod.columns)) {
      if (!inBoth(col)) continue;
      const b = base.columns[col];
      const t = tableOf(col);
      const c = splitName(col).slice(2).join('.');
      if (!b) {
        add(t, 'table', `column ${c} (${p.type}${p.notNull ? ' NOT NULL' : ''}) exists in production but no migration creates it`);
        continue;
      }
      if (b.type !== p.type) add(t, 'table', `column ${c} is ${p.type} in production but ${b.type} in the migrations`);
      if (b.notNull !== p.notNull) add(t, 'table', `column ${c} is ${p.notNull ? 'NOT NULL' : 'nullable'} in production but ${b.notNull ? 'NOT NULL' : 'nullable'} in the migrations`);
      if (b.default !== p.default) add(t, 'table', `column ${c} has ${describeDefault(p.default)} in production but ${describeDefault(b.default)} in the migrations`);
      if ((b.identity ?? '') !== (p.identity ?? '') || (b.generated ?? '') !== (p.generated ?? '')) add(t, 'table', `column ${c} differs in identity or generation (production: ${p.identity ?? p.generated ?? 'none'}, migrations: ${b.identity ?? b.generated ?? 'none'})`);
    }
    for (const [col, b] of Object.entries(base.columns)) {
      if (inBoth(col) && !(col in prod.columns)) add(tableOf(col), 'table', `the migrations create column ${splitName(col).slice(2).join('.')} (${b.type}) but production does not have it`);
    }

    // Constraints, indexes, policies, triggers: by name, on tables both sides have.
    const children = <T extends { table: string }>(label: string, b: Record<string, T>, p: Record<string, T>, describe: (v: T) => string) => {
      for (const [n, pv] of Object.entries(p)) {
        if (!both.has(pv.table)) continue;
        const short = splitName(n).slice(-1)[0];
        const bv = b[n];
        if (!bv) add(pv.table, 'table', `${label} ${short} (${describe(pv)}) exists in production but no migration creates it`);
        else if (describe(bv) !== describe(pv)) add(pv.table, 'table', `${label} ${short} is "${describe(pv)}" in production but "${describe(bv)}" in the migrations`);
      }
      for (const [n, bv] of Object.entries(b)) {
        if (both.has(bv.table) && !(n in p)) add(bv.table, 'table', `the migrations create ${label} ${splitName(n).slice(-1)[0]} (${describe(bv)}) but production does not have it`);
      }
    };
    children('constraint', base.constraints, prod.constraints, (v) => `${v.definition}${v.validated ? '' : ' NOT VALID'}`);
    children('index', base.indexes, prod.indexes, (v) => `${v.definition}${v.valid ? '' : ' (INVALID)'}`);
    children('policy', base.policies, prod.policies, (v) => `${v.permissive ? 'permissive' : 'restrictive'} ${v.cmd} to ${sortedRoles(v.roles)}${v.qual ? ` using ${v.qual}` : ''}${v.withCheck ? ` with check ${v.withCheck}` : ''}`);
    children('trigger', base.triggers, prod.triggers, (v) => `${v.definition}${v.enabled === 'D' ? ' (disabled)' : ''}`);

    // Functions, enums and extensions.
    const named = <T>(kind: string, b: Record<string, T>, p: Record<string, T>, describe: (v: T) => string, filter: (n: string, v: T) => boolean) => {
      for (const [n, pv] of Object.entries(p)) {
        if (!filter(n, pv)) continue;
        const bv = b[n];
        if (bv === undefined) add(n, kind, `${kind} ${n} exists in production but no migration creates it`);
        else if (describe(bv) !== describe(pv)) add(n, kind, `${kind} ${n} differs: production ${describe(pv)}, migrations ${describe(bv)}`);
      }
      for (const [n, bv] of Object.entries(b)) if (filter(n, bv) && !(n in p)) add(n, kind, `the migrations create ${kind} ${n} but production does not have it`);
    };
    named('function', base.functions, prod.functions, (f) => `${f.language}${f.securityDefiner ? ' SECURITY DEFINER' : ''} returns ${f.returns}${f.searchPath !== undefined ? ` search_path=${f.searchPath}` : ''} body ${f.bodyHash.slice(0, 8)}`, (n) => compared(n));
    named('enum', base.enums, prod.enums, (labels) => `(${labels.join(', ')})`, (n) => compared(n));
    // Extensions the platform installs in its own schemas (Supabase's extensions, graphql, vault…) are its business.
    named('extension', base.extensions, prod.extensions, (e) => `in schema ${e.schema}`, (_n, e) => !managed(`${e.schema}.x`));

    report(ctx, diffs);
  },
});

function report(ctx: LiveContext, diffs: Diff[]): void {
  const source = ctx.production!.source;
  const touched = (object: string) => !!ctx.statementFor(object);
  for (const d of diffs.sort((a, b) => a.object.localeCompare(b.object))) {
    const isTouched = touched(d.object);
    ctx.report({
      ...placeFor(ctx, d.object),
      object: d.object,
      severity: isTouched ? 'medium' : 'low',
      title: `Schema drift: ${d.object} in production differs from the migrations`,
      message: `Compared with production (${source}), the ${d.kind} ${d.object} differs from what the migration history builds: ${d.lines.join('; ')}. ${
        isTouched
          ? 'This pull request changes it, and its review ran against the schema the migrations build, not the one production has: the statement may fail or behave differently there.'
          : 'This pull request does not touch it, but the review ran against a schema that does not describe production, so it proves less than it seems.'
      }`,
      fix: { description: 'Bring the history and production back together: write a migration that makes the hand-made change (or undoes it), or deploy the pending migrations; then refresh the stats.' },
      evidence: { differences: d.lines, kind: d.kind, production: source },
    });
  }
}
