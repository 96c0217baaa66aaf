// Row generation from the live catalog: table shapes (types, domains, enum labels, CHECKs, keys,
// partitions), values that satisfy them, and a factory that inserts rows parents first.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../engines/database.js';
import { DbError } from '../../engines/database.js';
import { attempt, q, qn, setJwtClaims } from './scope.js';

// ---- table shapes ----------------------------------------------------------------------------------

export interface ColumnShape {
  name: string;
  type: string;
  /** Base type name for domains, else the type. */
  base: string;
  category: string;
  notNull: boolean;
  hasDefault: boolean;
  identity: string;
  generated: string;
  labels?: string[];
  isArray: boolean;
  /** CHECK constraints of the column's domain (pg_get_constraintdef, with VALUE for the value). */
  domainChecks?: string[];
  /** Expression of a generated column. */
  generatedExpr?: string;
}

export interface ForeignKey {
  name: string;
  cols: string[];
  /** Qualified referenced table. */
  ref: string;
  refCols: string[];
}

export interface TableShape {
  name: string;
  oid: number;
  columns: ColumnShape[];
  /** CHECK constraints with the columns they read. */
  checks: { name: string; def: string; cols?: string[] }[];
  fks: ForeignKey[];
  pk: string[];
  /** Column sets that must be unique: the primary key, UNIQUE constraints, plain unique indexes. */
  uniques?: string[][];
  rowSecurity: boolean;
  /** Partitioned table: values its partitions accept, per key column (none when a DEFAULT partition takes any row). */
  partition?: PartitionShape;
  /** Sequences behind integer keys (serial, identity), by column: a row that must reference itself takes its id from them. */
  sequences?: Record<string, string>;
}

export interface PartitionShape {
  /** Key columns (expressions are not followed). */
  cols: string[];
  /** A DEFAULT or HASH-only layout: any key value lands somewhere. */
  any: boolean;
  /** Values that land in a partition, per key column, one per partition (same index = same partition). */
  values: Record<string, string[]>;
  /** No partition at all: no row can be inserted. */
  empty: boolean;
}

export class Shapes {
  private cache = new Map<string, TableShape | undefined>();
  private resolved = new Map<string, Promise<string | undefined>>();
  constructor(private readonly db: Database) {}

  /** Resolve a (possibly unqualified) relation name to its qualified form, as the session sees it (once per name, like get()). */
  resolve(name: string): Promise<string | undefined> {
    let p = this.resolved.get(name);
    if (!p) {
      this.resolved.set(name, (p = this.readResolve(name)));
      p.catch(() => this.resolved.delete(name)); // a failed read is not an answer: asked again next time
    }
    return p;
  }

  private async readResolve(name: string): Promise<string | undefined> {
    const r = await this.db.query<{ n: string; t: string }>(
      `select n.nspname as n, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass($1)`,
      [name],
    );
    const row = r.rows[0];
    return row ? qn(row.n, row.t) : undefined;
  }

  async get(table: string): Promise<TableShape | undefined> {
    if (!this.cache.has(table)) await this.load([table]);
    if (!this.cache.has(table)) this.cache.set(table, undefined); // the catalog read failed: not asked again
    return this.cache.get(table);
  }

  /**
   * Load the shapes of `tables` and of every table they reference, transitively: what a seeding pass
   * will ask for. The tables up the foreign keys are found in one query and read in one round (each
   * round reads all of its tables at once, seven queries); what that missed, a level per round.
   */
  async prefetch(tables: string[]): Promise<void> {
    let next = tables.filter((t) => !this.cache.has(t));
    if (next.length) next = [...new Set([...next, ...(await this.referencedBy(next))])].filter((t) => !this.cache.has(t));
    while (next.length) {
      const loaded = await this.load(next);
      next = [...new Set([...loaded.values()].flatMap((s) => s.fks.map((f) => f.ref)))].filter((t) => !this.cache.has(t));
    }
  }

  /** The tables `names` reference by foreign keys, transitively (qualified); none when the read fails. */
  private async referencedBy(names: string[]): Promise<string[]> {
    const r = await this.db
      .query<{ n: string; t: string }>(
        `with recursive up(oid) as (
           select c.oid from unnest($1::text[]) x(asked) join pg_class c on c.oid = to_regclass(x.asked)
           union
           select k.confrelid from pg_constraint k join up on k.conrelid = up.oid where k.contype = 'f')
         select n.nspname as n, c.relname as t from up join pg_class c on c.oid = up.oid join pg_namespace n on n.oid = c.relnamespace`,
        [names],
      )
      .catch(() => undefined);
    return (r?.rows ?? []).map((row) => qn(row.n, row.t));
  }

  /** Load and cache `names` (by the name asked and the qualified one); a name that is no table is cached as absent. Nothing is cached when the read fails. */
  private async load(names: string[]): Promise<Map<string, TableShape>> {
    const loaded = await this.loadByName(names).catch(() => undefined);
    if (!loaded) return new Map();
    for (const [name, shape] of loaded) this.cache.set(name, shape);
    for (const name of names) if (!loaded.has(name)) this.cache.set(name, undefined);
    return loaded;
  }

  /** Shapes of the tables and partitioned tables among `names`, by the name asked and by their qualified name. */
  private async loadByName(names: string[]): Promise<Map<string, TableShape>> {
    const rels = (
      await this.db.query<{ asked: string; oid: number; rls: boolean; n: string; t: string }>(
        `select x.asked, c.oid::int as oid, c.relrowsecurity as rls, n.nspname as n, c.relname as t
           from unnest($1::text[]) x(asked) join pg_class c on c.oid = to_regclass(x.asked) join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p')`,
        [names],
      )
    ).rows;
    const out = new Map<string, TableShape>();
    if (!rels.length) return out;
    const oids = [...new Set(rels.map((r) => r.oid))];
    const cols = groupBy(
      (
        await this.db.query<any>(
          `select a.attrelid::int as rel, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull, a.atthasdef, a.attidentity::text as identity,
                  a.attgenerated::text as generated,
                  (select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d where d.adrelid = a.attrelid and d.adnum = a.attnum and a.attgenerated <> '') as generated_expr,
                  format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), case when t.typbasetype <> 0 then t.typtypmod else a.atttypmod end) as base,
                  coalesce(bt.typcategory, t.typcategory)::text as category,
                  (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = coalesce(nullif(t.typbasetype, 0), a.atttypid)) as labels,
                  (select array_agg(pg_get_constraintdef(dc.oid)) from pg_constraint dc where dc.contypid = a.atttypid and dc.contype = 'c') as domain_checks
             from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type bt on bt.oid = nullif(t.typbasetype, 0)
            where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped order by a.attrelid, a.attnum`,
          [oids],
        )
      ).rows,
    );
    const keys = await loadKeys(this.db, oids);
    const partitions = await loadPartitions(this.db, oids);
    for (const rel of rels) {
      const shape: TableShape = {
        name: qn(rel.n, rel.t),
        oid: rel.oid,
        rowSecurity: rel.rls,
        columns: (cols.get(rel.oid) ?? []).map((c) => ({
          name: c.attname,
          type: c.type,
          base: c.base,
          category: c.category,
          notNull: c.attnotnull,
          hasDefault: c.atthasdef,
          identity: c.identity ?? '',
          generated: c.generated ?? '',
          labels: c.labels ?? undefined,
          isArray: c.category === 'A' || /\[\]$/.test(c.base),
          domainChecks: c.domain_checks ?? undefined,
          generatedExpr: c.generated_expr ?? undefined,
        })),
        ...keys.get(rel.oid)!,
        partition: partitions.get(rel.oid),
      };
      out.set(rel.asked, shape);
      out.set(shape.name, shape);
    }
    return out;
  }
}

