// Small, total helpers over libpg-query's JSON AST. They never throw on shapes they don't know:
// rules run over every real migration, and an unknown node must mean "no finding", not a crash.

export interface QualifiedName {
  schema: string;
  name: string;
  /** schema.name, lower-cased as Postgres folds unquoted identifiers (the parser already did). */
  qualified: string;
}

export const DEFAULT_SCHEMA = 'public';

/**
 * A RangeVar's name. Once per node for the default schema (rules and the model ask for the same
 * relation's name dozens of times): the result is shared, never change it; sharing its `qualified`
 * string also spares the model's lookups hashing a new string each time.
 */
export function rangeVarName(rv: any, defaultSchema = DEFAULT_SCHEMA): QualifiedName | undefined {
  if (!rv || typeof rv.relname !== 'string') return undefined;
  const schema = rv.schemaname ?? defaultSchema;
  if (defaultSchema !== DEFAULT_SCHEMA || typeof rv !== 'object') return { schema, name: rv.relname, qualified: `${schema}.${rv.relname}` };
  let q = rangeVarNames.get(rv);
  // Checked against the node, so a node changed in place still gets its own name.
  if (q === undefined || q.name !== rv.relname || q.schema !== schema) {
    q = { schema, name: rv.relname, qualified: `${schema}.${rv.relname}` };
    rangeVarNames.set(rv, q);
  }
  return q;
}
const rangeVarNames = new WeakMap<object, QualifiedName>();

/** Names given as a list of String nodes, e.g. DropStmt objects or function names. */
export function listName(items: any[] | undefined, defaultSchema = DEFAULT_SCHEMA): QualifiedName | undefined {
  const parts = (items ?? []).map((i: any) => i?.String?.sval).filter((s: any) => typeof s === 'string');
  if (parts.length === 0) return undefined;
  const name = parts[parts.length - 1]!;
  const schema = parts.length > 1 ? parts[parts.length - 2]! : defaultSchema;
  return { schema, name, qualified: `${schema}.${name}` };
}

export function strings(items: any[] | undefined): string[] {
  const out: string[] = [];
  if (!items) return out;
  // Not a list (never from the parser): fail as map() would.
  if (!Array.isArray(items)) return (items as any).map((i: any) => i?.String?.sval).filter((s: any) => typeof s === 'string');
  for (const i of items) {
    const s = i?.String?.sval;
    if (typeof s === 'string') out.push(s);
  }
  return out;
}

export interface TypeInfo {
  /** Base type name as the catalog spells it: int4, int8, varchar, text, timestamp, timestamptz, json, jsonb, vector… */
  name: string;
  schema?: string;
  mods: number[];
  array: boolean;
  /** How a person would write it: varchar(20), timestamp, vector(1536)[]. */
  display: string;
}

const DISPLAY: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
  varchar: 'varchar',
  timestamptz: 'timestamptz',
  timestamp: 'timestamp',
};

/**
 * A TypeName node's type, once per node (rules and the model ask for the same column's type many
 * times): the result is shared, never change it.
 */
export function typeInfo(typeName: any): TypeInfo | undefined {
  if (!typeName?.names || typeof typeName !== 'object') return undefined;
  const known = typeInfos.get(typeName);
  if (known !== undefined || typeInfos.has(typeName)) return known;
  const info = readTypeInfo(typeName);
  typeInfos.set(typeName, info);
  return info;
}
const typeInfos = new WeakMap<object, TypeInfo | undefined>();

function readTypeInfo(typeName: any): TypeInfo | undefined {
  const parts = strings(typeName.names);
  if (parts.length === 0) return undefined;
  const name = parts[parts.length - 1]!.toLowerCase();
  const schema = parts.length > 1 ? parts[0] : undefined;
  const mods =
    typeName.typmods == null
      ? []
      : typeName.typmods.map((m: any) => m?.A_Const?.ival?.ival ?? (m?.A_Const?.ival ? 0 : undefined)).filter((n: any) => typeof n === 'number');
  const array = Array.isArray(typeName.arrayBounds) && typeName.arrayBounds.length > 0;
  const base = DISPLAY[name] ?? name;
  const display = `${base}${mods.length ? `(${mods.join(',')})` : ''}${array ? '[]' : ''}`;
  return { name, schema: schema === 'pg_catalog' ? undefined : schema, mods, array, display };
}

