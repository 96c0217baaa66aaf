// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  hasOwnTransaction
} from "./chunk-chunk-BPGX7Z37.js";
import {
  DbError,
  QueryTimeoutError
} from "./chunk-chunk-RXFZCCSY.js";
import {
  engineGapCause,
  engineGapSkip
} from "./chunk-chunk-OCYTV6TQ.js";
import {
  lockStrength,
  runnerWraps
} from "./chunk-chunk-WZTMJWE7.js";
import {
  require_node_crypto
} from "./chunk-chunk-FDHQXZNQ.js";
import {
  createScreenContext,
  isSerial,
  typeInfo
} from "./chunk-chunk-PZGBN77R.js";
import {
  parseStatementsSync
} from "./chunk-chunk-6M6MGMG4.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/live/probes/scope.ts
var q = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var qn = (...parts) => parts.map(q).join(".");
var relationRef = (rv) => rv.schemaname ? qn(rv.schemaname, rv.relname) : q(rv.relname);
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
var spCounter = 0;
function savepointName(prefix) {
  return `${prefix}_${++spCounter}`;
}
async function rolledBack(db, fn, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 3e4;
  if (db.rollbackOnly || opts.nested) {
    const name = savepointName("pgreview_probe");
    await db.query(`savepoint ${name}`, void 0, { timeoutMs });
    try {
      return await fn();
    } finally {
      if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs }).catch(() => void 0);
    }
  }
  await db.query("begin", void 0, { timeoutMs });
  try {
    return await fn();
  } finally {
    if (db.alive) await db.query("rollback", void 0, { timeoutMs }).catch(() => void 0);
  }
}
async function attempt(db, sql, params, opts = {}) {
  const name = savepointName("pgreview_try");
  const timeoutMs = opts.timeoutMs ?? 3e4;
  await db.query(`savepoint ${name}`, void 0, { timeoutMs });
  try {
    const r = await db.query(sql, params, { timeoutMs });
    await db.exec(opts.keep ? `release savepoint ${name}` : `rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs });
    return { ok: true, rows: r.rows, affected: r.affectedRows ?? r.rows.length };
  } catch (e) {
    if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs }).catch(() => void 0);
    return { ok: false, error: DbError.from(e) };
  }
}
async function setJwtClaims(db, who) {
  const claims = who ? JSON.stringify(who.sub ? { sub: who.sub, role: who.role, aud: who.role } : { role: who.role }) : "";
  await db.query(`select set_config('request.jwt.claims', $1, true), set_config('request.jwt.claim.sub', $2, true), set_config('request.jwt.claim.role', $3, true)`, [claims, who?.sub ?? "", who?.role ?? ""]);
}

// src/live/probes/rows.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var Shapes = class {
  constructor(db) {
    this.db = db;
  }
  db;
  cache = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  /** Resolve a (possibly unqualified) relation name to its qualified form, as the session sees it (once per name, like get()). */
  resolve(name) {
    let p = this.resolved.get(name);
    if (!p) {
      this.resolved.set(name, p = this.readResolve(name));
      p.catch(() => this.resolved.delete(name));
    }
    return p;
  }
  async readResolve(name) {
    const r = await this.db.query(
      `select n.nspname as n, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass($1)`,
      [name]
    );
    const row = r.rows[0];
    return row ? qn(row.n, row.t) : void 0;
  }
  async get(table) {
    if (!this.cache.has(table)) await this.load([table]);
    if (!this.cache.has(table)) this.cache.set(table, void 0);
    return this.cache.get(table);
  }
  /**
   * Load the shapes of `tables` and of every table they reference, transitively: what a seeding pass
   * will ask for. The tables up the foreign keys are found in one query and read in one round (each
   * round reads all of its tables at once, seven queries); what that missed, a level per round.
   */
  async prefetch(tables) {
    let next = tables.filter((t) => !this.cache.has(t));
    if (next.length) next = [.../* @__PURE__ */ new Set([...next, ...await this.referencedBy(next)])].filter((t) => !this.cache.has(t));
    while (next.length) {
      const loaded = await this.load(next);
      next = [...new Set([...loaded.values()].flatMap((s) => s.fks.map((f) => f.ref)))].filter((t) => !this.cache.has(t));
    }
  }
  /** The tables `names` reference by foreign keys, transitively (qualified); none when the read fails. */
  async referencedBy(names) {
    const r = await this.db.query(
      `with recursive up(oid) as (
           select c.oid from unnest($1::text[]) x(asked) join pg_class c on c.oid = to_regclass(x.asked)
           union
           select k.confrelid from pg_constraint k join up on k.conrelid = up.oid where k.contype = 'f')
         select n.nspname as n, c.relname as t from up join pg_class c on c.oid = up.oid join pg_namespace n on n.oid = c.relnamespace`,
      [names]
    ).catch(() => void 0);
    return (r?.rows ?? []).map((row) => qn(row.n, row.t));
  }
  /** Load and cache `names` (by the name asked and the qualified one); a name that is no table is cached as absent. Nothing is cached when the read fails. */
  async load(names) {
    const loaded = await this.loadByName(names).catch(() => void 0);
    if (!loaded) return /* @__PURE__ */ new Map();
    for (const [name, shape] of loaded) this.cache.set(name, shape);
    for (const name of names) if (!loaded.has(name)) this.cache.set(name, void 0);
    return loaded;
  }
  /** Shapes of the tables and partitioned tables among `names`, by the name asked and by their qualified name. */
  async loadByName(names) {
    const rels = (await this.db.query(
      `select x.asked, c.oid::int as oid, c.relrowsecurity as rls, n.nspname as n, c.relname as t
           from unnest($1::text[]) x(asked) join pg_class c on c.oid = to_regclass(x.asked) join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p')`,
      [names]
    )).rows;
    const out = /* @__PURE__ */ new Map();
    if (!rels.length) return out;
    const oids = [...new Set(rels.map((r) => r.oid))];
    const cols = groupBy(
      (await this.db.query(
        `select a.attrelid::int as rel, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull, a.atthasdef, a.attidentity::text as identity,
                  a.attgenerated::text as generated,
                  (select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d where d.adrelid = a.attrelid and d.adnum = a.attnum and a.attgenerated <> '') as generated_expr,
                  format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), case when t.typbasetype <> 0 then t.typtypmod else a.atttypmod end) as base,
                  coalesce(bt.typcategory, t.typcategory)::text as category,
                  (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = coalesce(nullif(t.typbasetype, 0), a.atttypid)) as labels,
                  (select array_agg(pg_get_constraintdef(dc.oid)) from pg_constraint dc where dc.contypid = a.atttypid and dc.contype = 'c') as domain_checks
             from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type bt on bt.oid = nullif(t.typbasetype, 0)
            where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped order by a.attrelid, a.attnum`,
        [oids]
      )).rows
    );
    const keys = await loadKeys(this.db, oids);
    const partitions = await loadPartitions(this.db, oids);
    for (const rel of rels) {
      const shape = {
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
          identity: c.identity ?? "",
          generated: c.generated ?? "",
          labels: c.labels ?? void 0,
          isArray: c.category === "A" || /\[\]$/.test(c.base),
          domainChecks: c.domain_checks ?? void 0,
          generatedExpr: c.generated_expr ?? void 0
        })),
        ...keys.get(rel.oid),
        partition: partitions.get(rel.oid)
      };
      out.set(rel.asked, shape);
      out.set(shape.name, shape);
    }
    return out;
  }
};
function groupBy(rows) {
  const out = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const list = out.get(r.rel);
    if (list) list.push(r);
    else out.set(r.rel, [r]);
  }
  return out;
}
var COLS_OF = (key, rel) => `array(select a.attname::text from unnest(${key}) with ordinality u(n, i) join pg_attribute a on a.attrelid = ${rel} and a.attnum = u.n order by u.i)`;
async function loadKeys(db, oids) {
  const checks = await db.query(
    `select conrelid::int as rel, conname as name, pg_get_constraintdef(oid) as def, ${COLS_OF("conkey", "conrelid")} as cols from pg_constraint where conrelid = any($1::oid[]) and contype = 'c' order by conrelid, conname`,
    [oids]
  );
  const fks = await db.query(
    `select k.conrelid::int as rel, k.conname as name, ${COLS_OF("k.conkey", "k.conrelid")} as cols, rn.nspname as rschema, r.relname as rtable, ${COLS_OF("k.confkey", "k.confrelid")} as rcols
       from pg_constraint k join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
      where k.conrelid = any($1::oid[]) and k.contype = 'f' order by k.conrelid, k.conname`,
    [oids]
  );
  const keys = await db.query(
    `select i.indrelid::int as rel, ${COLS_OF("i.indkey::int2[]", "i.indrelid")} as cols, i.indisprimary as pk from pg_index i
      where i.indrelid = any($1::oid[]) and i.indisunique and i.indpred is null and not (0 = any(i.indkey::int2[])) order by i.indrelid, i.indexrelid`,
    [oids]
  );
  const seqs = await db.query(
    `select a.attrelid::int as rel, a.attname::text as col, pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) as seq
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped and (a.attidentity <> '' or a.atthasdef) order by a.attrelid, a.attnum`,
    [oids]
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
          sequences: Object.fromEntries((seqsOf.get(oid) ?? []).filter((r) => r.seq).map((r) => [r.col, r.seq]))
        }
      ];
    })
  );
}
function boundValues(list) {
  return [...list.matchAll(/'((?:[^']|'')*)'(?:::[\w ."]+)?|(-?\d+(?:\.\d+)?)|\b(NULL|true|false|MINVALUE|MAXVALUE)\b/gi)].map(
    (m) => m[1] != null ? m[1].replace(/''/g, "'") : m[2] != null ? m[2] : /^(minvalue|maxvalue)$/i.test(m[3]) ? null : m[3].toLowerCase() === "null" ? null : m[3].toLowerCase()
  );
}
async function loadPartitions(db, oids) {
  const out = /* @__PURE__ */ new Map();
  const keys = (await db.query(
    `select p.partrelid::int as rel, ${COLS_OF("p.partattrs::int2[]", "p.partrelid")} as cols, p.partstrat::text as strategy from pg_partitioned_table p where p.partrelid = any($1::oid[])`,
    [oids]
  )).rows;
  if (!keys.length) return out;
  const boundsOf = groupBy(
    (await db.query(`select i.inhparent::int as rel, pg_get_expr(c.relpartbound, c.oid) as b from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = any($1::oid[])`, [
      keys.map((k) => k.rel)
    ])).rows
  );
  for (const key of keys) out.set(key.rel, partitionShape(key, (boundsOf.get(key.rel) ?? []).map((r) => r.b)));
  return out;
}
function partitionShape(key, bounds) {
  const out = { cols: key.cols, any: key.strategy === "h" || bounds.includes("DEFAULT"), values: {}, empty: bounds.length === 0 };
  for (const b of bounds) {
    const list = /^FOR VALUES IN \((.*)\)$/s.exec(b)?.[1];
    const from = /^FOR VALUES FROM \((.*?)\) TO \((.*)\)$/s.exec(b);
    const vals = list !== void 0 ? boundValues(list).slice(0, 1) : from ? boundValues(from[1]) : [];
    if (!vals.length || vals.some((v) => v === null)) continue;
    key.cols.forEach((c, i) => {
      const v = list !== void 0 ? vals[0] : vals[i];
      if (v != null) (out.values[c] ??= []).push(v);
    });
  }
  return out;
}
function checkLimits(checks) {
  const out = /* @__PURE__ */ new Map();
  const get = (c) => {
    let l = out.get(c);
    if (!l) out.set(c, l = {});
    return l;
  };
  const COL = String.raw`\(*"?([A-Za-z_][\w$]*)"?\)*(?:::[\w ]+(?:\[\])?\)*)?`;
  for (const { def } of checks) {
    for (const m of def.matchAll(new RegExp(`${COL}\\s*=\\s*ANY\\s*\\(+ARRAY\\[([^\\]]*)\\]`, "g"))) {
      const vals = [...m[2].matchAll(/'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)/g)].map((v) => v[1] != null ? v[1].replace(/''/g, "'") : v[2]);
      if (vals.length) get(m[1]).values = vals;
    }
    for (const m of def.matchAll(new RegExp(`^CHECK \\(\\(?${COL}\\s*=\\s*'((?:[^']|'')*)'`, "g"))) get(m[1]).values ??= [m[2].replace(/''/g, "'")];
    for (const m of def.matchAll(new RegExp(`${COL}\\s*(>=|>|<=|<)\\s*\\(*'?(-?\\d+(?:\\.\\d+)?)'?`, "g"))) {
      const n = Number(m[3]);
      const l = get(m[1]);
      if (m[2] === ">=") l.min = Math.max(l.min ?? -Infinity, n);
      else if (m[2] === ">") l.min = Math.max(l.min ?? -Infinity, Math.floor(n) + 1);
      else if (m[2] === "<=") l.max = Math.min(l.max ?? Infinity, n);
      else l.max = Math.min(l.max ?? Infinity, Math.ceil(n) - 1);
    }
    for (const m of def.matchAll(new RegExp(`\\(\\s*'?(-?\\d+(?:\\.\\d+)?)'?(?:::\\w+)?\\s*(>=|>|<=|<)\\s*${COL}`, "g"))) {
      const n = Number(m[1]);
      const l = get(m[3]);
      if (m[2] === "<=") l.min = Math.max(l.min ?? -Infinity, n);
      else if (m[2] === "<") l.min = Math.max(l.min ?? -Infinity, Math.floor(n) + 1);
      else if (m[2] === ">=") l.max = Math.min(l.max ?? Infinity, n);
      else l.max = Math.min(l.max ?? Infinity, Math.ceil(n) - 1);
    }
    for (const m of def.matchAll(new RegExp(`${COL}\\s*~\\s*'((?:[^']|'')*)'`, "g"))) get(m[1]).pattern = m[2].replace(/''/g, "'");
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(<=|<)\\s*(\\d+)`, "g"))) {
      get(m[1]).maxLength = Number(m[3]) - (m[2] === "<" ? 1 : 0);
    }
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*=\\s*(\\d+)`, "g"))) {
      const l = get(m[1]);
      l.minLength = l.maxLength = Number(m[2]);
    }
    for (const m of def.matchAll(new RegExp(`(?:char_length|length|character_length)\\(${COL}\\)\\s*(>=|>)\\s*(\\d+)`, "g"))) {
      get(m[1]).minLength = Number(m[3]) + (m[2] === ">" ? 1 : 0);
    }
  }
  return out;
}
function limitsOf(shape) {
  const domain = shape.columns.flatMap((c) => (c.domainChecks ?? []).map((def) => ({ def: def.replace(/\bVALUE\b/g, q(c.name)) })));
  const limits = checkLimits([...shape.checks, ...domain]);
  const p = shape.partition;
  if (p && !p.any) {
    for (const [c, values] of Object.entries(p.values)) {
      const l = limits.get(c) ?? {};
      if (!l.values?.length) limits.set(c, { ...l, values });
    }
  }
  return limits;
}
function typmodLength(type) {
  const m = /^(?:character varying|varchar|character|char|bpchar|bit|bit varying)\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : void 0;
}
function valueFor(col, n, limits, variant = 0) {
  if (limits?.values?.length) return limits.values[(n + variant) % limits.values.length];
  if (col.labels?.length) return col.labels[(n + variant) % col.labels.length];
  if (col.isArray) return "{}";
  const base = col.base.toLowerCase();
  const num = () => {
    const lo = limits?.min ?? (variant === 2 ? -1e3 : 1);
    const hi = limits?.max ?? Infinity;
    let v = lo + n;
    if (v > hi) v = lo + n % Math.max(1, hi - lo + 1);
    if (v > hi || !Number.isFinite(v)) v = Number.isFinite(hi) ? hi : lo;
    return v;
  };
  if (base === "uuid") return (0, import_node_crypto.randomUUID)();
  if (/^(smallint|integer|bigint|int\d?|oid)$/.test(base)) {
    const v = num();
    return String(base === "smallint" ? Math.min(v, 32767) : Math.trunc(v));
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
  if (base === "boolean") return variant % 2 ? "true" : "false";
  if (/^(text|citext|name|character varying|character|bpchar|varchar|char)/.test(base)) {
    const matching = limits?.pattern !== void 0 ? exampleFor(limits.pattern, n + variant, limits.minLength) : void 0;
    if (matching !== void 0) return matching;
    const len = Math.min(typmodLength(base) ?? Infinity, limits?.maxLength ?? Infinity);
    const full = `${col.name}_${n}`;
    if (full.length <= len) return full;
    const tail = String(n);
    return tail.length <= len ? tail.padStart(len, "x") : tail.slice(-len);
  }
  if (base.startsWith("timestamp")) return new Date(Date.UTC(2024, 0, 1) + n * 6e4 + variant * 864e5).toISOString();
  if (base === "date") return new Date(Date.UTC(2024, 0, 1) + (n + variant) * 864e5).toISOString().slice(0, 10);
  if (base.startsWith("time")) return "12:00:00";
  if (base === "interval") return "1 day";
  if (base === "json" || base === "jsonb") return "{}";
  if (base === "bytea") return `\\x${(n + variant * 7919).toString(16).padStart(8, "0")}`;
  if (base === "inet" || base === "cidr") return `10.${n >> 16 & 255}.${n >> 8 & 255}.${n & 255}`;
  if (base === "macaddr") return "08:00:2b:01:02:03";
  if (base === "tsvector" || base === "tsquery") return "probe";
  if (base === "xml") return "<probe/>";
  if (base === "point") return "(0,0)";
  const bits = /^bit(?: varying)?(?:\((\d+)\))?$/.exec(base);
  if (bits) return "0".repeat(bits[1] ? Number(bits[1]) : 1);
  const vec = /^(?:vector|halfvec)\((\d+)\)$/.exec(base);
  if (vec) return `[${Array.from({ length: Number(vec[1]) }, () => "0.1").join(",")}]`;
  if (col.category === "S") return `${col.name}_${n}`;
  if (col.category === "N") return String(num());
  return void 0;
}
function exampleFor(pattern, n, minLength = 0) {
  const once = generate(pattern, n, 0);
  if (once === void 0 || once.length >= minLength) return once;
  return generate(pattern, n, minLength - once.length);
}
function generate(pattern, n, extra) {
  let i = 0;
  const p = pattern;
  const atom = () => {
    const c = p[i];
    if (c === "\\") {
      const e = p[i + 1];
      i += 2;
      if (e === "d") return ["0123456789"[n % 10]];
      if (e === "w") return ["abcdefghij"[n % 10]];
      if (e === "s") return [" "];
      if (e && /[^A-Za-z0-9]/.test(e)) return [e];
      return void 0;
    }
    if (c === "[") {
      const end = p.indexOf("]", i + 2);
      if (end < 0 || p[i + 1] === "^") return void 0;
      const body = p.slice(i + 1, end);
      i = end + 1;
      const chars = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && body[k + 2] !== void 0) {
          for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) chars.push(String.fromCharCode(x));
          k += 2;
        } else if (body[k] === "\\") chars.push(body[++k] === "d" ? "0" : body[k]);
        else chars.push(body[k]);
      }
      return chars.length ? [chars[n % chars.length]] : void 0;
    }
    if (c === "(") {
      const start = ++i;
      let depth = 1;
      while (i < p.length && depth) {
        if (p[i] === "\\") i++;
        else if (p[i] === "(") depth++;
        else if (p[i] === ")") depth--;
        i++;
      }
      const inner = p.slice(start + (p.startsWith("?:", start) ? 2 : 0), i - 1);
      if (/\|/.test(inner.replace(/\\./g, ""))) return void 0;
      const sub = exampleFor(`^${inner}$`, n);
      return sub === void 0 ? void 0 : [sub];
    }
    if (c === ".") {
      i++;
      return ["x"];
    }
    if ("|)*+?{".includes(c)) return void 0;
    i++;
    return [c];
  };
  let out = "";
  if (p[i] === "^") i++;
  while (i < p.length) {
    if (p[i] === "$" && i === p.length - 1) break;
    const a = atom();
    if (a === void 0) return void 0;
    let times = 1;
    const q2 = p[i];
    if (q2 === "?") {
      times = 0;
      i++;
    } else if (q2 === "*" || q2 === "+") {
      times = (q2 === "+" ? 1 : 0) + extra;
      extra = 0;
      i++;
    } else if (q2 === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.slice(i));
      if (!m) return void 0;
      times = Number(m[1]);
      i += m[0].length;
    }
    out += a[0].repeat(times);
  }
  return out;
}
var OMIT = /* @__PURE__ */ Symbol("omit");
function textCandidates(n, limits) {
  const s = String(n);
  const hex = (n * 2654435761 % 16777215).toString(16).padStart(6, "0");
  const all = [
    `probe${s}`,
    `probe-${s}`,
    `probe_${s}`,
    `Probe${s}`,
    `p${s.padStart(7, "0")}`,
    s,
    `${s}.0.0`,
    `probe${s}@example.com`,
    `+1415555${s.padStart(4, "0").slice(-4)}`,
    `#${hex}`,
    `/probe${s}`,
    `https://example.com/probe${s}`,
    "en",
    "en-US"
  ];
  const min = limits?.minLength ?? 0;
  const max = limits?.maxLength ?? Infinity;
  return all.map((v) => v.length < min ? v + "0".repeat(min - v.length) : v).filter((v) => v.length <= max);
}
function checkCandidates(col, n, limits, current, literals = []) {
  const out = [];
  if (current !== void 0) out.push(current);
  if (!col.notNull || col.hasDefault) out.push(col.hasDefault ? OMIT : null);
  const base = col.base.toLowerCase();
  if (col.category === "S" || col.category === "E") out.push(...literals.slice(0, 8));
  if (base === "boolean") out.push("true", "false");
  else if (base === "json" || base === "jsonb") out.push("{}", "[]", "[{}]", '{"id": 1}');
  else if (col.isArray) out.push("{}", '{"{}"}', "{1}", "{probe}");
  else if (limits?.values?.length || col.labels?.length) out.push(...(limits?.values ?? col.labels).slice(0, 8));
  else if (col.category === "N") out.push("0", "1", "100", "-1", String(n));
  else if (col.category === "S") out.push(...textCandidates(n, limits).slice(0, 10));
  else for (let v = 0; v < 4; v++) out.push(valueFor(col, n, limits, v) ?? null);
  if (!col.notNull && !out.includes(null)) out.push(null);
  return [...new Set(out)];
}
var RowFactory = class {
  constructor(db, shapes) {
    this.db = db;
    this.shapes = shapes;
  }
  db;
  shapes;
  n = 1;
  /** SQLSTATE of the last failed insert. */
  lastCode;
  /** The last failed insert's error (of this insert or a parent made for it): what blocked the row. */
  lastError;
  limitsCache = /* @__PURE__ */ new Map();
  next() {
    return this.n++;
  }
  limits(shape) {
    let l = this.limitsCache.get(shape.name);
    if (!l) this.limitsCache.set(shape.name, l = limitsOf(shape));
    return l;
  }
  /**
   * Insert one row into `table` as the current (owner) role, with `overrides` fixed, FK columns
   * pointing at the context's parent rows (created first when missing), NOT NULL columns filled.
   * `fill` names nullable columns to fill too. Returns the row, or what blocked it (table, column or
   * constraint, and the error). A row that a unique key given entirely by `overrides` already names
   * (made by a trigger, or earlier) is returned instead of a duplicate.
   */
  async insert(table, ctx, overrides = {}, opts = {}) {
    const depth = opts.depth ?? 0;
    if (depth > 10) return `foreign keys nest too deep at ${table}`;
    if (depth === 0) this.lastError = void 0;
    const shape = await this.shapes.get(table);
    if (!shape) return `${table} is not a table`;
    if (shape.partition?.empty) return `${table} is partitioned and has no partition: no row can be inserted`;
    const make = async () => {
      const retry = { fresh: /* @__PURE__ */ new Set(), byTrigger: /* @__PURE__ */ new Set() };
      for (; ; ) {
        const plan = await this.plan(shape, ctx, overrides, opts, depth, retry);
        if (typeof plan === "string") return plan;
        const made = await this.fill(plan, opts.returning !== false);
        if (typeof made !== "string" || this.lastError?.code !== "23505") return made;
        const key = keyColumns(this.lastError) ?? [];
        const keyTable = await this.uniqueKeyTable(this.lastError, shape);
        const byTrigger = keyTable && keyTable !== shape.name ? shape.fks.filter((fk) => fk.ref === keyTable && !retry.byTrigger.has(fk) && key.every((c) => fk.refCols.includes(c))) : [];
        if (byTrigger.length) {
          byTrigger.forEach((fk) => retry.byTrigger.add(fk));
          continue;
        }
        const taken = shape.fks.filter((fk) => !retry.fresh.has(fk) && fk.cols.some((c) => key.includes(c)) && fk.cols.every((c) => plan.fromParents.has(c)));
        if (!taken.length) return made;
        taken.forEach((fk) => retry.fresh.add(fk));
      }
    };
    const uid = ctx.rows.get("auth.users")?.id;
    return uid && depth === 0 ? this.asOwner(uid, make) : make();
  }
  /**
   * Run `fn` with the owner's JWT claims set when none are (defaults and triggers that read
   * auth.uid(), e.g. `user_id uuid default auth.uid()`, then fill in the owner); a caller acting as
   * an API role has set its own claims, and they are left alone.
   */
  async asOwner(uid, fn) {
    const set = (await this.db.query(`select current_setting('request.jwt.claims', true) as c`)).rows[0]?.c;
    if (set) return fn();
    await setJwtClaims(this.db, { role: "authenticated", sub: uid });
    try {
      return await fn();
    } finally {
      if (this.db.alive) await setJwtClaims(this.db, void 0).catch(() => void 0);
    }
  }
  async plan(shape, ctx, overrides, opts, depth, retry) {
    const plan = { shape, fixed: {}, generate: [], optional: [], mirrors: {}, overriding: false, given: new Set(Object.keys(overrides)), fromParents: /* @__PURE__ */ new Set(), depth, owner: ctx.rows.has("auth.users"), triggerRead: false };
    const fkOf = /* @__PURE__ */ new Map();
    for (const fk of shape.fks) if (!retry.byTrigger.has(fk)) for (const c of fk.cols) fkOf.set(c, fk);
    const selfRefs = /* @__PURE__ */ new Set();
    for (const col of shape.columns) {
      if (col.generated) continue;
      if (col.name in overrides) {
        plan.fixed[col.name] = overrides[col.name];
        continue;
      }
      const fk = fkOf.get(col.name);
      const wanted = col.notNull || opts.fill?.has(col.name) || opts.fillFks && !!fk;
      if (fk && wanted) {
        const ref = fk.refCols[fk.cols.indexOf(col.name)];
        if (fk.ref === shape.name) {
          const own = ctx.rows.get(shape.name);
          if (own) plan.fixed[col.name] = own[ref] ?? null;
          else if (col.notNull) selfRefs.add(fk);
          continue;
        }
        const parent = await this.parentFor(shape, fk, ctx, overrides, depth, retry.fresh.has(fk));
        if (typeof parent === "string") return `parent row in ${fk.ref} (for ${shape.name}.${col.name}): ${parent}`;
        plan.fixed[col.name] = parent[ref] ?? null;
        plan.fromParents.add(col.name);
        continue;
      }
      if (col.identity === "a" || !wanted || col.hasDefault && !opts.fill?.has(col.name) || col.identity === "d") {
        plan.optional.push(col.name);
        continue;
      }
      plan.generate.push(col.name);
    }
    if (shape.name === "auth.users" && plan.optional.includes("raw_user_meta_data")) {
      plan.optional = plan.optional.filter((c) => c !== "raw_user_meta_data");
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
  async parentFor(shape, fk, ctx, overrides, depth, fresh = false) {
    const given = {};
    fk.cols.forEach((c, i) => {
      const col = shape.columns.find((x) => x.name === c);
      const constant = col?.generatedExpr !== void 0 ? constantOf(col.generatedExpr) : void 0;
      if (c in overrides) given[fk.refCols[i]] = overrides[c];
      else if (constant !== void 0) given[fk.refCols[i]] = constant;
    });
    const known = ctx.rows.get(fk.ref);
    if (known && !fresh && Object.entries(given).every(([c, v]) => known[c] === v)) return known;
    const strict = await this.childKeyValues(shape, fk, given);
    let made = await this.insert(fk.ref, ctx, { ...given, ...strict }, { depth: depth + 1 });
    if (typeof made === "string" && Object.keys(strict).length) made = await this.insert(fk.ref, ctx, given, { depth: depth + 1 });
    if (typeof made !== "string" && !known) ctx.rows.set(fk.ref, made);
    return made;
  }
  /**
   * Values for a new parent's key columns that the child's column also accepts: a child column of a
   * stricter type than the referenced one (a domain, a CHECK, a shorter varchar, e.g. `category label`
   * referencing `category(id text)`) would refuse a key generated by the parent's rules.
   */
  async childKeyValues(shape, fk, given) {
    const parent = await this.shapes.get(fk.ref);
    const out = {};
    if (!parent) return out;
    const limits = this.limits(shape);
    for (const [i, c] of fk.cols.entries()) {
      const refCol = fk.refCols[i];
      const col = shape.columns.find((x) => x.name === c);
      const target = parent.columns.find((x) => x.name === refCol);
      if (!col || !target || refCol in given || target.hasDefault || target.identity || target.generated) continue;
      const l = limits.get(c);
      const stricter = !!col.domainChecks?.length || !!(l && Object.keys(l).length) || (typmodLength(col.base) ?? Infinity) < (typmodLength(target.base) ?? Infinity);
      if (!stricter) continue;
      const n = this.next();
      const v = valueFor(col, n, l);
      if (v !== void 0) out[refCol] = col.domainChecks?.length ? await this.domainValue(col, n, l, v) : v;
    }
    return out;
  }
  /** The table of the unique index a 23505 error names: the inserted table, or another one a trigger wrote. */
  async uniqueKeyTable(err, shape) {
    const name = /unique constraint "([^"]+)"/.exec(err.message)?.[1];
    if (!name) return void 0;
    const r = await attempt(
      this.db,
      `select n.nspname as n, t.relname as t from pg_class i join pg_index x on x.indexrelid = i.oid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace where i.relname = $1`,
      [name]
    );
    if (!r.ok) return void 0;
    const tables = r.rows.map((row) => qn(row.n, row.t));
    return tables.find((t) => t === shape.name) ?? tables.find((t) => shape.fks.some((fk) => fk.ref === t)) ?? tables[0];
  }
  /**
   * A trigger writes another table from this row (`set available = available + new.diff`) and a NOT
   * NULL column there got NULL: the nullable columns the table's trigger functions read as `new.<col>`
   * (plain columns, not foreign keys, without a default) are given values. False when there are none.
   */
  async fillTriggerReads(plan) {
    if (plan.triggerRead) return false;
    plan.triggerRead = true;
    const r = await attempt(this.db, `select p.prosrc as src from pg_trigger t join pg_proc p on p.oid = t.tgfoid where t.tgrelid = $1 and not t.tgisinternal`, [plan.shape.oid]);
    const sources = r.ok ? r.rows.map((x) => x.src).join("\n") : "";
    const inFk = new Set(plan.shape.fks.flatMap((fk) => fk.cols));
    const read = plan.optional.filter((c) => {
      const col = plan.shape.columns.find((x) => x.name === c);
      if (col.notNull || col.hasDefault || col.identity || inFk.has(c)) return false;
      return new RegExp(`\\bnew\\s*\\.\\s*"?${c.replace(/[^\w]/g, ".")}"?(?![\\w$])`, "i").test(sources);
    });
    if (!read.length) return false;
    plan.optional = plan.optional.filter((c) => !read.includes(c));
    plan.generate.push(...read);
    return true;
  }
  /** A NOT NULL self-reference: the referenced columns get explicit values and the FK columns copy them. */
  async pointAtItself(plan, fk) {
    const { shape } = plan;
    for (const [i, refCol] of fk.refCols.entries()) {
      const fkCol = fk.cols[i];
      if (refCol in plan.fixed) {
        plan.fixed[fkCol] = plan.fixed[refCol];
        continue;
      }
      const col = shape.columns.find((c) => c.name === refCol);
      const seq = shape.sequences?.[refCol];
      if (plan.generate.includes(refCol)) plan.mirrors[fkCol] = refCol;
      else if (seq) {
        const r = await attempt(this.db, `select nextval($1::regclass)::text as v`, [seq], { keep: true });
        if (!r.ok) return `${shape.name}.${fkCol} must reference a row of ${shape.name}, and ${refCol}'s sequence ${seq} refused: ${r.error.message}`;
        plan.fixed[refCol] = r.rows[0].v;
        if (col.identity === "a") plan.overriding = true;
      } else if (col.base.toLowerCase() === "uuid" || !col.hasDefault) {
        plan.optional = plan.optional.filter((c) => c !== refCol);
        plan.generate.push(refCol);
        plan.mirrors[fkCol] = refCol;
      } else return `${shape.name}.${fkCol} must reference a row of ${shape.name}, and ${refCol} comes from a default the generator cannot predict`;
      if (refCol in plan.fixed) plan.fixed[fkCol] = plan.fixed[refCol];
      plan.optional = plan.optional.filter((c) => c !== refCol);
      plan.optional = plan.optional.filter((c) => c !== fkCol);
    }
    return void 0;
  }
  /** Values for the generated columns of one attempt; a domain's CHECK is tested on the value alone. */
  async values(plan, n, variant) {
    const limits = this.limits(plan.shape);
    const out = {};
    for (const c of plan.generate) {
      const col = plan.shape.columns.find((x) => x.name === c);
      const v = valueFor(col, n, limits.get(c), variant) ?? (col.category === "C" ? await this.compositeValue(col.base, n, variant) : void 0);
      if (v === void 0) return `no value generator for ${plan.shape.name}.${c} (${col.type})`;
      out[c] = col.domainChecks?.length ? await this.domainValue(col, n, limits.get(c), v) : v;
    }
    for (const [fkCol, refCol] of Object.entries(plan.mirrors)) out[fkCol] = out[refCol] ?? plan.fixed[refCol] ?? null;
    return out;
  }
  /** A composite value `(a,b,…)` of a row type, field by field (nested composites included). */
  async compositeValue(type, n, variant, depth = 0) {
    if (depth > 3) return void 0;
    const fields = (await this.db.query(
      `select a.attname, format_type(a.atttypid, a.atttypmod) as type, format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), a.atttypmod) as base, coalesce(bt.typcategory, t.typcategory)::text as category,
                (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = coalesce(nullif(t.typbasetype, 0), a.atttypid)) as labels
           from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type bt on bt.oid = nullif(t.typbasetype, 0)
          where a.attrelid = (select typrelid from pg_type where oid = $1::regtype) and a.attnum > 0 and not a.attisdropped order by a.attnum`,
      [type]
    )).rows;
    const parts = [];
    for (const f of fields) {
      const col = { name: f.attname, type: f.type, base: f.base, category: f.category, notNull: false, hasDefault: false, identity: "", generated: "", labels: f.labels ?? void 0, isArray: f.category === "A" };
      const v = valueFor(col, n, void 0, variant) ?? (f.category === "C" ? await this.compositeValue(f.base, n, variant, depth + 1) : void 0);
      if (v === void 0) return void 0;
      parts.push(`"${v.replace(/["\\]/g, (ch) => `\\${ch}`)}"`);
    }
    return `(${parts.join(",")})`;
  }
  /** The first of `first` and the common text shapes that the column's domain accepts (first when none does). */
  async domainValue(col, n, limits, first) {
    const candidates = [first, ...col.category === "S" ? textCandidates(n, limits) : ["1", "0", "100", String(n)]];
    for (const v of candidates) {
      const r = await attempt(this.db, `select $1::text::${col.type}`, [v]);
      if (r.ok) return v;
    }
    return first;
  }
  async fill(plan, returningRow) {
    let last;
    for (let variant = 0; variant < 4; variant++) {
      const n = this.next();
      const generated = await this.values(plan, n, variant);
      if (typeof generated === "string") return generated;
      const values = { ...plan.fixed, ...generated };
      const r = await this.tryInsert(plan, values, returningRow);
      if (!(r instanceof DbError)) return r;
      last = r;
      this.lastCode = r.code;
      this.lastError = r;
      if (r.code === "23505") {
        const existing = await this.existing(plan, r);
        if (existing) return existing;
      }
      if ((r.code === "23514" || r.code === "23505" && variant === 3) && /constraint "/.test(r.message)) {
        const found = await this.searchValues(plan, values, r, n, returningRow);
        if (found) return found;
      }
      const named = r.code === "23502" ? plan.optional.find((c) => new RegExp(`\\b${c.replace(/[^\w]/g, ".")}\\b`).test(r.message)) : void 0;
      if (named && !plan.shape.columns.find((c) => c.name === named)?.identity) {
        plan.optional = plan.optional.filter((c) => c !== named);
        plan.generate.push(named);
        continue;
      }
      if (r.code === "23502" && !named && await this.fillTriggerReads(plan)) continue;
      if (!/^(23514|23505|22)/.test(r.code ?? "")) break;
    }
    return last ? blockedBy(plan.shape, last) : `could not insert into ${plan.shape.name}`;
  }
  async tryInsert(plan, values, returningRow) {
    const { shape } = plan;
    const cols = Object.keys(values).filter((c) => values[c] !== OMIT);
    const vals = cols.map((c) => values[c]);
    const casts = cols.map((c, i) => `$${i + 1}::text::${shape.columns.find((x) => x.name === c).type}`);
    const ret = returningRow ? ` returning ${returning(shape)}` : "";
    const sql = cols.length ? `insert into ${shape.name} (${cols.map(q).join(", ")})${plan.overriding ? " overriding system value" : ""} values (${casts.join(", ")})${ret}` : `insert into ${shape.name} default values${ret}`;
    const r = await attempt(this.db, sql, vals, { keep: true });
    if (!r.ok) return r.error;
    return r.rows[0] ?? { ...Object.fromEntries(cols.map((c, i) => [c, vals[i]])), __ctid: "" };
  }
  /**
   * The row a unique key already names, when the caller fixed every column of that key (a profile
   * the sign-up trigger made for the user: the caller asked for that row), or for a parent (any row
   * will do), or in a signed-up user's context (a row a trigger made for the user's parent is the
   * user's). Otherwise the row is made again with parents of its own (the trigger probe needs a row
   * it inserted itself).
   */
  async existing(plan, err) {
    const cols = keyColumns(err);
    const reusable = (c) => (plan.given.has(c) || plan.depth > 0 || plan.owner) && c in plan.fixed && plan.fixed[c] !== null;
    if (!cols?.length || !cols.every(reusable)) return void 0;
    const where = cols.map((c, i) => `${q(c)}::text = $${i + 1}`).join(" and ");
    const r = await attempt(this.db, `select ${returning(plan.shape)} from ${plan.shape.name} where ${where} limit 1`, cols.map((c) => plan.fixed[c]));
    return r.ok ? r.rows[0] : void 0;
  }
  /**
   * A CHECK the generated values fail (multi-column, or beyond what the limits read), or a unique key
   * the variants kept hitting: try other values for the columns it reads (NULL, the default,
   * booleans, labels, the constraint's own constants, common text shapes), each combination in a
   * savepoint, until one passes; bounded to 128 tries.
   */
  async searchValues(plan, values, err, n, returningRow, seen = /* @__PURE__ */ new Set()) {
    const name = /constraint "([^"]+)"/.exec(err.message)?.[1];
    if (!name || seen.has(name) || seen.size >= 3) return void 0;
    seen.add(name);
    const check = plan.shape.checks.find((c) => c.name === name);
    const key = err.code === "23505" ? keyColumns(err) : void 0;
    const limits = this.limits(plan.shape);
    const related = new Set(key ?? check?.cols ?? []);
    for (let grew = !key; grew; ) {
      grew = false;
      for (const c of plan.shape.checks) if (c.cols?.some((x) => related.has(x)) && !c.cols.every((x) => related.has(x))) c.cols.forEach((x) => related.add(x)), grew = true;
    }
    const cols = [...related].filter((c) => (plan.generate.includes(c) || plan.optional.includes(c)) && !(c in plan.mirrors)).slice(0, 5);
    const defs = plan.shape.checks.filter((c) => c === check || c.cols?.some((x) => related.has(x))).map((c) => c.def);
    const literals = [...new Set(defs.flatMap((d) => [...d.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"))))];
    if (!cols.length) return void 0;
    const lists = cols.map((c) => checkCandidates(plan.shape.columns.find((x) => x.name === c), n, limits.get(c), plan.generate.includes(c) ? values[c] : void 0, literals));
    const at = cols.map(() => 0);
    for (let tries = 0; tries < 128; tries++) {
      let k = 0;
      while (k < at.length && ++at[k] >= lists[k].length) at[k++] = 0;
      if (k === at.length) return void 0;
      const next = { ...values };
      cols.forEach((c, i) => next[c] = lists[i][at[i]]);
      const r = await this.tryInsert(plan, next, returningRow);
      if (!(r instanceof DbError)) return r;
      if (r.code === "23505") {
        const existing = await this.existing(plan, r);
        if (existing) return existing;
      }
      const other = r.code === "23514" ? /constraint "([^"]+)"/.exec(r.message)?.[1] : void 0;
      if (other && other !== name && !seen.has(other)) {
        const found = await this.searchValues(plan, next, r, n, returningRow, seen);
        if (found) return found;
      }
    }
    return void 0;
  }
};
function keyColumns(err) {
  return /^Key \((.+?)\)=/.exec(err.detail ?? "")?.[1]?.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
}
function userMetadata(n) {
  const handle = `probe${n}user`;
  const org = `probe-org-${n}`;
  return JSON.stringify({ handle, username: handle, user_name: handle, full_name: "Probe User", name: "Probe User", display_name: "Probe User", avatar_url: "https://example.com/probe.png", organization_id: org, org_id: org });
}
function constantOf(expr) {
  const m = /^\(?(true|false|-?\d+(?:\.\d+)?|'((?:[^']|'')*)'(?:::[\w ."]+)?)\)?$/.exec(expr.trim());
  if (!m) return void 0;
  return m[2] !== void 0 ? m[2].replace(/''/g, "'") : m[1];
}
function raisedIn(err) {
  const fn = err?.where?.split("\n").find((l) => /\bfunction\b/i.test(l));
  return fn ? ` (raised in ${fn.trim()})` : "";
}
function blockedBy(shape, err) {
  const domain = /value for domain (\S+) violates/.exec(err.message)?.[1];
  const col = domain ? shape.columns.find((c) => c.type === domain || c.type.endsWith(`.${domain.split(".").pop()}`)) : void 0;
  return `${err.message}${col ? ` (column ${shape.name}.${col.name})` : ""}${err.detail && !/^Failing row contains/.test(err.detail) ? ` (${err.detail})` : ""}`;
}
function returning(shape) {
  return ["ctid::text as __ctid", ...shape.columns.map((c) => `${q(c.name)}::text as ${q(c.name)}`)].join(", ");
}