/** Rows by the relation they belong to (`rel`), in query order. */
function groupBy<R extends { rel: number }>(rows: R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const list = out.get(r.rel);
    if (list) list.push(r);
    else out.set(r.rel, [r]);
  }
  return out;
}

const COLS_OF = (key: string, rel: string) =>
  `array(select a.attname::text from unnest(${key}) with ordinality u(n, i) join pg_attribute a on a.attrelid = ${rel} and a.attnum = u.n order by u.i)`;

/**
 * CHECKs, foreign keys, the primary key, unique column sets and key sequences of each table, by oid,
 * in a fixed order (constraints by name, as pg_constraint's index returns them): the order seeding
 * follows, the same whichever tables are read together.
 */
async function loadKeys(db: Database, oids: number[]): Promise<Map<number, Pick<TableShape, 'checks' | 'fks' | 'pk' | 'uniques' | 'sequences'>>> {
  const checks = await db.query<{ rel: number; name: string; def: string; cols: string[] }>(
    `select conrelid::int as rel, conname as name, pg_get_constraintdef(oid) as def, ${COLS_OF('conkey', 'conrelid')} as cols from pg_constraint where conrelid = any($1::oid[]) and contype = 'c' order by conrelid, conname`,
    [oids],
  );
  const fks = await db.query<any>(
    `select k.conrelid::int as rel, k.conname as name, ${COLS_OF('k.conkey', 'k.conrelid')} as cols, rn.nspname as rschema, r.relname as rtable, ${COLS_OF('k.confkey', 'k.confrelid')} as rcols
       from pg_constraint k join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
      where k.conrelid = any($1::oid[]) and k.contype = 'f' order by k.conrelid, k.conname`,
    [oids],
  );
  const keys = await db.query<{ rel: number; cols: string[]; pk: boolean }>(
    `select i.indrelid::int as rel, ${COLS_OF('i.indkey::int2[]', 'i.indrelid')} as cols, i.indisprimary as pk from pg_index i
      where i.indrelid = any($1::oid[]) and i.indisunique and i.indpred is null and not (0 = any(i.indkey::int2[])) order by i.indrelid, i.indexrelid`,
    [oids],
  );
  const seqs = await db.query<{ rel: number; col: string; seq: string | null }>(
    `select a.attrelid::int as rel, a.attname::text as col, pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) as seq
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped and (a.attidentity <> '' or a.atthasdef) order by a.attrelid, a.attnum`,
    [oids],
  );
  const [checksOf, fksOf, keysOf, seqsOf] = [groupBy(checks.rows), groupBy(fks.rows), groupBy(keys.rows), groupBy(seqs.rows)];
  return new Map(
    oids.map((oid) => {
      const tableKeys = keysOf.get(oid) ?? [];
      return [
        oid,
        {
          checks: (checksOf.get(oid) ?? []).map(({ name, def, cols }) => ({ name, def, cols })),
          fks: (fksOf.get(oid) ?? []).map((f) => ({ name: f.name, cols: f.cols, ref: qn(f.rschema, f.rtable), refCols: f.rcols })),
          pk: tableKeys.find((k) => k.pk)?.cols ?? [],
          uniques: tableKeys.map((k) => k.cols),
          sequences: Object.fromEntries((seqsOf.get(oid) ?? []).filter((r) => r.seq).map((r) => [r.col, r.seq!])),
        },
      ];
    }),
  );
}

/** Literal values of a partition bound list: ('a', 'b') or ('2024-01-01 00:00:00+00', 5). */
function boundValues(list: string): (string | null)[] {
  return [...list.matchAll(/'((?:[^']|'')*)'(?:::[\w ."]+)?|(-?\d+(?:\.\d+)?)|\b(NULL|true|false|MINVALUE|MAXVALUE)\b/gi)].map((m) =>
    m[1] != null ? m[1].replace(/''/g, "'") : m[2] != null ? m[2] : /^(minvalue|maxvalue)$/i.test(m[3]!) ? null : m[3]!.toLowerCase() === 'null' ? null : m[3]!.toLowerCase(),
  );
}

/** Partition key and, per partition, a key value it accepts (the lower bound of a range, a listed value), of each partitioned table among `oids`. */
async function loadPartitions(db: Database, oids: number[]): Promise<Map<number, PartitionShape>> {
  const out = new Map<number, PartitionShape>();
  const keys = (
    await db.query<{ rel: number; cols: string[]; strategy: string }>(
      `select p.partrelid::int as rel, ${COLS_OF('p.partattrs::int2[]', 'p.partrelid')} as cols, p.partstrat::text as strategy from pg_partitioned_table p where p.partrelid = any($1::oid[])`,
      [oids],
    )
  ).rows;
  if (!keys.length) return out;
  const boundsOf = groupBy(
    (
      await db.query<{ rel: number; b: string }>(`select i.inhparent::int as rel, pg_get_expr(c.relpartbound, c.oid) as b from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = any($1::oid[])`, [
        keys.map((k) => k.rel),
      ])
    ).rows,
  );
  for (const key of keys) out.set(key.rel, partitionShape(key, (boundsOf.get(key.rel) ?? []).map((r) => r.b)));
  return out;
}

function partitionShape(key: { cols: string[]; strategy: string }, bounds: string[]): PartitionShape {
  const out: PartitionShape = { cols: key.cols, any: key.strategy === 'h' || bounds.includes('DEFAULT'), values: {}, empty: bounds.length === 0 };
  for (const b of bounds) {
    const list = /^FOR VALUES IN \((.*)\)$/s.exec(b)?.[1];
    const from = /^FOR VALUES FROM \((.*?)\) TO \((.*)\)$/s.exec(b);
    // A list partition takes its first value, a range its lower bound (inclusive); a range from MINVALUE is left out.
    const vals = list !== undefined ? boundValues(list).slice(0, 1) : from ? boundValues(from[1]!) : [];
    if (!vals.length || vals.some((v) => v === null)) continue;
    key.cols.forEach((c, i) => {
      const v = list !== undefined ? vals[0] : vals[i];
      if (v != null) (out.values[c] ??= []).push(v);
    });
  }
  return out;
}

