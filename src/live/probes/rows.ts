// Row generation from the live catalog: table shapes (types, domains, enum labels, CHECKs, keys,
// partitions), values that satisfy them, and a factory that inserts rows parents first.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../engines/database.js';
import { attempt, q, qn } from './scope.js';

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
  checks: { name: string; def: string }[];
  fks: ForeignKey[];
  pk: string[];
  rowSecurity: boolean;
}

export class Shapes {
  private cache = new Map<string, TableShape | undefined>();
  constructor(private readonly db: Database) {}

  /** Resolve a (possibly unqualified) relation name to its qualified form, as the session sees it. */
  async resolve(name: string): Promise<string | undefined> {
    const r = await this.db.query<{ n: string; t: string }>(
      `select n.nspname as n, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass($1)`,
      [name],
    );
    const row = r.rows[0];
    return row ? qn(row.n, row.t) : undefined;
  }

  async get(table: string): Promise<TableShape | undefined> {
    if (this.cache.has(table)) return this.cache.get(table);
    const shape = await this.load(table).catch(() => undefined);
    this.cache.set(table, shape);
    return shape;
  }

  private async load(table: string): Promise<TableShape | undefined> {
    const rel = (
      await this.db.query<{ oid: number; rls: boolean; n: string; t: string }>(
        `select c.oid::int as oid, c.relrowsecurity as rls, n.nspname as n, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass($1) and c.relkind in ('r', 'p')`,
        [table],
      )
    ).rows[0];
    if (!rel) return undefined;
    const cols = await this.db.query<any>(
      `select a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull, a.atthasdef, a.attidentity::text as identity,
              a.attgenerated::text as generated,
              format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), case when t.typbasetype <> 0 then t.typtypmod else a.atttypmod end) as base,
              coalesce(bt.typcategory, t.typcategory)::text as category,
              (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = coalesce(nullif(t.typbasetype, 0), a.atttypid)) as labels,
              (select array_agg(pg_get_constraintdef(dc.oid)) from pg_constraint dc where dc.contypid = a.atttypid and dc.contype = 'c') as domain_checks
         from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type bt on bt.oid = nullif(t.typbasetype, 0)
        where a.attrelid = $1 and a.attnum > 0 and not a.attisdropped order by a.attnum`,
      [rel.oid],
    );
    const checks = await this.db.query<{ name: string; def: string }>(
      `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = $1 and contype = 'c'`,
      [rel.oid],
    );
    const fks = await this.db.query<any>(
      `select k.conname as name,
              array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as cols,
              rn.nspname as rschema, r.relname as rtable,
              array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as rcols
         from pg_constraint k join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
        where k.conrelid = $1 and k.contype = 'f'`,
      [rel.oid],
    );
    const pk = await this.db.query<{ cols: string[] }>(
      `select array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as cols
         from pg_constraint k where k.conrelid = $1 and k.contype = 'p'`,
      [rel.oid],
    );
    return {
      name: qn(rel.n, rel.t),
      oid: rel.oid,
      rowSecurity: rel.rls,
      columns: cols.rows.map((c) => ({
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
      })),
      checks: checks.rows,
      fks: fks.rows.map((f) => ({ name: f.name, cols: f.cols, ref: qn(f.rschema, f.rtable), refCols: f.rcols })),
      pk: pk.rows[0]?.cols ?? [],
    };
  }
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
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(>=|>)\\s*(\\d+)`, 'g'))) {
      get(m[1]!).minLength = Number(m[3]) + (m[2] === '>' ? 1 : 0);
    }
  }
  return out;
}

/** Per-column limits of a table: its CHECKs, and its columns' domain CHECKs (VALUE stands for the column). */
export function limitsOf(shape: TableShape): Map<string, ColumnLimits> {
  const domain = shape.columns.flatMap((c) => (c.domainChecks ?? []).map((def) => ({ def: def.replace(/\bVALUE\b/g, q(c.name)) })));
  return checkLimits([...shape.checks, ...domain]);
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
  if (base === 'bytea') return '\\x00';
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

export class RowFactory {
  private n = 1;
  /** SQLSTATE of the last failed insert. */
  lastCode: string | undefined;
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
   * `fill` names nullable columns to fill too. Returns the row or why it could not be made.
   */
  async insert(
    table: string,
    ctx: OwnerContext,
    overrides: Record<string, string | null> = {},
    opts: { fill?: Set<string>; depth?: number; fillFks?: boolean; returning?: boolean } = {},
  ): Promise<Row | string> {
    const depth = opts.depth ?? 0;
    if (depth > 6) return `foreign keys nest too deep at ${table}`;
    const shape = await this.shapes.get(table);
    if (!shape) return `${table} is not a table`;
    const limits = this.limits(shape);
    const values: Record<string, string | null> = {};
    const fkOf = new Map<string, ForeignKey>();
    for (const fk of shape.fks) for (const c of fk.cols) fkOf.set(c, fk);
    for (const col of shape.columns) {
      if (col.generated || col.identity === 'a') continue;
      if (col.name in overrides) {
        values[col.name] = overrides[col.name]!;
        continue;
      }
      const fk = fkOf.get(col.name);
      const wanted = col.notNull || opts.fill?.has(col.name) || (opts.fillFks && !!fk);
      if (fk && wanted) {
        if (fk.ref === shape.name) {
          if (col.notNull) return `${table}.${col.name} must reference another row of the same table`;
          continue;
        }
        let parent = ctx.rows.get(fk.ref);
        if (!parent) {
          const made = await this.insert(fk.ref, ctx, {}, { depth: depth + 1 });
          if (typeof made === 'string') return `parent row in ${fk.ref}: ${made}`;
          parent = made;
          ctx.rows.set(fk.ref, parent);
        }
        values[col.name] = parent[fk.refCols[fk.cols.indexOf(col.name)]!] ?? null;
        continue;
      }
      if (!wanted || (col.hasDefault && !opts.fill?.has(col.name)) || col.identity === 'd') continue;
      values[col.name] = null; // filled per attempt below
    }
    let lastError = '';
    for (let variant = 0; variant < 4; variant++) {
      const n = this.next();
      const cols = Object.keys(values);
      const vals: (string | null)[] = [];
      for (const c of cols) {
        if (c in overrides || fkOf.has(c)) {
          vals.push(values[c]!);
          continue;
        }
        const col = shape.columns.find((x) => x.name === c)!;
        const v = valueFor(col, n, limits.get(c), variant);
        if (v === undefined) return `no value generator for ${table}.${c} (${col.type})`;
        vals.push(v);
      }
      // Parameters go in as text and are cast by the server: PGlite's client refuses a string for a boolean parameter.
      const castCols = cols.map((c, i) => `$${i + 1}::text::${shape.columns.find((x) => x.name === c)!.type}`);
      const ret = opts.returning === false ? '' : ` returning ${returning(shape)}`;
      const sql = cols.length
        ? `insert into ${shape.name} (${cols.map(q).join(', ')}) values (${castCols.join(', ')})${ret}`
        : `insert into ${shape.name} default values${ret}`;
      const r = await attempt<Row>(this.db, sql, vals, { keep: true });
      if (r.ok) return r.rows[0] ?? ({ ...Object.fromEntries(cols.map((c, i) => [c, vals[i]!])), __ctid: '' } as Row);
      this.lastCode = r.error.code;
      lastError = r.error.message;
      // 23514 check, 23505 unique, 22xxx data: try other values; anything else will not change.
      if (!/^(23514|23505|22)/.test(r.error.code ?? '')) break;
    }
    return lastError || `could not insert into ${table}`;
  }
}

function returning(shape: TableShape): string {
  return ['ctid::text as __ctid', ...shape.columns.map((c) => `${q(c.name)}::text as ${q(c.name)}`)].join(', ');
}