// src/live/probes/util.ts
function changedUp(sources) {
  return sources.filter((s) => s.direction === "up" && s.migration.status !== "base");
}
function walkNodes(node, fn) {
  if (Array.isArray(node)) {
    for (const x of node) walkNodes(x, fn);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === "object") {
      fn(k, v);
      walkNodes(v, fn);
    }
  }
}
var WORKS_ON_DATA = /* @__PURE__ */ new Set(["IndexStmt", "AlterTableStmt", "UpdateStmt", "DeleteStmt", "InsertStmt", "ClusterStmt", "RefreshMatViewStmt", "ReindexStmt"]);
var UNAMBIGUOUS_MS = 1e3;
async function runStatements(db, src, opts) {
  const gaps = opts.gaps ?? { lacking: /* @__PURE__ */ new Set(), sources: [], ran: /* @__PURE__ */ new Set() };
  const plans = await planRuns(src.statements, opts, gaps);
  if (opts.batch && plans.filter((p) => "sql" in p).length > 1 && db.alive) {
    const ran = await runBatch(db, plans.flatMap((p) => "sql" in p ? [p.sql] : []), opts.timeoutMs);
    if (ran) {
      const last = plans.filter((p) => "sql" in p).at(-1);
      return plans.map(
        (p) => "sql" in p ? { stmt: p.stmt, ok: true, ms: p === last ? ran.ms : 0, ...p.withoutConcurrently && { withoutConcurrently: true } } : { stmt: p.stmt, ok: true, skipped: p.skipped, ...p.engineGap && { engineGap: p.engineGap }, ms: 0 }
      );
    }
  }
  const out = [];
  for (const plan of plans) {
    const stmt = plan.stmt;
    if (!db.alive) {
      out.push({ stmt, ok: false, skipped: "the engine stopped", ms: 0 });
      continue;
    }
    if ("skipped" in plan) {
      out.push({ stmt, ok: true, skipped: plan.skipped, ...plan.engineGap && { engineGap: plan.engineGap }, ms: 0 });
      continue;
    }
    const sql = plan.sql;
    const trials = [];
    let timedOut;
    let kept;
    if ((opts.timings ?? 1) > 1 && WORKS_ON_DATA.has(stmt.kind)) {
      const name = savepointName("pgreview_timing");
      for (let i = 1; i < opts.timings && db.alive; i++) {
        await db.query(`savepoint ${name}`, void 0, { timeoutMs: opts.timeoutMs });
        const t2 = performance.now();
        let err;
        const res = await db.query(sql, void 0, { timeoutMs: opts.timeoutMs }).catch((e) => void (err = e));
        const ms = performance.now() - t2;
        if (res && ms >= UNAMBIGUOUS_MS && i === 1) {
          await db.exec(`release savepoint ${name}`, { timeoutMs: opts.timeoutMs });
          kept = { ms, affected: res.affectedRows ?? res.rows.length };
          break;
        }
        if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs: opts.timeoutMs });
        if (err instanceof QueryTimeoutError) timedOut = err;
        if (err) break;
        trials.push(ms);
        if (ms >= UNAMBIGUOUS_MS) break;
      }
    }
    if (kept) {
      out.push({ stmt, ok: true, affected: kept.affected, ms: kept.ms });
      continue;
    }
    if (timedOut) {
      out.push({ stmt, ok: false, error: timedOut, ms: timedOut.timeoutMs });
      continue;
    }
    const t = performance.now();
    const r = await attempt(db, sql, void 0, { keep: true, timeoutMs: opts.timeoutMs });
    const last = performance.now() - t;
    if (!r.ok && r.error.code === "42501" && !db.rollbackOnly) {
      out.push({ stmt, ok: true, skipped: `not re-run: the probe role may not do this (${r.error.message})`, ms: last });
      continue;
    }
    const gap = r.ok ? void 0 : engineGapCause(r.error, gaps, { file: stmt.file, line: stmt.span.line });
    if (gap) {
      out.push({ stmt, ok: true, skipped: `not verified: ${gap}`, engineGap: gap, ms: last });
      continue;
    }
    const all = [...trials, last].sort((a, b) => a - b);
    out.push(r.ok ? { stmt, ok: true, affected: r.affected, ms: all[Math.floor(all.length / 2)] } : { stmt, ok: false, error: r.error, ms: last });
  }
  plans.forEach((p, i) => "sql" in p && p.withoutConcurrently && (out[i].withoutConcurrently = true));
  return out;
}
async function planRuns(statements, opts, gaps) {
  const { transactionControl, cannotRunInTransaction } = await import("./chunk-transaction-WWPXF7DI.js");
  const { screenStatement, createScreenContext: createScreenContext2 } = await import("./chunk-screen-2AOPT6JO.js");
  const screen = opts.screen ?? createScreenContext2();
  return statements.map((stmt) => {
    const hits = screenStatement(stmt, screen);
    if (hits.length) return { stmt, skipped: `not executed: ${[...new Set(hits.map((h) => h.capability))].join(", ")} (${hits.map((h) => h.detail).join("; ")})` };
    if (transactionControl(stmt.kind, stmt.node)) return { stmt, skipped: "transaction control (the probe runs everything in a transaction it rolls back)" };
    const gap = engineGapSkip(stmt, gaps);
    if (gap) return { stmt, skipped: `not verified: ${gap}`, engineGap: gap };
    const noTx = cannotRunInTransaction(stmt.kind, stmt.node, opts.versionNum);
    if (!noTx) return { stmt, sql: stmt.sql };
    if ((stmt.kind === "IndexStmt" || stmt.kind === "DropStmt" || stmt.kind === "ReindexStmt") && /\bconcurrently\b/i.test(stmt.sql)) {
      return { stmt, sql: stmt.sql.replace(/\bconcurrently\b/i, "").replace(/\(\s*concurrently\s*\)/i, ""), withoutConcurrently: true };
    }
    return { stmt, skipped: noTx };
  });
}
async function runBatch(db, sqls, timeoutMs) {
  const name = savepointName("pgreview_batch");
  await db.query(`savepoint ${name}`, void 0, { timeoutMs });
  const t = performance.now();
  const ok = await db.exec(sqls.join("\n;\n"), { timeoutMs }).then(
    () => true,
    () => false
  );
  const ms = performance.now() - t;
  if (!db.alive) return void 0;
  await db.exec(ok ? `release savepoint ${name}` : `rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs });
  return ok ? { ms } : void 0;
}
async function serverVersionNum(db) {
  return Number((await db.query(`select current_setting('server_version_num') as n`)).rows[0].n);
}
function describeDelta(d, verbs = { created: "left behind", dropped: "missing", altered: "differs" }) {
  return [
    ...d.created.map((o) => `${o.kind} ${o.name} ${verbs.created}${o.detail ? ` (${o.detail})` : ""}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} ${verbs.dropped}${o.detail ? ` (${o.detail})` : ""}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} ${verbs.altered}${o.detail ? ` (${o.detail})` : ""}`)
  ];
}
function unsetSessionSetting(e) {
  const name = /^unrecognized configuration parameter "([^"]+\.[^"]+)"/.exec(e.message)?.[1];
  if (!name || e.code && e.code !== "42704" || name.toLowerCase().startsWith("request.")) return void 0;
  return name;
}

// src/live/probes/data-volume.ts
var DEFAULT_ROWS = 2e3;
var UNTIMED_BATCH = 50;
var INTEGRITY = /* @__PURE__ */ new Set(["23502", "23505", "23514", "23503", "23P01"]);
var LOCKS_SQL = `select n.nspname, c.relname, l.mode from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384 and c.relkind in ('r', 'p', 'm')`;
var modeName = (m) => m.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
function seedExpr(col, limits) {
  const l = limits.get(col.name);
  const arr = (vals) => `(array[${vals.map(lit).join(", ")}])[1 + (g % ${vals.length})]`;
  if (l?.values?.length) return `${arr(l.values)}::${col.type}`;
  if (col.labels?.length) return `${arr(col.labels)}::${col.type}`;
  if (col.isArray) return `'{}'::${col.type}`;
  const base = col.base.toLowerCase();
  const intExpr = () => {
    const lo = l?.min ?? 1;
    const hi = l?.max;
    return hi != null && Number.isFinite(hi) ? `(${lo} + (g % ${Math.max(1, hi - lo + 1)}))` : `(${lo} + g)`;
  };
  if (base === "uuid") return `gen_random_uuid()`;
  if (/^(smallint|integer|bigint|int\d?)$/.test(base)) return `${base === "smallint" ? `least(${intExpr()}, 32767)` : intExpr()}::${col.type}`;
  const numeric = /^numeric(?:\((\d+)(?:,(\d+))?\))?$/.exec(base);
  if (numeric) return numeric[1] ? `(${intExpr()} % ${10 ** Math.max(0, Number(numeric[1]) - Number(numeric[2] ?? 0))})::${col.type}` : `${intExpr()}::${col.type}`;
  if (/^(real|double precision)$/.test(base)) return `${intExpr()}::${col.type}`;
  if (base === "boolean") return `(g % 2 = 0)`;
  if (/^(text|citext|character varying|varchar)/.test(base)) {
    const matching = l?.pattern !== void 0 ? Array.from({ length: 10 }, (_, k) => exampleFor(l.pattern, k, l.minLength)) : [];
    if (matching.length && matching.every((m) => m !== void 0)) return `${arr([...new Set(matching)])}::${col.type}`;
    const len = /\((\d+)\)/.exec(base)?.[1];
    const max = Math.min(len ? Number(len) : Infinity, l?.maxLength ?? Infinity);
    return Number.isFinite(max) ? `right(${lit(col.name + "_")} || g, ${max})::${col.type}` : `(${lit(col.name + "_")} || g)::${col.type}`;
  }
  if (base.startsWith("timestamp")) return `(timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute')::${col.type}`;
  if (base === "date") return `(date '2024-01-01' + (g % 3650))`;
  if (base === "jsonb" || base === "json") return `jsonb_build_object('n', g)::${col.type}`;
  const v = valueFor(col, 1, l);
  return v === void 0 ? void 0 : `${lit(v)}::${col.type}`;
}
var PARENT_ROWS = 100;
async function seedTable(db, shapes, table, n, seeding, timeoutMs, optional = false) {
  const shape = await shapes.get(table);
  if (!shape) return "not a table";
  if (shape.partition?.empty) return "partitioned, with no partition: no row can be inserted";
  seeding.active.add(table);
  const parents = await seedParents(db, shapes, shape, n, seeding, timeoutMs);
  if (typeof parents === "string") return parents;
  let r = await attempt(db, seedSql(shape, parents, parents.n), void 0, { keep: true, timeoutMs });
  for (let k = Math.floor(parents.n / 2); !r.ok && r.error.code === "23505" && k >= 1; k = Math.floor(k / 2)) {
    r = await attempt(db, seedSql(shape, parents, k), void 0, { keep: true, timeoutMs });
  }
  if (!r.ok && optional) {
    seeding.active.delete(table);
    return r.error.message;
  }
  if (!r.ok) {
    const made = await seedRowByRow(db, shapes, table, Math.min(parents.n, 200));
    if (!made.rows) return `${r.error.message}; row by row: ${made.why}`;
  }
  await selfReferencePass(db, shape);
  return void 0;
}
async function seedParents(db, shapes, shape, n, seeding, timeoutMs) {
  const out = { n, ctes: [], joins: [], fkOf: /* @__PURE__ */ new Map(), selfRefs: /* @__PURE__ */ new Map(), nulls: /* @__PURE__ */ new Set() };
  const table = shape.name;
  const nullable = (c) => !shape.columns.find((x) => x.name === c)?.notNull;
  for (const [i, fk] of shape.fks.entries()) {
    if (fk.ref === table) {
      fk.cols.forEach((c, j) => nullable(c) ? out.nulls.add(c) : out.selfRefs.set(c, fk.refCols[j]));
      continue;
    }
    const count = async () => Number((await db.query(`select count(*)::text as c from ${fk.ref}`)).rows[0].c);
    const ownParent = (shape.uniques ?? [shape.pk]).some((u) => u.length && u.every((c) => fk.cols.includes(c)));
    if (!await count() && !seeding.active.has(fk.ref)) {
      const optional = fk.cols.every(nullable);
      const full = ownParent || seeding.targets.has(fk.ref);
      const why = await seedTable(db, shapes, fk.ref, full ? n : Math.min(n, PARENT_ROWS), seeding, timeoutMs, optional);
      if (!why && !full) seeding.parentRows[fk.ref] = await count();
      if (why && optional) {
        fk.cols.forEach((c) => out.nulls.add(c));
        continue;
      }
      if (why) return `parent ${fk.ref}: ${why}`;
    }
    if (ownParent) out.n = Math.min(out.n, await count());
    out.ctes.push(`p${i} as (select ${fk.refCols.map((c, j) => `${q(c)} as c${j}`).join(", ")}, row_number() over () as rn from (select * from ${fk.ref} limit ${n}) x), n${i} as (select count(*) as c from p${i})`);
    out.joins.push(`cross join n${i} left join p${i} on p${i}.rn = 1 + ((g - 1) % greatest(n${i}.c, 1))`);
    fk.cols.forEach((c, j) => out.fkOf.set(c, { i, col: `c${j}` }));
  }
  return out;
}
function seedSql(shape, parents, n) {
  const limits = limitsOf(shape);
  const cols = [];
  const exprs = [];
  const selfKeys = new Set(parents.selfRefs.values());
  let overriding = false;
  for (const col of shape.columns) {
    if (col.generated) continue;
    const fk = parents.fkOf.get(col.name);
    const self = parents.selfRefs.get(col.name);
    if (self) {
      cols.push(q(col.name));
      exprs.push(`k.${q(self)}`);
      continue;
    }
    if (selfKeys.has(col.name)) {
      cols.push(q(col.name));
      exprs.push(`k.${q(col.name)}`);
      overriding ||= col.identity === "a";
      continue;
    }
    if (col.identity || parents.nulls.has(col.name)) continue;
    if (fk) {
      cols.push(q(col.name));
      exprs.push(col.notNull ? `p${fk.i}.${fk.col}` : `case when g % 10 = 0 then null else p${fk.i}.${fk.col} end`);
      continue;
    }
    if (col.hasDefault) continue;
    const e = seedExpr(col, limits);
    if (e === void 0) continue;
    cols.push(q(col.name));
    exprs.push(col.notNull ? e : `case when g % 10 = 0 then null else ${e} end`);
  }
  const keys = [...selfKeys].map((c) => {
    const col = shape.columns.find((x) => x.name === c);
    const seq = shape.sequences?.[c];
    return `${seq ? `nextval(${lit(seq)})::${col.type}` : seedExpr(col, limits) ?? `gen_random_uuid()`} as ${q(c)}`;
  });
  const lateral = keys.length ? ` cross join lateral (select ${keys.join(", ")}) k` : "";
  const ctes = parents.ctes.length ? `with ${parents.ctes.join(", ")} ` : "";
  if (!cols.length) return `insert into ${shape.name} select from generate_series(1, ${n})`;
  return `${ctes}insert into ${shape.name} (${cols.join(", ")})${overriding ? " overriding system value" : ""} select ${exprs.join(", ")} from generate_series(1, ${n}) g ${parents.joins.join(" ")}${lateral}`;
}
async function selfReferencePass(db, shape) {
  for (const fk of shape.fks) {
    if (fk.ref !== shape.name || fk.cols.length !== 1) continue;
    const col = shape.columns.find((c2) => c2.name === fk.cols[0]);
    if (!col || col.notNull || col.generated) continue;
    const [c, r] = [q(fk.cols[0]), q(fk.refCols[0])];
    await attempt(
      db,
      `with o as (select ctid as t, lag(${r}) over (order by ctid) as prev, row_number() over (order by ctid) as i from ${shape.name}) update ${shape.name} x set ${c} = o.prev from o where x.ctid = o.t and o.prev is not null and o.i % 10 <> 0`,
      void 0,
      { keep: true }
    );
  }
}
async function seedRowByRow(db, shapes, table, n) {
  const factory = new RowFactory(db, shapes);
  let rows = 0;
  let why;
  for (let i = 0; i < n; i++) {
    const made = await factory.insert(table, { label: `seed-${i}`, rows: /* @__PURE__ */ new Map() }, {}, { returning: false });
    if (typeof made === "string") {
      why = made;
      break;
    }
    rows++;
  }
  return { rows, why };
}
async function countViolations(db, shapes, st, err) {
  const rel = st.node?.relation ?? st.node?.table;
  const table = rel?.relname ? await shapes.resolve(relationRef(rel)) : void 0;
  if (!table) return {};
  let sql;
  if (err.code === "23502") {
    const col = /column "([^"]+)"/.exec(err.message)?.[1];
    const shape = await shapes.get(table);
    sql = col && shape?.columns.some((c) => c.name === col) ? `select count(*) from ${table} where ${q(col)} is null` : `select count(*) from ${table}`;
  } else if (err.code === "23505") {
    const cols = /Key \((.+?)\)=/.exec(err.detail ?? "")?.[1];
    if (cols) sql = `select coalesce(sum(c), 0) from (select count(*) as c from ${table} group by ${cols} having count(*) > 1) s`;
  } else if (err.code === "23503") {
    const m = /Key \((.+?)\)=.*not present in table "([^"]+)"/.exec(err.detail ?? "");
    const con = (st.node?.cmds ?? []).map((c) => c?.AlterTableCmd?.def?.Constraint).find((c) => c?.contype === "CONSTR_FOREIGN");
    if (m && con?.pktable) {
      const parent = await shapes.resolve(relationRef(con.pktable));
      const pshape = parent ? await shapes.get(parent) : void 0;
      const refCols = (con.pk_attrs ?? []).map((a) => a?.String?.sval).filter(Boolean);
      const pk = refCols.length ? refCols : pshape?.pk ?? [];
      const fkCols = m[1].split(",").map((s) => s.trim());
      if (parent && pk.length === fkCols.length)
        sql = `select count(*) from ${table} t where ${fkCols.map((c) => `t.${c} is not null`).join(" and ")} and not exists (select 1 from ${parent} p where ${fkCols.map((c, i) => `p.${q(pk[i])} = t.${c}`).join(" and ")})`;
    }
  } else if (err.code === "23514") {
    const name = /check constraint "([^"]+)"/.exec(err.message)?.[1];
    const cmds = st.node?.cmds ?? [];
    if (name && st.kind === "AlterTableStmt" && cmds.length === 1) {
      const n = await rolledBack(
        db,
        async () => {
          const add = await attempt(db, `${st.sql} NOT VALID`, void 0, { keep: true });
          if (!add.ok) return void 0;
          const def = (await db.query(`select pg_get_constraintdef(oid) as d from pg_constraint where conrelid = $1::regclass and conname = $2`, [table, name])).rows[0]?.d;
          const expr = def && /^CHECK \((.*)\)$/s.exec(def)?.[1];
          return expr ? `select count(*) from ${table} where not (${expr})` : void 0;
        },
        { nested: true }
      );
      sql = n;
    }
  }
  if (!sql) return {};
  const r = await attempt(db, sql);
  if (!r.ok) return { sql };
  const v = r.rows[0] ? Object.values(r.rows[0])[0] : void 0;
  return { n: v == null ? void 0 : Number(v), sql };
}
function relationNames(nodes) {
  const names = /* @__PURE__ */ new Set();
  walkNodes(nodes, (k, v) => {
    if ((k === "RangeVar" || k === "relation" || k === "table" || k === "pktable") && v?.relname) names.add(relationRef(v));
  });
  return [...names];
}
async function existingTables(db, names) {
  const r = await db.query(
    `select x.name, n.nspname as n, c.relname as t from unnest($1::text[]) as x(name)
       join pg_class c on c.oid = to_regclass(x.name) join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')`,
    [names]
  );
  return new Map(r.rows.map((row) => [row.name, qn(row.n, row.t)]));
}
function innerStatements(st) {
  if (st.kind !== "DoStmt") return [{ kind: st.kind, node: st.node }];
  const out = [];
  walkNodes(st.plpgsql, (k, v) => {
    const query = k === "PLpgSQL_stmt_execsql" ? v?.sqlstmt?.PLpgSQL_expr?.query : void 0;
    if (typeof query !== "string") return;
    try {
      out.push(...parseStatementsSync(query));
    } catch {
    }
  });
  return out;
}
var ROW_WORK = /* @__PURE__ */ new Set(["IndexStmt", "UpdateStmt", "DeleteStmt", "InsertStmt", "MergeStmt", "ClusterStmt", "RefreshMatViewStmt", "ReindexStmt", "VacuumStmt", "CreateTableAsStmt", "AlterDomainStmt"]);
var CATALOG_ONLY_ACTIONS = /* @__PURE__ */ new Set([
  "AT_DropColumn",
  "AT_DropConstraint",
  "AT_ColumnDefault",
  "AT_DropNotNull",
  "AT_ChangeOwner",
  "AT_SetStatistics",
  "AT_SetStorage",
  "AT_SetCompression",
  "AT_SetOptions",
  "AT_ResetOptions",
  "AT_SetRelOptions",
  "AT_ResetRelOptions",
  "AT_ReplicaIdentity",
  "AT_ClusterOn",
  "AT_DropCluster",
  "AT_DropIdentity",
  "AT_SetIdentity",
  "AT_EnableRowSecurity",
  "AT_DisableRowSecurity",
  "AT_ForceRowSecurity",
  "AT_NoForceRowSecurity",
  "AT_EnableTrig",
  "AT_EnableAlwaysTrig",
  "AT_EnableReplicaTrig",
  "AT_DisableTrig",
  "AT_EnableTrigAll",
  "AT_DisableTrigAll",
  "AT_EnableTrigUser",
  "AT_DisableTrigUser",
  "AT_EnableRule",
  "AT_EnableAlwaysRule",
  "AT_EnableReplicaRule",
  "AT_DisableRule",
  "AT_DropOf",
  "AT_GenericOptions",
  "AT_DetachPartitionFinalize"
]);
function storedDefault(expr) {
  let ok = true;
  walkNodes(expr, (k, v) => {
    if (k === "FuncCall" && !(v.funcname?.length === 1 && v.funcname[0]?.String?.sval === "now")) ok = false;
    if (["SubLink", "A_Expr", "CoalesceExpr", "CaseExpr", "ColumnRef"].includes(k)) ok = false;
  });
  return ok;
}
function catalogOnlyColumn(def, versionNum, domains) {
  const type = typeInfo(def?.typeName);
  if (!type || isSerial(type) || domains.has(type.name)) return false;
  let hasDefault = false;
  let notNull = false;
  for (const c of def.constraints ?? []) {
    const con = c?.Constraint;
    if (con?.contype === "CONSTR_NULL") continue;
    if (con?.contype === "CONSTR_NOTNULL") notNull = true;
    else if (con?.contype === "CONSTR_DEFAULT" && versionNum >= 11e4 && !con.raw_expr?.A_Const?.isnull && storedDefault(con.raw_expr)) hasDefault = true;
    else return false;
  }
  return !notNull || hasDefault;
}
function dependsOnRows(kind, node, versionNum, domains) {
  if (ROW_WORK.has(kind)) return true;
  if (kind === "CreateStmt") return !!node?.partbound;
  if (kind !== "AlterTableStmt") return false;
  return (node?.cmds ?? []).some((c) => {
    const cmd = c?.AlterTableCmd;
    if (cmd?.subtype === "AT_AddColumn") return !catalogOnlyColumn(cmd.def?.ColumnDef, versionNum, domains);
    if (cmd?.subtype === "AT_AddConstraint") return !(cmd.def?.Constraint?.skip_validation && ["CONSTR_CHECK", "CONSTR_FOREIGN"].includes(cmd.def.Constraint.contype));
    return !CATALOG_ONLY_ACTIONS.has(cmd?.subtype);
  });
}
async function domainNames(db, stmts) {
  const out = new Set((await db.query(`select typname as n from pg_type where typtype = 'd'`)).rows.map((r) => r.n.toLowerCase()));
  for (const st of stmts) if (st.kind === "CreateDomainStmt") out.add(String(st.node.domainname?.at(-1)?.String?.sval ?? "").toLowerCase());
  return out;
}
function locksHeldToFileEnd(src) {
  const ownTx = hasOwnTransaction(src.statements);
  return ownTx || runnerWraps(src.migration, src.statements.length, ownTx);
}
async function planRehearsal(db, sources, versionNum) {
  const domains = await domainNames(db, sources.flatMap((s) => s.statements));
  const inner = new Map(sources.flatMap((s) => s.statements).map((st) => [st, innerStatements(st)]));
  const existing = await existingTables(db, [...new Set([...inner.values()].flat().flatMap((x) => relationNames([x.node])))]);
  const tablesOf = (nodes) => [...new Set(relationNames(nodes).flatMap((n) => existing.get(n) ?? []))];
  const onExisting = (x) => tablesOf([x.kind === "AlterTableStmt" || x.kind === "IndexStmt" ? { relation: x.node.relation } : x.node]).length > 0;
  const rehearsed = /* @__PURE__ */ new Set();
  const tables = /* @__PURE__ */ new Set();
  for (const src of sources) {
    const wraps = locksHeldToFileEnd(src);
    const named = src.statements.map((st) => tablesOf(inner.get(st).map((x) => x.node)));
    let last = -1;
    for (const [i, st] of src.statements.entries()) {
      if (!inner.get(st).some((x) => dependsOnRows(x.kind, x.node, versionNum, domains) && onExisting(x))) continue;
      rehearsed.add(st);
      last = i;
    }
    src.statements.forEach((st, i) => {
      if (wraps && i < last && named[i].length) rehearsed.add(st);
      if (rehearsed.has(st)) named[i].forEach((t) => tables.add(t));
    });
  }
  return { rehearsed, tables: [...tables].sort() };
}
async function rehearse(input) {
  const { db, settings } = input;
  const n = Math.max(1, settings.rows ?? DEFAULT_ROWS);
  const shapes = new Shapes(db);
  const sources = changedUp(input.sources).filter((s) => !s.error);
  const out = { rows: n, engine: db.engine, tableRows: {}, parentRows: {}, seeded: !db.rollbackOnly, notSeeded: [], notVerified: [], otherErrors: [], statements: [] };
  const versionNum = await serverVersionNum(db);
  const { rehearsed, tables } = await planRehearsal(db, sources, versionNum);
  if (!tables.length) return out;
  let lastFile = sources.length - 1;
  while (lastFile > 0 && !sources[lastFile].statements.some((st) => rehearsed.has(st))) lastFile--;
  await rolledBack(db, async () => {
    const seedShapes = new Shapes(db);
    await seedShapes.prefetch(tables);
    await fillTables(db, seedShapes, tables, n, settings.statementTimeoutMs, out);
    const locks = new LockWatch(db);
    await locks.refresh();
    const opts = { timeoutMs: settings.statementTimeoutMs, versionNum, timings: settings.rehearsalTimings, screen: createScreenContext(), gaps: input.gaps };
    let untimed;
    for (const src of sources.slice(0, lastFile + 1)) {
      const quiet = !src.statements.some((st) => rehearsed.has(st));
      if (untimed && (!quiet || untimed.statements.length + src.statements.length > UNTIMED_BATCH)) {
        await rehearseFile(db, shapes, untimed, rehearsed, locks, opts, out);
        untimed = void 0;
      }
      if (!quiet) await rehearseFile(db, shapes, src, rehearsed, locks, opts, out);
      else untimed = untimed ? { ...untimed, statements: [...untimed.statements, ...src.statements] } : src;
    }
    if (untimed) await rehearseFile(db, shapes, untimed, rehearsed, locks, opts, out);
  });
  return out;
}
async function fillTables(db, shapes, tables, n, timeoutMs, out) {
  if (!db.rollbackOnly) {
    const seeding = { active: /* @__PURE__ */ new Set(), targets: new Set(tables), parentRows: out.parentRows };
    for (const t of tables) {
      if (seeding.active.has(t)) continue;
      const why = await seedTable(db, shapes, t, n, seeding, timeoutMs);
      if (why) out.notSeeded.push(`${t}: ${why}`);
    }
    await attempt(db, `analyze ${tables.join(", ")}`, void 0, { keep: true }).catch(() => void 0);
  }
  for (const t of tables) {
    const r = await attempt(db, db.rollbackOnly ? `select greatest(reltuples, 0)::bigint::text as c from pg_class where oid = $1::regclass` : `select count(*)::text as c from ${t}`, db.rollbackOnly ? [t] : void 0);
    if (r.ok) out.tableRows[t] = Number(r.rows[0]?.c ?? 0);
  }
}
var LockWatch = class {
  constructor(db) {
    this.db = db;
  }
  db;
  held = /* @__PURE__ */ new Set();
  /** Statements ran since the last read: their locks are not any rehearsed statement's. */
  stale = false;
  async refresh() {
    await this.taken();
    this.stale = false;
  }
  /** Locks taken since the last read. */
  async taken() {
    const out = [];
    for (const l of (await this.db.query(LOCKS_SQL)).rows) {
      const key = `${l.nspname}.${l.relname}:${l.mode}`;
      if (this.held.has(key)) continue;
      this.held.add(key);
      out.push({ relation: `${q(l.nspname)}.${q(l.relname)}`, mode: modeName(l.mode) });
    }
    return out;
  }
};
async function rehearseFile(db, shapes, src, rehearsed, locks, opts, out) {
  const wraps = locksHeldToFileEnd(src);
  const ms = [];
  const recorded = [];
  for (let i = 0; i < src.statements.length; ) {
    const isRehearsed = rehearsed.has(src.statements[i]);
    let j = i + 1;
    while (!isRehearsed && j < src.statements.length && !rehearsed.has(src.statements[j])) j++;
    if (isRehearsed && locks.stale && db.alive) await locks.refresh();
    const runs = await runStatements(db, { ...src, statements: src.statements.slice(i, j) }, isRehearsed ? opts : { ...opts, timings: 1, batch: true });
    for (const [k, run] of runs.entries()) {
      ms.push(run.ms);
      const st = run.stmt;
      if (run.engineGap) out.notVerified.push(`${st.file}:${st.span.line}: ${run.skipped}`);
      const failed = !run.ok && run.error ? { message: run.error.message, code: run.error.code, detail: run.error.detail } : void 0;
      if (failed && !INTEGRITY.has(failed.code ?? "")) out.otherErrors.push({ file: st.file, line: st.span.line, error: { ...failed, hint: run.error.hint } });
      if (!isRehearsed && !(failed && INTEGRITY.has(failed.code ?? ""))) continue;
      const timing = { file: st.file, migrationId: st.migrationId, line: st.span.line, endLine: st.span.endLine, kind: st.kind, ms: run.ms, heldMs: run.ms, locks: [] };
      if (run.skipped) timing.skipped = run.skipped;
      if (run.withoutConcurrently) timing.concurrently = true;
      if (failed) {
        timing.error = failed;
        if (INTEGRITY.has(failed.code ?? "")) {
          const v = await countViolations(db, shapes, st, failed);
          timing.violating = v.n;
          timing.violatingQuery = v.sql;
        }
      }
      if (isRehearsed && !run.skipped && db.alive) timing.locks = await locks.taken();
      recorded.push({ at: i + k, timing });
    }
    if (!isRehearsed) locks.stale = true;
    i = j;
  }
  for (const { at, timing } of recorded) {
    if (wraps) timing.heldMs = ms.slice(at).reduce((s, t) => s + t, 0);
    out.statements.push(timing);
  }
}
var fmtMs = (ms) => ms >= 6e4 ? `${(ms / 6e4).toFixed(1)} min` : ms >= 1e3 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms)} ms`;
function sizesGiven(settings) {
  return Object.keys(settings.expectedRows ?? {}).length > 0 || !!settings.statsFile || !!settings.statsUrl;
}
function expectedFor(expected, table) {
  if (!expected) return void 0;
  const bare = table.split(".").pop().replace(/"/g, "");
  const unq = table.replace(/"/g, "");
  return expected[table] ?? expected[unq] ?? expected[bare];
}
function laterGaps(input, r) {
  if (!r.otherErrors?.length) return [];
  return r.otherErrors.flatMap((e) => {
    const cause = engineGapCause(e.error, input.gaps, e);
    return cause ? [`${e.file}:${e.line}: not verified: ${cause}`] : [];
  });
}
var dataVolumeProbe = {
  id: "data-volume",
  prepare: rehearse,
  async run(input) {
    const out = { result: { probe: "data-volume", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const prepared = input.prepared?.["data-volume"];
    if (!prepared) {
      out.result = { probe: "data-volume", status: "not-run", summary: "not run: the rehearsal between base and changed migrations did not happen (no afterBase hook)" };
      return out;
    }
    if (prepared instanceof Error) {
      out.result = { probe: "data-volume", status: "not-run", summary: `not run: ${prepared.message}` };
      return out;
    }
    const r = prepared;
    const tables = Object.keys(r.tableRows);
    if (!tables.length) {
      out.result = { probe: "data-volume", status: "not-applicable", summary: "no changed statement does work that grows with the rows of a table that existed before it (index builds, rewrites, validating scans, backfills): nothing to rehearse on data" };
      return out;
    }
    const details = [];
    const notProbed = [...r.notSeeded, ...r.notVerified ?? [], ...laterGaps(input, r)];
    const basis = r.seeded ? `synthetic rows on the ${r.engine} engine` : "the real data of the url database";
    for (const t of r.statements) {
      if (t.error && INTEGRITY.has(t.error.code ?? "")) {
        const named = /relation "([^"]+)"/.exec(t.error.message)?.[1];
        const rel = tables.find((x) => x === named || x.endsWith(`.${named}`)) ?? t.locks[0]?.relation ?? tables[0];
        out.findings.push({
          ruleId: "data-dependent-failure",
          severity: "high",
          phase: "live",
          category: "deploy",
          file: t.file,
          line: t.line,
          column: 1,
          endLine: t.endLine,
          migrationId: t.migrationId,
          object: rel,
          title: `Fails on existing data: ${t.error.message}`,
          message: `With ${tables.map((x) => `${(r.tableRows[x] ?? 0).toLocaleString("en-US")} rows in ${x}`).join(", ")} (${basis}), this statement failed: ${t.error.message}${t.error.detail ? ` (${t.error.detail})` : ""}.${t.violating != null ? ` ${t.violating} row(s) violate it.` : ""} On an empty database it passes; on a database with such rows the deploy fails here.${r.seeded ? " The synthetic data leaves NULL in one row of ten of every nullable column and repeats low-cardinality values, as real data tends to." : ""}`,
          fix: {
            description: "Clean or backfill the violating rows before adding the constraint (in an earlier migration), or add it NOT VALID and VALIDATE it after the data is fixed. Count the violating rows in production first:",
            sql: t.violatingQuery
          },
          evidence: { error: t.error, violatingRows: t.violating, query: t.violatingQuery, tableRows: r.tableRows, basis }
        });
        details.push(`${t.file}:${t.line}: FAILS on data: ${t.error.message}${t.violating != null ? ` (${t.violating} violating rows)` : ""}`);
      }
    }
    let estimates = 0;
    for (const t of r.statements) {
      if (t.skipped || t.error) continue;
      const onTouched = t.locks.filter((l) => tables.includes(l.relation));
      if (!onTouched.length) continue;
      const strongest = onTouched.sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode))[0];
      const rows = r.tableRows[strongest.relation] ?? 0;
      let line = t.concurrently ? `${t.file}:${t.line} ${t.kind} CONCURRENTLY: ${fmtMs(t.ms)} at ${rows.toLocaleString("en-US")} rows of ${strongest.relation} as a plain build (the rehearsal is a transaction); in production it holds SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes, and scans the table twice` : `${t.file}:${t.line} ${t.kind}: ${fmtMs(t.ms)} at ${rows.toLocaleString("en-US")} rows of ${strongest.relation}, ${strongest.mode} held ${fmtMs(t.heldMs)}`;
      const expected = expectedFor(input.settings.expectedRows, strongest.relation);
      if (expected && rows > 0) {
        const f = expected / rows;
        estimates++;
        line += t.concurrently ? `; estimate at ${expected.toLocaleString("en-US")} rows: ~${fmtMs(t.ms * f)} for the plain build, linear from ${rows.toLocaleString("en-US")} ${basis} — an estimate, not a measurement` : `; estimate at ${expected.toLocaleString("en-US")} rows: ~${fmtMs(t.ms * f)} (lock ~${fmtMs(t.heldMs * f)}), linear from ${rows.toLocaleString("en-US")} ${basis} — an estimate, not a measurement`;
      }
      details.push(line);
    }
    const parents = Object.entries(r.parentRows ?? {});
    if (parents.length) details.push(`parent tables seeded only to give foreign keys values, with fewer rows: ${parents.map(([t, n]) => `${t} (${n.toLocaleString("en-US")})`).join(", ")}`);
    out.objectsProbed = tables.length - r.notSeeded.length;
    out.objectsNotProbed = r.notSeeded.length;
    const failures = out.findings.length;
    const slowest = r.statements.filter((t) => !t.skipped && !t.error && !t.concurrently).sort((a, b) => b.heldMs - a.heldMs)[0];
    out.result = {
      probe: "data-volume",
      status: failures ? "failed" : notProbed.length ? "partial" : "passed",
      summary: failures ? `${failures} statement(s) fail on existing data (${basis}): ${out.findings.map((f) => `${f.file}:${f.line}`).join(", ")}` : `rehearsed on ${tables.map((x) => `${(r.tableRows[x] ?? 0).toLocaleString("en-US")} rows of ${x}`).slice(0, 4).join(", ")}${tables.length > 4 ? ", …" : ""} (${basis}); longest lock hold ${slowest ? `${fmtMs(slowest.heldMs)} (${slowest.file}:${slowest.line})` : r.statements.some((t) => t.concurrently) ? "none: only concurrent builds, which block no writes" : "none"}${estimates ? "; estimates in the details" : sizesGiven(input.settings) ? "" : "; give --expected-rows table=count for estimates at production size"}`,
      details,
      notProbed
    };
    return out;
  }
};

export {
  q,
  relationRef,
  rolledBack,
  attempt,
  setJwtClaims,
  Shapes,
  RowFactory,
  raisedIn,
  changedUp,
  walkNodes,
  runStatements,
  serverVersionNum,
  describeDelta,
  unsetSessionSetting,
  DEFAULT_ROWS,
  PARENT_ROWS,
  dependsOnRows,
  rehearse,
  dataVolumeProbe
};