// ---- values ----------------------------------------------------------------------------------------

/** Constraints from CHECK definitions that a generated value must meet: IN-lists and ranges. */
export interface ColumnLimits {
  values?: string[];
  min?: number;
  max?: number;
  maxLength?: number;
  minLength?: number;
  /** A regular expression the value must match (col ~ '…'). */
  pattern?: string;
}

/** Read simple per-column limits out of pg_get_constraintdef text. */
export function checkLimits(checks: { def: string }[]): Map<string, ColumnLimits> {
  const out = new Map<string, ColumnLimits>();
  const get = (c: string) => {
    let l = out.get(c);
    if (!l) out.set(c, (l = {}));
    return l;
  };
  const COL = String.raw`\(*"?([A-Za-z_][\w$]*)"?\)*(?:::[\w ]+(?:\[\])?\)*)?`;
  for (const { def } of checks) {
    // col = ANY (ARRAY['a'::text, 'b'::text]) / (col)::text = ANY ((ARRAY[...])::text[])
    for (const m of def.matchAll(new RegExp(`${COL}\\s*=\\s*ANY\\s*\\(+ARRAY\\[([^\\]]*)\\]`, 'g'))) {
      const vals = [...m[2]!.matchAll(/'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)/g)].map((v) => (v[1] != null ? v[1].replace(/''/g, "'") : v[2]!));
      if (vals.length) get(m[1]!).values = vals;
    }
    // col = 'x' (a single allowed value)
    for (const m of def.matchAll(new RegExp(`^CHECK \\(\\(?${COL}\\s*=\\s*'((?:[^']|'')*)'`, 'g'))) get(m[1]!).values ??= [m[2]!.replace(/''/g, "'")];
    // ranges: col >= 0, col > 0, col <= 100, col < 100
    for (const m of def.matchAll(new RegExp(`${COL}\\s*(>=|>|<=|<)\\s*\\(*'?(-?\\d+(?:\\.\\d+)?)'?`, 'g'))) {
      const n = Number(m[3]);
      const l = get(m[1]!);
      if (m[2] === '>=') l.min = Math.max(l.min ?? -Infinity, n);
      else if (m[2] === '>') l.min = Math.max(l.min ?? -Infinity, Math.floor(n) + 1);
      else if (m[2] === '<=') l.max = Math.min(l.max ?? Infinity, n);
      else l.max = Math.min(l.max ?? Infinity, Math.ceil(n) - 1);
    }
    // reversed: 0 <= col
    for (const m of def.matchAll(new RegExp(`\\(\\s*'?(-?\\d+(?:\\.\\d+)?)'?(?:::\\w+)?\\s*(>=|>|<=|<)\\s*${COL}`, 'g'))) {
      const n = Number(m[1]);
      const l = get(m[3]!);
      if (m[2] === '<=') l.min = Math.max(l.min ?? -Infinity, n);
      else if (m[2] === '<') l.min = Math.max(l.min ?? -Infinity, Math.floor(n) + 1);
      else if (m[2] === '>=') l.max = Math.min(l.max ?? Infinity, n);
      else l.max = Math.min(l.max ?? Infinity, Math.ceil(n) - 1);
    }
    // col ~ 'pattern' (a domain's VALUE ~ '…' arrives here with the column's name in place of VALUE)
    for (const m of def.matchAll(new RegExp(`${COL}\\s*~\\s*'((?:[^']|'')*)'`, 'g'))) get(m[1]!).pattern = m[2]!.replace(/''/g, "'");
    // length(col) <= n / char_length(col) < n
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(<=|<)\\s*(\\d+)`, 'g'))) {
      get(m[1]!).maxLength = Number(m[3]) - (m[2] === '<' ? 1 : 0);
    }
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*=\\s*(\\d+)`, 'g'))) {
      const l = get(m[1]!);
      l.minLength = l.maxLength = Number(m[2]);
    }
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(>=|>)\\s*(\\d+)`, 'g'))) {
      get(m[1]!).minLength = Number(m[3]) + (m[2] === '>' ? 1 : 0);
    }
  }
  return out;
}

/** Per-column limits of a table: its CHECKs, and its columns' domain CHECKs (VALUE stands for the column). */
export function limitsOf(shape: TableShape): Map<string, ColumnLimits> {
  const domain = shape.columns.flatMap((c) => (c.domainChecks ?? []).map((def) => ({ def: def.replace(/\bVALUE\b/g, q(c.name)) })));
  const limits = checkLimits([...shape.checks, ...domain]);
  // A partitioned table takes only rows some partition accepts: its key columns take partition bound values.
  const p = shape.partition;
  if (p && !p.any) {
    for (const [c, values] of Object.entries(p.values)) {
      const l = limits.get(c) ?? {};
      if (!l.values?.length) limits.set(c, { ...l, values });
    }
  }
  return limits;
}

function typmodLength(type: string): number | undefined {
  const m = /^(?:character varying|varchar|character|char|bpchar|bit|bit varying)\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : undefined;
}

/**
 * A text value of the column's type (to be cast with `::type`), distinct per `n`, within CHECK
 * limits. `variant` picks other values on a retry. undefined when the type is unknown.
 */
export function valueFor(col: ColumnShape, n: number, limits: ColumnLimits | undefined, variant = 0): string | undefined {
  if (limits?.values?.length) return limits.values[(n + variant) % limits.values.length];
  if (col.labels?.length) return col.labels[(n + variant) % col.labels.length];
  if (col.isArray) return '{}';
  const base = col.base.toLowerCase();
  const num = () => {
    const lo = limits?.min ?? (variant === 2 ? -1000 : 1);
    const hi = limits?.max ?? Infinity;
    let v = lo + n;
    if (v > hi) v = lo + (n % Math.max(1, hi - lo + 1));
    if (v > hi || !Number.isFinite(v)) v = Number.isFinite(hi) ? hi : lo;
    return v;
  };
  if (base === 'uuid') return randomUUID();
  if (/^(smallint|integer|bigint|int\d?|oid)$/.test(base)) {
    const v = num();
    return String(base === 'smallint' ? Math.min(v, 32767) : Math.trunc(v));
  }
  const numeric = /^numeric(?:\((\d+)(?:,(\d+))?\))?$/.exec(base);
  if (numeric) {
    const p = numeric[1] ? Number(numeric[1]) : 0;
    const s = numeric[2] ? Number(numeric[2]) : 0;
    let v = num();
    if (p) v = v % 10 ** Math.max(0, p - s);
    return String(v);
  }
  if (/^(real|double precision|money)$/.test(base)) return String(num());
  if (base === 'boolean') return variant % 2 ? 'true' : 'false';
  if (/^(text|citext|name|character varying|character|bpchar|varchar|char)/.test(base)) {
    const matching = limits?.pattern !== undefined ? exampleFor(limits.pattern, n + variant, limits.minLength) : undefined;
    if (matching !== undefined) return matching;
    const len = Math.min(typmodLength(base) ?? Infinity, limits?.maxLength ?? Infinity);
    const full = `${col.name}_${n}`;
    if (full.length <= len) return full;
    const tail = String(n);
    return tail.length <= len ? tail.padStart(len, 'x') : tail.slice(-len);
  }
  if (base.startsWith('timestamp')) return new Date(Date.UTC(2024, 0, 1) + n * 60_000 + variant * 86_400_000).toISOString();
  if (base === 'date') return new Date(Date.UTC(2024, 0, 1) + (n + variant) * 86_400_000).toISOString().slice(0, 10);
  if (base.startsWith('time')) return '12:00:00';
  if (base === 'interval') return '1 day';
  if (base === 'json' || base === 'jsonb') return '{}';
  if (base === 'bytea') return `\\x${(n + variant * 7919).toString(16).padStart(8, '0')}`;
  if (base === 'inet' || base === 'cidr') return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  if (base === 'macaddr') return '08:00:2b:01:02:03';
  if (base === 'tsvector' || base === 'tsquery') return 'probe';
  if (base === 'xml') return '<probe/>';
  if (base === 'point') return '(0,0)';
  const bits = /^bit(?: varying)?(?:\((\d+)\))?$/.exec(base);
  if (bits) return '0'.repeat(bits[1] ? Number(bits[1]) : 1);
  const vec = /^(?:vector|halfvec)\((\d+)\)$/.exec(base);
  if (vec) return `[${Array.from({ length: Number(vec[1]) }, () => '0.1').join(',')}]`;
  if (col.category === 'S') return `${col.name}_${n}`;
  if (col.category === 'N') return String(num());
  return undefined;
}

/**
 * A string matching a simple regular expression (anchors, literals, escapes \d \w \s, classes,
 * groups without alternation, quantifiers ? * + {n} {n,m}), varied by `n`; undefined for anything
 * else (alternation, lookaround, backreferences): the caller then falls back to a plain value.
 */
export function exampleFor(pattern: string, n: number, minLength = 0): string | undefined {
  const once = generate(pattern, n, 0);
  // Too short for a length CHECK: repeat the first unbounded atom (x+ or x*) more often.
  if (once === undefined || once.length >= minLength) return once;
  return generate(pattern, n, minLength - once.length);
}

function generate(pattern: string, n: number, extra: number): string | undefined {
  let i = 0;
  const p = pattern;
  const atom = (): string[] | undefined => {
    const c = p[i]!;
    if (c === '\\') {
      const e = p[i + 1];
      i += 2;
      if (e === 'd') return ['0123456789'[n % 10]!];
      if (e === 'w') return ['abcdefghij'[n % 10]!];
      if (e === 's') return [' '];
      if (e && /[^A-Za-z0-9]/.test(e)) return [e];
      return undefined;
    }
    if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0 || p[i + 1] === '^') return undefined;
      const body = p.slice(i + 1, end);
      i = end + 1;
      const chars: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && body[k + 2] !== undefined) {
          for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) chars.push(String.fromCharCode(x));
          k += 2;
        } else if (body[k] === '\\') chars.push(body[++k] === 'd' ? '0' : body[k]!);
        else chars.push(body[k]!);
      }
      return chars.length ? [chars[n % chars.length]!] : undefined;
    }
    if (c === '(') {
      const start = ++i;
      let depth = 1;
      while (i < p.length && depth) {
        if (p[i] === '\\') i++;
        else if (p[i] === '(') depth++;
        else if (p[i] === ')') depth--;
        i++;
      }
      const inner = p.slice(start + (p.startsWith('?:', start) ? 2 : 0), i - 1);
      if (/\|/.test(inner.replace(/\\./g, ''))) return undefined;
      const sub = exampleFor(`^${inner}$`, n);
      return sub === undefined ? undefined : [sub];
    }
    if (c === '.') {
      i++;
      return ['x'];
    }
    if ('|)*+?{'.includes(c)) return undefined;
    i++;
    return [c];
  };
  let out = '';
  if (p[i] === '^') i++;
  while (i < p.length) {
    if (p[i] === '$' && i === p.length - 1) break;
    const a = atom();
    if (a === undefined) return undefined;
    let times = 1;
    const q = p[i];
    if (q === '?') {
      times = 0;
      i++;
    } else if (q === '*' || q === '+') {
      times = (q === '+' ? 1 : 0) + extra;
      extra = 0;
      i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.slice(i));
      if (!m) return undefined;
      times = Number(m[1]);
      i += m[0].length;
    }
    out += a[0]!.repeat(times);
  }
  return out;
}

// ---- rows ------------------------------------------------------------------------------------------

/** A row as text values keyed by column, plus its ctid (valid until the row is updated). */
export type Row = Record<string, string | null> & { __ctid: string };

/** Rows a user (tenant) owns, by table: parents created for it are reused by its other rows. */
export interface OwnerContext {
  label: string;
  rows: Map<string, Row>;
}

/** What one insert fills: fixed values (overrides, parents), columns to generate, and what may be added. */
interface InsertPlan {
  shape: TableShape;
  fixed: Record<string, string | null>;
  /** Columns whose values are generated per attempt. */
  generate: string[];
  /** Columns left to their default or NULL, which a CHECK search may fill. */
  optional: string[];
  /** A NOT NULL reference to the same table: the row points at itself (FK column → referenced column). */
  mirrors: Record<string, string>;
  /** An identity column is given explicitly (the row references itself through it). */
  overriding: boolean;
  /** Columns the caller fixed. */
  given: Set<string>;
  /** Columns that copy a parent row's key. */
  fromParents: Set<string>;
  /** 0 for the row the caller asked for, more for parents made on the way. */
  depth: number;
  /** The context is a signed-up user's: rows the schema made for it (sign-up and insert triggers) are its rows. */
  owner: boolean;
  /** The nullable columns the table's triggers read were given values (a trigger's write needed them). */
  triggerRead: boolean;
}

/** Foreign keys an insert retries differently: with parents of their own, or left to a trigger that inserts the parent. */
interface PlanRetry {
  fresh: Set<ForeignKey>;
  byTrigger: Set<ForeignKey>;
}

/** Leave a column out of the INSERT (its default, or NULL), in a CHECK search. */
const OMIT = Symbol('omit');

/** Text values of common shapes (slugs, emails, phone numbers, colours, paths, versions), distinct per `n`. */
function textCandidates(n: number, limits: ColumnLimits | undefined): string[] {
  const s = String(n);
  const hex = ((n * 2654435761) % 0xffffff).toString(16).padStart(6, '0');
  const all = [
    `probe${s}`,
    `probe-${s}`,
    `probe_${s}`,
    `Probe${s}`,
    `p${s.padStart(7, '0')}`,
    s,
    `${s}.0.0`,
    `probe${s}@example.com`,
    `+1415555${s.padStart(4, '0').slice(-4)}`,
    `#${hex}`,
    `/probe${s}`,
    `https://example.com/probe${s}`,
    'en',
    'en-US',
  ];
  const min = limits?.minLength ?? 0;
  const max = limits?.maxLength ?? Infinity;
  return all.map((v) => (v.length < min ? v + '0'.repeat(min - v.length) : v)).filter((v) => v.length <= max);
}