export function isSerial(t: TypeInfo | undefined): boolean {
  return !!t && ['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2'].includes(t.name);
}

/** Constraint nodes of a ColumnDef. */
export function columnConstraints(colDef: any): any[] {
  const list = colDef?.constraints;
  if (list == null) return [];
  if (!Array.isArray(list)) return list.map((c: any) => c?.Constraint).filter(Boolean); // fails as before
  // One array, not two: rules ask for every column.
  const out: any[] = [];
  for (const c of list) {
    const con = c?.Constraint;
    if (con) out.push(con);
  }
  return out;
}

// hasConstraint and defaultExpr read the list in place: rules ask them for every column, and the
// intermediate arrays of columnConstraints were garbage each time.
export function hasConstraint(colDef: any, contype: string): boolean {
  return constraintOf(colDef, contype) !== undefined;
}

export function defaultExpr(colDef: any): any | undefined {
  return constraintOf(colDef, 'CONSTR_DEFAULT')?.raw_expr;
}

/** The first Constraint node of a ColumnDef with this contype. */
function constraintOf(colDef: any, contype: string): any | undefined {
  const list = colDef?.constraints;
  if (list == null) return undefined;
  if (!Array.isArray(list)) return columnConstraints(colDef).find((c) => c.contype === contype); // fails as before
  for (const item of list) {
    const c = item?.Constraint;
    if (c && c.contype === contype) return c;
  }
  return undefined;
}

/** Depth-first walk of any AST value; `visit` returning false stops descent into that node. */
export function walk(node: any, visit: (key: string, value: any, parent: any) => boolean | void): void {
  // Three parallel stacks instead of a tuple per node: every rule walks every statement, and the
  // tuples were a large share of the static stage's garbage. Scalars are never pushed.
  const keys: string[] = [''];
  const values: any[] = [node];
  const parents: any[] = [undefined];
  while (values.length) {
    const key = keys.pop()!;
    const value = values.pop();
    const parent = parents.pop();
    if (value === null || typeof value !== 'object') continue;
    if (key && visit(key, value, parent) === false) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const v = value[i];
        if (v === null || typeof v !== 'object') continue;
        keys.push(key);
        values.push(v);
        parents.push(value);
      }
    } else {
      for (const k in value) {
        const v = value[k];
        if (v === null || typeof v !== 'object') continue;
        keys.push(k);
        values.push(v);
        parents.push(value);
      }
    }
  }
}

export interface FuncCallName {
  name: string;
  schema?: string;
  node: any;
}

/** A FuncCall node's (schema-less unless written) lower-case name; undefined when it has none. */
export function funcCallOf(node: any): FuncCallName | undefined {
  const parts = strings(node.funcname).map((s) => s.toLowerCase());
  return parts.length ? { name: parts[parts.length - 1]!, schema: parts.length > 1 ? parts[0] : undefined, node } : undefined;
}

/** Every FuncCall in a node, with its (schema-less unless written) lower-case name. */
export function funcCalls(node: any): FuncCallName[] {
  const out: FuncCallName[] = [];
  walk(node, (key, value) => {
    if (key !== 'FuncCall') return;
    const f = funcCallOf(value);
    if (f) out.push(f);
  });
  return out;
}

/** Functions whose result differs per row or call: a default using one forces a table rewrite. */
const VOLATILE_FUNCS = new Set([
  'random',
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'gen_random_bytes',
  'txid_current',
  'uuidv7',
  'uuidv4',
]);

/** Stable functions (now(), current_timestamp) are evaluated once for ADD COLUMN: no rewrite on PG 11+. */
export function isVolatileDefault(expr: any): boolean {
  if (!expr) return false;
  return funcCalls(expr).some((f) => VOLATILE_FUNCS.has(f.name));
}

export function defElem(options: any[] | undefined, name: string): any | undefined {
  return (options ?? []).map((o: any) => o?.DefElem).find((d: any) => d?.defname === name);
}