/** Values to try for a column a failing CHECK reads. */
function checkCandidates(col: ColumnShape, n: number, limits: ColumnLimits | undefined, current: string | null | undefined, literals: string[] = []): (string | null | typeof OMIT)[] {
  const out: (string | null | typeof OMIT)[] = [];
  if (current !== undefined) out.push(current);
  if (!col.notNull || col.hasDefault) out.push(col.hasDefault ? OMIT : null);
  const base = col.base.toLowerCase();
  // The constants the failing constraint names ((is_free AND plan = 'free') OR plan IN ('pro', 'team')).
  if (col.category === 'S' || col.category === 'E') out.push(...literals.slice(0, 8));
  if (base === 'boolean') out.push('true', 'false');
  else if (base === 'json' || base === 'jsonb') out.push('{}', '[]', '[{}]', '{"id": 1}');
  else if (col.isArray) out.push('{}', '{"{}"}', '{1}', '{probe}');
  else if (limits?.values?.length || col.labels?.length) out.push(...(limits?.values ?? col.labels!).slice(0, 8));
  else if (col.category === 'N') out.push('0', '1', '100', '-1', String(n));
  else if (col.category === 'S') out.push(...textCandidates(n, limits).slice(0, 10));
  else for (let v = 0; v < 4; v++) out.push(valueFor(col, n, limits, v) ?? null);
  if (!col.notNull && !out.includes(null)) out.push(null);
  return [...new Set(out)];
}

export class RowFactory {
  private n = 1;
  /** SQLSTATE of the last failed insert. */
  lastCode: string | undefined;
  /** The last failed insert's error (of this insert or a parent made for it): what blocked the row. */
  lastError: DbError | undefined;
  private limitsCache = new Map<string, Map<string, ColumnLimits>>();
  constructor(
    readonly db: Database,
    readonly shapes: Shapes,
  ) {}

  next(): number {
    return this.n++;
  }

  limits(shape: TableShape): Map<string, ColumnLimits> {
    let l = this.limitsCache.get(shape.name);
    if (!l) this.limitsCache.set(shape.name, (l = limitsOf(shape)));
    return l;
  }

  /**
   * Insert one row into `table` as the current (owner) role, with `overrides` fixed, FK columns
   * pointing at the context's parent rows (created first when missing), NOT NULL columns filled.
   * `fill` names nullable columns to fill too. Returns the row, or what blocked it (table, column or
   * constraint, and the error). A row that a unique key given entirely by `overrides` already names
   * (made by a trigger, or earlier) is returned instead of a duplicate.
   */
  async insert(
    table: string,
    ctx: OwnerContext,
    overrides: Record<string, string | null> = {},
    opts: { fill?: Set<string>; depth?: number; fillFks?: boolean; returning?: boolean } = {},
  ): Promise<Row | string> {
    const depth = opts.depth ?? 0;
    if (depth > 10) return `foreign keys nest too deep at ${table}`;
    if (depth === 0) this.lastError = undefined;
    const shape = await this.shapes.get(table);
    if (!shape) return `${table} is not a table`;
    if (shape.partition?.empty) return `${table} is partitioned and has no partition: no row can be inserted`;
    const make = async () => {
      const retry: PlanRetry = { fresh: new Set(), byTrigger: new Set() };
      for (;;) {
        const plan = await this.plan(shape, ctx, overrides, opts, depth, retry);
        if (typeof plan === 'string') return plan;
        const made = await this.fill(plan, opts.returning !== false);
        if (typeof made !== 'string' || this.lastError?.code !== '23505') return made;
        const key = keyColumns(this.lastError) ?? [];
        // A BEFORE INSERT trigger inserts the row's parent itself (`insert into code (campaign_id, code)
        // values (new.campaign_id, new.code)`): the parent made first collides with the trigger's. Once
        // more, with that foreign key left to the trigger.
        const keyTable = await this.uniqueKeyTable(this.lastError, shape);
        const byTrigger = keyTable && keyTable !== shape.name ? shape.fks.filter((fk) => fk.ref === keyTable && !retry.byTrigger.has(fk) && key.every((c) => fk.refCols.includes(c))) : [];
        if (byTrigger.length) {
          byTrigger.forEach((fk) => retry.byTrigger.add(fk));
          continue;
        }
        // A unique key made of parent references the context's parents already use (one variant
        // per product): once more, with parents of its own.
        const taken = shape.fks.filter((fk) => !retry.fresh.has(fk) && fk.cols.some((c) => key.includes(c)) && fk.cols.every((c) => plan.fromParents.has(c)));
        if (!taken.length) return made;
        taken.forEach((fk) => retry.fresh.add(fk));
      }
    };
    const uid = ctx.rows.get('auth.users')?.id;
    return uid && depth === 0 ? this.asOwner(uid, make) : make();
  }

  /**
   * Run `fn` with the owner's JWT claims set when none are (defaults and triggers that read
   * auth.uid(), e.g. `user_id uuid default auth.uid()`, then fill in the owner); a caller acting as
   * an API role has set its own claims, and they are left alone.
   */
  private async asOwner<T>(uid: string, fn: () => Promise<T>): Promise<T> {
    const set = (await this.db.query<{ c: string | null }>(`select current_setting('request.jwt.claims', true) as c`)).rows[0]?.c;
    if (set) return fn();
    await setJwtClaims(this.db, { role: 'authenticated', sub: uid });
    try {
      return await fn();
    } finally {
      if (this.db.alive) await setJwtClaims(this.db, undefined).catch(() => undefined);
    }
  }