export function defElemString(d: any): string | undefined {
  const a = d?.arg;
  if (!a) return undefined;
  if (a.String) return a.String.sval;
  if (a.Boolean) return String(a.Boolean.boolval ?? false);
  if (a.Integer) return String(a.Integer.ival ?? 0);
  if (a.TypeName) return strings(a.TypeName.names).join('.');
  if (a.List) return strings(a.List.items).join(',');
  return undefined;
}

/** Role names of a policy or grant (RoleSpec list); PUBLIC when empty. */
export function roleNames(roles: any[] | undefined): string[] {
  const out = (roles ?? []).map((r: any) => {
    const spec = r?.RoleSpec;
    if (!spec) return undefined;
    if (spec.roletype === 'ROLESPEC_PUBLIC') return 'public';
    if (spec.roletype === 'ROLESPEC_CURRENT_USER') return 'current_user';
    if (spec.roletype === 'ROLESPEC_SESSION_USER') return 'session_user';
    return spec.rolename;
  });
  return out.filter((s: any): s is string => typeof s === 'string');
}

/** A literal TRUE (`true`, `'t'::bool`, `1 = 1` is not folded: kept simple and exact). */
export function isLiteralTrue(expr: any): boolean {
  if (!expr) return false;
  if (expr.A_Const?.boolval?.boolval === true) return true;
  if (expr.TypeCast) {
    const arg = expr.TypeCast.arg?.A_Const;
    const t = strings(expr.TypeCast.typeName?.names).pop();
    if (t === 'bool' && (arg?.sval?.sval === 't' || arg?.sval?.sval === 'true')) return true;
  }
  return false;
}

/** Column names referenced as `name` or `alias.name` anywhere in a node. */
export function columnRefs(node: any): string[][] {
  const out: string[][] = [];
  walk(node, (key, value) => {
    if (key === 'ColumnRef') out.push(strings(value.fields));
  });
  return out;
}

/** Postgres truncates identifiers to NAMEDATALEN-1 = 63 bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

/**
 * An object name as PostgreSQL prints it (quote_ident per part): the parser has already folded
 * unquoted identifiers to lower case, so a part with upper case or other characters was quoted in the
 * SQL and must be shown quoted. `public.Recipient` (from "Recipient") becomes `public."Recipient"`,
 * the form the live catalog uses, so one object has one name; `public.recipient` stays as it is.
 * Names already quoted, and strings that are not dotted identifiers (files, `extension:x`), are kept.
 */
export function displayName(name: string): string {
  // Once per name: every finding's object and the tables named in its text are shown through it.
  let shown = displayNames.get(name);
  if (shown === undefined) {
    if (displayNames.size >= 10_000) displayNames.clear(); // bounded across in-process reviews
    displayNames.set(name, (shown = readDisplayName(name)));
  }
  return shown;
}
const displayNames = new Map<string, string>();

function readDisplayName(name: string): string {
  if (name.includes('"') || !/^[^\s/:,()]+$/.test(name) || /\.(sql|ya?ml|json|toml)$/i.test(name)) return name;
  const parts = name.split('.');
  if (parts.length < 2 || parts.length > 4) return name;
  return parts.map((p) => (/[A-Z]|[^A-Za-z0-9_$]/.test(p) ? `"${p}"` : p)).join('.');
}

/** The object's display name in place of its raw form in a message (whole names only). */
export function displayNamesIn(text: string, raw: string): string {
  if (!text.includes(raw)) return text;
  const shown = displayName(raw);
  if (shown === raw) return text;
  return text.replace(wholeNamePattern(raw), shown);
}

// The pattern per raw name, compiled once: findings on a large folder name the same few tables
// thousands of times. Global patterns are safe to share: replace() starts them at lastIndex 0.
const wholeNamePatterns = new Map<string, RegExp>();
function wholeNamePattern(raw: string): RegExp {
  let re = wholeNamePatterns.get(raw);
  if (!re) {
    const esc = raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<![\\w."])${esc}(?![\\w"])`, 'g');
    if (wholeNamePatterns.size >= 10_000) wholeNamePatterns.clear(); // bounded across in-process reviews
    wholeNamePatterns.set(raw, re);
  }
  return re;
}