  private async plan(
    shape: TableShape,
    ctx: OwnerContext,
    overrides: Record<string, string | null>,
    opts: { fill?: Set<string>; fillFks?: boolean },
    depth: number,
    retry: PlanRetry,
  ): Promise<InsertPlan | string> {
    const plan: InsertPlan = { shape, fixed: {}, generate: [], optional: [], mirrors: {}, overriding: false, given: new Set(Object.keys(overrides)), fromParents: new Set(), depth, owner: ctx.rows.has('auth.users'), triggerRead: false };
    const fkOf = new Map<string, ForeignKey>();
    // A column of a foreign key left to a trigger takes its value from another key, its default, or a generated value.
    for (const fk of shape.fks) if (!retry.byTrigger.has(fk)) for (const c of fk.cols) fkOf.set(c, fk);
    const selfRefs = new Set<ForeignKey>();
    for (const col of shape.columns) {
      if (col.generated) continue;
      if (col.name in overrides) {
        plan.fixed[col.name] = overrides[col.name]!;
        continue;
      }
      const fk = fkOf.get(col.name);
      const wanted = col.notNull || opts.fill?.has(col.name) || (opts.fillFks && !!fk);
      if (fk && wanted) {
        const ref = fk.refCols[fk.cols.indexOf(col.name)]!;
        if (fk.ref === shape.name) {
          // A reference to the same table: the context's earlier row, else the row itself (NOT NULL), else NULL.
          const own = ctx.rows.get(shape.name);
          if (own) plan.fixed[col.name] = own[ref] ?? null;
          else if (col.notNull) selfRefs.add(fk);
          continue;
        }
        const parent = await this.parentFor(shape, fk, ctx, overrides, depth, retry.fresh.has(fk));
        if (typeof parent === 'string') return `parent row in ${fk.ref} (for ${shape.name}.${col.name}): ${parent}`;
        plan.fixed[col.name] = parent[ref] ?? null;
        plan.fromParents.add(col.name);
        continue;
      }
      if (col.identity === 'a' || !wanted || (col.hasDefault && !opts.fill?.has(col.name)) || col.identity === 'd') {
        plan.optional.push(col.name);
        continue;
      }
      plan.generate.push(col.name);
    }
    // Supabase sign-up triggers copy profile fields out of the new user's metadata (handle, username, full name…).
    if (shape.name === 'auth.users' && plan.optional.includes('raw_user_meta_data')) {
      plan.optional = plan.optional.filter((c) => c !== 'raw_user_meta_data');
      plan.fixed.raw_user_meta_data = userMetadata(this.next());
    }
    for (const fk of selfRefs) {
      const why = await this.pointAtItself(plan, fk);
      if (why) return why;
    }
    return plan;
  }

  /**
   * The parent row a foreign key points at: the context's row of that table, or a new one. Key
   * columns the child already fixes (an override, a generated constant such as `is_org boolean
   * generated always as (true)`) are given to the parent, and a context row that differs in them is not reused.
   */
  private async parentFor(shape: TableShape, fk: ForeignKey, ctx: OwnerContext, overrides: Record<string, string | null>, depth: number, fresh = false): Promise<Row | string> {
    const given: Record<string, string | null> = {};
    fk.cols.forEach((c, i) => {
      const col = shape.columns.find((x) => x.name === c);
      const constant = col?.generatedExpr !== undefined ? constantOf(col.generatedExpr) : undefined;
      if (c in overrides) given[fk.refCols[i]!] = overrides[c]!;
      else if (constant !== undefined) given[fk.refCols[i]!] = constant;
    });
    const known = ctx.rows.get(fk.ref);
    if (known && !fresh && Object.entries(given).every(([c, v]) => known[c] === v)) return known;
    const strict = await this.childKeyValues(shape, fk, given);
    let made = await this.insert(fk.ref, ctx, { ...given, ...strict }, { depth: depth + 1 });
    // The parent's own rules refuse the child's value: a value of the parent's, as before.
    if (typeof made === 'string' && Object.keys(strict).length) made = await this.insert(fk.ref, ctx, given, { depth: depth + 1 });
    if (typeof made !== 'string' && !known) ctx.rows.set(fk.ref, made);
    return made;
  }

  /**
   * Values for a new parent's key columns that the child's column also accepts: a child column of a
   * stricter type than the referenced one (a domain, a CHECK, a shorter varchar, e.g. `category label`
   * referencing `category(id text)`) would refuse a key generated by the parent's rules.
   */
  private async childKeyValues(shape: TableShape, fk: ForeignKey, given: Record<string, string | null>): Promise<Record<string, string>> {
    const parent = await this.shapes.get(fk.ref);
    const out: Record<string, string> = {};
    if (!parent) return out;
    const limits = this.limits(shape);
    for (const [i, c] of fk.cols.entries()) {
      const refCol = fk.refCols[i]!;
      const col = shape.columns.find((x) => x.name === c);
      const target = parent.columns.find((x) => x.name === refCol);
      if (!col || !target || refCol in given || target.hasDefault || target.identity || target.generated) continue;
      const l = limits.get(c);
      const stricter = !!col.domainChecks?.length || !!(l && Object.keys(l).length) || (typmodLength(col.base) ?? Infinity) < (typmodLength(target.base) ?? Infinity);
      if (!stricter) continue;
      const n = this.next();
      const v = valueFor(col, n, l);
      if (v !== undefined) out[refCol] = col.domainChecks?.length ? await this.domainValue(col, n, l, v) : v;
    }
    return out;
  }

  /** The table of the unique index a 23505 error names: the inserted table, or another one a trigger wrote. */
  private async uniqueKeyTable(err: DbError, shape: TableShape): Promise<string | undefined> {
    const name = /unique constraint "([^"]+)"/.exec(err.message)?.[1];
    if (!name) return undefined;
    const r = await attempt<{ n: string; t: string }>(
      this.db,
      `select n.nspname as n, t.relname as t from pg_class i join pg_index x on x.indexrelid = i.oid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace where i.relname = $1`,
      [name],
    );
    if (!r.ok) return undefined;
    const tables = r.rows.map((row) => qn(row.n, row.t));
    // Index names are unique per schema only: the inserted table wins, then a table it references.
    return tables.find((t) => t === shape.name) ?? tables.find((t) => shape.fks.some((fk) => fk.ref === t)) ?? tables[0];
  }

  /**
   * A trigger writes another table from this row (`set available = available + new.diff`) and a NOT
   * NULL column there got NULL: the nullable columns the table's trigger functions read as `new.<col>`
   * (plain columns, not foreign keys, without a default) are given values. False when there are none.
   */
  private async fillTriggerReads(plan: InsertPlan): Promise<boolean> {
    if (plan.triggerRead) return false;
    plan.triggerRead = true;
    const r = await attempt<{ src: string }>(this.db, `select p.prosrc as src from pg_trigger t join pg_proc p on p.oid = t.tgfoid where t.tgrelid = $1 and not t.tgisinternal`, [plan.shape.oid]);
    const sources = r.ok ? r.rows.map((x) => x.src).join('\n') : '';
    const inFk = new Set(plan.shape.fks.flatMap((fk) => fk.cols));
    const read = plan.optional.filter((c) => {
      const col = plan.shape.columns.find((x) => x.name === c)!;
      if (col.notNull || col.hasDefault || col.identity || inFk.has(c)) return false;
      return new RegExp(`\\bnew\\s*\\.\\s*"?${c.replace(/[^\w]/g, '.')}"?(?![\\w$])`, 'i').test(sources);
    });
    if (!read.length) return false;
    plan.optional = plan.optional.filter((c) => !read.includes(c));
    plan.generate.push(...read);
    return true;
  }

  /** A NOT NULL self-reference: the referenced columns get explicit values and the FK columns copy them. */
  private async pointAtItself(plan: InsertPlan, fk: ForeignKey): Promise<string | undefined> {
    const { shape } = plan;
    for (const [i, refCol] of fk.refCols.entries()) {
      const fkCol = fk.cols[i]!;
      if (refCol in plan.fixed) {
        plan.fixed[fkCol] = plan.fixed[refCol]!;
        continue;
      }
      const col = shape.columns.find((c) => c.name === refCol)!;
      const seq = shape.sequences?.[refCol];
      if (plan.generate.includes(refCol)) plan.mirrors[fkCol] = refCol;
      else if (seq) {
        const r = await attempt<{ v: string }>(this.db, `select nextval($1::regclass)::text as v`, [seq], { keep: true });
        if (!r.ok) return `${shape.name}.${fkCol} must reference a row of ${shape.name}, and ${refCol}'s sequence ${seq} refused: ${r.error.message}`;
        plan.fixed[refCol] = r.rows[0]!.v;
        if (col.identity === 'a') plan.overriding = true;
      } else if (col.base.toLowerCase() === 'uuid' || !col.hasDefault) {
        plan.optional = plan.optional.filter((c) => c !== refCol);
        plan.generate.push(refCol);
        plan.mirrors[fkCol] = refCol;
      } else return `${shape.name}.${fkCol} must reference a row of ${shape.name}, and ${refCol} comes from a default the generator cannot predict`;
      if (refCol in plan.fixed) plan.fixed[fkCol] = plan.fixed[refCol]!;
      plan.optional = plan.optional.filter((c) => c !== refCol);
      plan.optional = plan.optional.filter((c) => c !== fkCol);
    }
    return undefined;
  }

  /** Values for the generated columns of one attempt; a domain's CHECK is tested on the value alone. */
  private async values(plan: InsertPlan, n: number, variant: number): Promise<Record<string, string | null> | string> {
    const limits = this.limits(plan.shape);
    const out: Record<string, string | null> = {};
    for (const c of plan.generate) {
      const col = plan.shape.columns.find((x) => x.name === c)!;
      const v = valueFor(col, n, limits.get(c), variant) ?? (col.category === 'C' ? await this.compositeValue(col.base, n, variant) : undefined);
      if (v === undefined) return `no value generator for ${plan.shape.name}.${c} (${col.type})`;
      out[c] = col.domainChecks?.length ? await this.domainValue(col, n, limits.get(c), v) : v;
    }
    for (const [fkCol, refCol] of Object.entries(plan.mirrors)) out[fkCol] = out[refCol] ?? plan.fixed[refCol] ?? null;
    return out;
  }

  /** A composite value `(a,b,…)` of a row type, field by field (nested composites included). */
  private async compositeValue(type: string, n: number, variant: number, depth = 0): Promise<string | undefined> {
    if (depth > 3) return undefined;
    const fields = (
      await this.db.query<any>(
        `select a.attname, format_type(a.atttypid, a.atttypmod) as type, format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), a.atttypmod) as base, coalesce(bt.typcategory, t.typcategory)::text as category,
                (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = coalesce(nullif(t.typbasetype, 0), a.atttypid)) as labels
           from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type bt on bt.oid = nullif(t.typbasetype, 0)
          where a.attrelid = (select typrelid from pg_type where oid = $1::regtype) and a.attnum > 0 and not a.attisdropped order by a.attnum`,
        [type],
      )
    ).rows;
    const parts: string[] = [];
    for (const f of fields) {
      const col: ColumnShape = { name: f.attname, type: f.type, base: f.base, category: f.category, notNull: false, hasDefault: false, identity: '', generated: '', labels: f.labels ?? undefined, isArray: f.category === 'A' };
      const v = valueFor(col, n, undefined, variant) ?? (f.category === 'C' ? await this.compositeValue(f.base, n, variant, depth + 1) : undefined);
      if (v === undefined) return undefined;
      parts.push(`"${v.replace(/["\\]/g, (ch) => `\\${ch}`)}"`);
    }
    return `(${parts.join(',')})`;
  }

  /** The first of `first` and the common text shapes that the column's domain accepts (first when none does). */
  private async domainValue(col: ColumnShape, n: number, limits: ColumnLimits | undefined, first: string): Promise<string> {
    const candidates = [first, ...(col.category === 'S' ? textCandidates(n, limits) : ['1', '0', '100', String(n)])];
    for (const v of candidates) {
      const r = await attempt(this.db, `select $1::text::${col.type}`, [v]);
      if (r.ok) return v;
    }
    return first;
  }

  private async fill(plan: InsertPlan, returningRow: boolean): Promise<Row | string> {
    let last: DbError | undefined;
    for (let variant = 0; variant < 4; variant++) {
      const n = this.next();
      const generated = await this.values(plan, n, variant);
      if (typeof generated === 'string') return generated;
      const values = { ...plan.fixed, ...generated };
      const r = await this.tryInsert(plan, values, returningRow);
      if (!(r instanceof DbError)) return r;
      last = r;
      this.lastCode = r.code;
      this.lastError = r;
      if (r.code === '23505') {
        const existing = await this.existing(plan, r);
        if (existing) return existing;
      }
      if ((r.code === '23514' || (r.code === '23505' && variant === 3)) && /constraint "/.test(r.message)) {
        const found = await this.searchValues(plan, values, r, n, returningRow);
        if (found) return found;
      }
      // A trigger's own NOT NULL rule ("sha256 is required") names a column left out: fill it next time.
      const named = r.code === '23502' ? plan.optional.find((c) => new RegExp(`\\b${c.replace(/[^\w]/g, '.')}\\b`).test(r.message)) : undefined;
      if (named && !plan.shape.columns.find((c) => c.name === named)?.identity) {
        plan.optional = plan.optional.filter((c) => c !== named);
        plan.generate.push(named);
        continue;
      }
      if (r.code === '23502' && !named && (await this.fillTriggerReads(plan))) continue;
      // 23514 check, 23505 unique, 22xxx data: try other values; anything else will not change.
      if (!/^(23514|23505|22)/.test(r.code ?? '')) break;
    }
    return last ? blockedBy(plan.shape, last) : `could not insert into ${plan.shape.name}`;
  }

  private async tryInsert(plan: InsertPlan, values: Record<string, string | null | typeof OMIT>, returningRow: boolean): Promise<Row | DbError> {
    const { shape } = plan;
    const cols = Object.keys(values).filter((c) => values[c] !== OMIT);
    const vals = cols.map((c) => values[c] as string | null);
    // Parameters go in as text and are cast by the server: PGlite's client refuses a string for a boolean parameter.
    const casts = cols.map((c, i) => `$${i + 1}::text::${shape.columns.find((x) => x.name === c)!.type}`);
    const ret = returningRow ? ` returning ${returning(shape)}` : '';
    const sql = cols.length
      ? `insert into ${shape.name} (${cols.map(q).join(', ')})${plan.overriding ? ' overriding system value' : ''} values (${casts.join(', ')})${ret}`
      : `insert into ${shape.name} default values${ret}`;
    const r = await attempt<Row>(this.db, sql, vals, { keep: true });
    if (!r.ok) return r.error;
    return r.rows[0] ?? ({ ...Object.fromEntries(cols.map((c, i) => [c, vals[i]!])), __ctid: '' } as Row);
  }

  /**
   * The row a unique key already names, when the caller fixed every column of that key (a profile
   * the sign-up trigger made for the user: the caller asked for that row), or for a parent (any row
   * will do), or in a signed-up user's context (a row a trigger made for the user's parent is the
   * user's). Otherwise the row is made again with parents of its own (the trigger probe needs a row
   * it inserted itself).
   */
  private async existing(plan: InsertPlan, err: DbError): Promise<Row | undefined> {
    const cols = keyColumns(err);
    // A parent may be any row; the row the caller asked for is reused only for a key the caller gave.
    const reusable = (c: string) => (plan.given.has(c) || plan.depth > 0 || plan.owner) && c in plan.fixed && plan.fixed[c] !== null;
    if (!cols?.length || !cols.every(reusable)) return undefined;
    const where = cols.map((c, i) => `${q(c)}::text = $${i + 1}`).join(' and ');
    const r = await attempt<Row>(this.db, `select ${returning(plan.shape)} from ${plan.shape.name} where ${where} limit 1`, cols.map((c) => plan.fixed[c]));
    return r.ok ? r.rows[0] : undefined;
  }

  /**
   * A CHECK the generated values fail (multi-column, or beyond what the limits read), or a unique key
   * the variants kept hitting: try other values for the columns it reads (NULL, the default,
   * booleans, labels, the constraint's own constants, common text shapes), each combination in a
   * savepoint, until one passes; bounded to 128 tries.
   */
  private async searchValues(
    plan: InsertPlan,
    values: Record<string, string | null | typeof OMIT>,
    err: DbError,
    n: number,
    returningRow: boolean,
    seen = new Set<string>(),
  ): Promise<Row | undefined> {
    const name = /constraint "([^"]+)"/.exec(err.message)?.[1];
    if (!name || seen.has(name) || seen.size >= 3) return undefined;
    seen.add(name);
    const check = plan.shape.checks.find((c) => c.name === name);
    // A unique key of low-cardinality columns (two enums): the key's columns, from the error's detail.
    const key = err.code === '23505' ? keyColumns(err) : undefined;
    const limits = this.limits(plan.shape);

    // The columns of the CHECKs that share a column with the failing one are searched together (is_free ↔ plan, is_free ↔ stripe id).
    const related = new Set(key ?? check?.cols ?? []);
    for (let grew = !key; grew; ) {
      grew = false;
      for (const c of plan.shape.checks) if (c.cols?.some((x) => related.has(x)) && !c.cols.every((x) => related.has(x))) c.cols.forEach((x) => related.add(x)), (grew = true);
    }
    const cols = [...related].filter((c) => (plan.generate.includes(c) || plan.optional.includes(c)) && !(c in plan.mirrors)).slice(0, 5);
    const defs = plan.shape.checks.filter((c) => c === check || c.cols?.some((x) => related.has(x))).map((c) => c.def);
    const literals = [...new Set(defs.flatMap((d) => [...d.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"))))];
    if (!cols.length) return undefined;
    const lists = cols.map((c) => checkCandidates(plan.shape.columns.find((x) => x.name === c)!, n, limits.get(c), plan.generate.includes(c) ? (values[c] as string | null) : undefined, literals));
    const at = cols.map(() => 0);
    for (let tries = 0; tries < 128; tries++) {
      // Next combination (odometer); the first one is what already failed.
      let k = 0;
      while (k < at.length && ++at[k]! >= lists[k]!.length) at[k++] = 0;
      if (k === at.length) return undefined;
      const next: Record<string, string | null | typeof OMIT> = { ...values };
      cols.forEach((c, i) => (next[c] = lists[i]![at[i]!]!));
      const r = await this.tryInsert(plan, next, returningRow);
      if (!(r instanceof DbError)) return r;
      // These values pass the CHECKs and meet a row a trigger made for the parent (one subscription per organization).
      if (r.code === '23505') {
        const existing = await this.existing(plan, r);
        if (existing) return existing;
      }
      // These values pass this constraint and fail another one: search that one from here.
      const other = r.code === '23514' ? /constraint "([^"]+)"/.exec(r.message)?.[1] : undefined;
      if (other && other !== name && !seen.has(other)) {
        const found = await this.searchValues(plan, next, r, n, returningRow, seen);
        if (found) return found;
      }
    }
    return undefined;
  }
}

/** The columns of the unique key a 23505 error names (Key (a, b)=(…) already exists). */
function keyColumns(err: DbError): string[] | undefined {
  return /^Key \((.+?)\)=/
    .exec(err.detail ?? '')?.[1]
    ?.split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''));
}

/**
 * raw_user_meta_data of a probe user, with the keys sign-up triggers commonly read; each user gets
 * an organization of its own (a trigger that puts users without one in a `default_org` would make
 * the two probe users one tenant).
 */
function userMetadata(n: number): string {
  const handle = `probe${n}user`;
  const org = `probe-org-${n}`;
  return JSON.stringify({ handle, username: handle, user_name: handle, full_name: 'Probe User', name: 'Probe User', display_name: 'Probe User', avatar_url: 'https://example.com/probe.png', organization_id: org, org_id: org });
}

/** The value of a constant expression as Postgres prints it as text (true, 42, 'x'::text), else undefined. */
function constantOf(expr: string): string | undefined {
  const m = /^\(?(true|false|-?\d+(?:\.\d+)?|'((?:[^']|'')*)'(?:::[\w ."]+)?)\)?$/.exec(expr.trim());
  if (!m) return undefined;
  return m[2] !== undefined ? m[2].replace(/''/g, "'") : m[1];
}

/**
 * Where an error was raised when a function raised it (a trigger that fails on every insert): the
 * innermost function and line, as ` (raised in PL/pgSQL function f() line 3 at assignment)`; else ''.
 */
export function raisedIn(err: DbError | undefined): string {
  const fn = err?.where?.split('\n').find((l) => /\bfunction\b/i.test(l));
  return fn ? ` (raised in ${fn.trim()})` : '';
}

/** What blocked a row: the error, with the column a domain or type error is about (Postgres names only the type). */
function blockedBy(shape: TableShape, err: DbError): string {
  const domain = /value for domain (\S+) violates/.exec(err.message)?.[1];
  const col = domain ? shape.columns.find((c) => c.type === domain || c.type.endsWith(`.${domain.split('.').pop()}`)) : undefined;
  return `${err.message}${col ? ` (column ${shape.name}.${col.name})` : ''}${err.detail && !/^Failing row contains/.test(err.detail) ? ` (${err.detail})` : ''}`;
}

function returning(shape: TableShape): string {
  return ['ctid::text as __ctid', ...shape.columns.map((c) => `${q(c.name)}::text as ${q(c.name)}`)].join(', ');
}

