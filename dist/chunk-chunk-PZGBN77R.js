// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  SqlError,
  codeWithoutCommentsOrStrings,
  parsePlpgsql,
  parseStatementsSync,
  parseSync,
  statementsOf
} from "./chunk-chunk-6M6MGMG4.js";

// src/analysis/ast.ts
var DEFAULT_SCHEMA = "public";
function rangeVarName(rv, defaultSchema = DEFAULT_SCHEMA) {
  if (!rv || typeof rv.relname !== "string") return void 0;
  const schema = rv.schemaname ?? defaultSchema;
  if (defaultSchema !== DEFAULT_SCHEMA || typeof rv !== "object") return { schema, name: rv.relname, qualified: `${schema}.${rv.relname}` };
  let q = rangeVarNames.get(rv);
  if (q === void 0 || q.name !== rv.relname || q.schema !== schema) {
    q = { schema, name: rv.relname, qualified: `${schema}.${rv.relname}` };
    rangeVarNames.set(rv, q);
  }
  return q;
}
var rangeVarNames = /* @__PURE__ */ new WeakMap();
function listName(items, defaultSchema = DEFAULT_SCHEMA) {
  const parts = (items ?? []).map((i) => i?.String?.sval).filter((s) => typeof s === "string");
  if (parts.length === 0) return void 0;
  const name = parts[parts.length - 1];
  const schema = parts.length > 1 ? parts[parts.length - 2] : defaultSchema;
  return { schema, name, qualified: `${schema}.${name}` };
}
function strings(items) {
  const out = [];
  if (!items) return out;
  if (!Array.isArray(items)) return items.map((i) => i?.String?.sval).filter((s) => typeof s === "string");
  for (const i of items) {
    const s = i?.String?.sval;
    if (typeof s === "string") out.push(s);
  }
  return out;
}
var DISPLAY = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bool: "boolean",
  bpchar: "char",
  varchar: "varchar",
  timestamptz: "timestamptz",
  timestamp: "timestamp"
};
function typeInfo(typeName) {
  if (!typeName?.names || typeof typeName !== "object") return void 0;
  const known = typeInfos.get(typeName);
  if (known !== void 0 || typeInfos.has(typeName)) return known;
  const info = readTypeInfo(typeName);
  typeInfos.set(typeName, info);
  return info;
}
var typeInfos = /* @__PURE__ */ new WeakMap();
function readTypeInfo(typeName) {
  const parts = strings(typeName.names);
  if (parts.length === 0) return void 0;
  const name = parts[parts.length - 1].toLowerCase();
  const schema = parts.length > 1 ? parts[0] : void 0;
  const mods = typeName.typmods == null ? [] : typeName.typmods.map((m) => m?.A_Const?.ival?.ival ?? (m?.A_Const?.ival ? 0 : void 0)).filter((n) => typeof n === "number");
  const array = Array.isArray(typeName.arrayBounds) && typeName.arrayBounds.length > 0;
  const base = DISPLAY[name] ?? name;
  const display = `${base}${mods.length ? `(${mods.join(",")})` : ""}${array ? "[]" : ""}`;
  return { name, schema: schema === "pg_catalog" ? void 0 : schema, mods, array, display };
}
function isSerial(t) {
  return !!t && ["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"].includes(t.name);
}
function columnConstraints(colDef) {
  const list = colDef?.constraints;
  if (list == null) return [];
  if (!Array.isArray(list)) return list.map((c) => c?.Constraint).filter(Boolean);
  const out = [];
  for (const c of list) {
    const con = c?.Constraint;
    if (con) out.push(con);
  }
  return out;
}
function hasConstraint(colDef, contype) {
  return constraintOf(colDef, contype) !== void 0;
}
function defaultExpr(colDef) {
  return constraintOf(colDef, "CONSTR_DEFAULT")?.raw_expr;
}
function constraintOf(colDef, contype) {
  const list = colDef?.constraints;
  if (list == null) return void 0;
  if (!Array.isArray(list)) return columnConstraints(colDef).find((c) => c.contype === contype);
  for (const item of list) {
    const c = item?.Constraint;
    if (c && c.contype === contype) return c;
  }
  return void 0;
}
function walk(node, visit) {
  const keys = [""];
  const values = [node];
  const parents = [void 0];
  while (values.length) {
    const key = keys.pop();
    const value = values.pop();
    const parent = parents.pop();
    if (value === null || typeof value !== "object") continue;
    if (key && visit(key, value, parent) === false) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const v = value[i];
        if (v === null || typeof v !== "object") continue;
        keys.push(key);
        values.push(v);
        parents.push(value);
      }
    } else {
      for (const k in value) {
        const v = value[k];
        if (v === null || typeof v !== "object") continue;
        keys.push(k);
        values.push(v);
        parents.push(value);
      }
    }
  }
}
function funcCallOf(node) {
  const parts = strings(node.funcname).map((s) => s.toLowerCase());
  return parts.length ? { name: parts[parts.length - 1], schema: parts.length > 1 ? parts[0] : void 0, node } : void 0;
}
function funcCalls(node) {
  const out = [];
  walk(node, (key, value) => {
    if (key !== "FuncCall") return;
    const f = funcCallOf(value);
    if (f) out.push(f);
  });
  return out;
}
var VOLATILE_FUNCS = /* @__PURE__ */ new Set([
  "random",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "gen_random_bytes",
  "txid_current",
  "uuidv7",
  "uuidv4"
]);
function isVolatileDefault(expr) {
  if (!expr) return false;
  return funcCalls(expr).some((f) => VOLATILE_FUNCS.has(f.name));
}
function defElem(options, name) {
  return (options ?? []).map((o) => o?.DefElem).find((d) => d?.defname === name);
}
function defElemString(d) {
  const a = d?.arg;
  if (!a) return void 0;
  if (a.String) return a.String.sval;
  if (a.Boolean) return String(a.Boolean.boolval ?? false);
  if (a.Integer) return String(a.Integer.ival ?? 0);
  if (a.TypeName) return strings(a.TypeName.names).join(".");
  if (a.List) return strings(a.List.items).join(",");
  return void 0;
}
function roleNames(roles) {
  const out = (roles ?? []).map((r) => {
    const spec = r?.RoleSpec;
    if (!spec) return void 0;
    if (spec.roletype === "ROLESPEC_PUBLIC") return "public";
    if (spec.roletype === "ROLESPEC_CURRENT_USER") return "current_user";
    if (spec.roletype === "ROLESPEC_SESSION_USER") return "session_user";
    return spec.rolename;
  });
  return out.filter((s) => typeof s === "string");
}
function isLiteralTrue(expr) {
  if (!expr) return false;
  if (expr.A_Const?.boolval?.boolval === true) return true;
  if (expr.TypeCast) {
    const arg = expr.TypeCast.arg?.A_Const;
    const t = strings(expr.TypeCast.typeName?.names).pop();
    if (t === "bool" && (arg?.sval?.sval === "t" || arg?.sval?.sval === "true")) return true;
  }
  return false;
}
function columnRefs(node) {
  const out = [];
  walk(node, (key, value) => {
    if (key === "ColumnRef") out.push(strings(value.fields));
  });
  return out;
}
var MAX_IDENTIFIER_BYTES = 63;
function displayName(name) {
  let shown = displayNames.get(name);
  if (shown === void 0) {
    if (displayNames.size >= 1e4) displayNames.clear();
    displayNames.set(name, shown = readDisplayName(name));
  }
  return shown;
}
var displayNames = /* @__PURE__ */ new Map();
function readDisplayName(name) {
  if (name.includes('"') || !/^[^\s/:,()]+$/.test(name) || /\.(sql|ya?ml|json|toml)$/i.test(name)) return name;
  const parts = name.split(".");
  if (parts.length < 2 || parts.length > 4) return name;
  return parts.map((p) => /[A-Z]|[^A-Za-z0-9_$]/.test(p) ? `"${p}"` : p).join(".");
}
function displayNamesIn(text, raw) {
  if (!text.includes(raw)) return text;
  const shown = displayName(raw);
  if (shown === raw) return text;
  return text.replace(wholeNamePattern(raw), shown);
}
var wholeNamePatterns = /* @__PURE__ */ new Map();
function wholeNamePattern(raw) {
  let re = wholeNamePatterns.get(raw);
  if (!re) {
    const esc = raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(`(?<![\\w."])${esc}(?![\\w"])`, "g");
    if (wholeNamePatterns.size >= 1e4) wholeNamePatterns.clear();
    wholeNamePatterns.set(raw, re);
  }
  return re;
}

// src/analysis/embedded-sql.ts
function plpgsqlExprSql(text, mode) {
  if (mode === 2) return `SELECT ${text}`;
  if (mode >= 3) return `SELECT ${text.replace(/^[\s\S]*?:?=/, "")}`;
  return text;
}
var CONSTANT_STRING = /^\s*'((?:[^']|'')*)'\s*$/;
function walkPlpgsqlQueries(tree, onQuery, onNode) {
  walk(tree, (key, value) => {
    if (key === "PLpgSQL_expr" && typeof value.query === "string") {
      onQuery(value.query, typeof value.parseMode === "number" ? value.parseMode : 0, false);
      const constant = CONSTANT_STRING.exec(value.query);
      if (constant) onQuery(constant[1].replace(/''/g, "'"), 0, true);
    } else onNode?.(key, value);
  });
}
function statementQueries(stmt) {
  const out = [{ kind: stmt.kind, node: stmt.node }];
  const add2 = (sql, variables) => {
    try {
      for (const s of parseStatementsSync(sql)) out.push({ kind: s.kind, node: s.node, variables });
    } catch {
    }
  };
  if (stmt.kind === "CreateFunctionStmt" && defElemString(defElem(stmt.node.options, "language"))?.toLowerCase() === "sql") {
    const body = defElem(stmt.node.options, "as")?.arg?.List?.items?.[0]?.String?.sval;
    if (typeof body === "string") add2(body);
  }
  const tree = stmt.kind === "CreateFunctionStmt" || stmt.kind === "DoStmt" ? stmt.plpgsql : void 0;
  if (tree) {
    const variables = /* @__PURE__ */ new Set();
    walk(tree, (key, value) => {
      if ((key === "PLpgSQL_var" || key === "PLpgSQL_rec" || key === "PLpgSQL_row") && typeof value.refname === "string") variables.add(value.refname);
    });
    walkPlpgsqlQueries(tree, (text, mode) => add2(plpgsqlExprSql(text, mode), variables));
  }
  return out;
}

// src/analysis/screen.ts
function createScreenContext() {
  return { functions: /* @__PURE__ */ new Map(), dynamicFunctions: /* @__PURE__ */ new Set(), backslashStrings: false };
}
var CAPABILITY_TEXT = {
  "shell-command": "runs a shell command on the database server",
  "server-file-access": "reads or writes files on the database server's filesystem",
  "untrusted-language": "creates code in an untrusted procedural language (full OS access as the postgres user)",
  "native-code": "loads native code (a shared library) into the database server",
  "server-configuration": "changes the server configuration (postgresql.auto.conf)",
  "network-connection": "opens network connections from the database server",
  "privileged-role": "grants a role that can read/write server files or run programs",
  "session-authorization": "switches the session's authorization to act as another user (the review runs migrations as a non-superuser role)",
  "dynamic-sql": "runs dynamic SQL that cannot be screened before it executes"
};
var FILE_FUNCS = /* @__PURE__ */ new Set([
  "pg_read_file",
  "pg_read_binary_file",
  "pg_ls_dir",
  "pg_stat_file",
  "pg_ls_logdir",
  "pg_ls_waldir",
  "pg_ls_tmpdir",
  "pg_ls_archive_statusdir",
  "pg_ls_replslotdir",
  "pg_ls_logicalsnapdir",
  "pg_ls_logicalmapdir",
  "lo_import",
  "lo_export",
  // adminpack
  "pg_file_write",
  "pg_file_read",
  "pg_file_rename",
  "pg_file_unlink",
  "pg_file_sync",
  "pg_logdir_ls"
]);
var FILE_SYMBOL_RE = /^(pg_read_(binary_)?file|pg_ls_|pg_stat_file|be_lo_(import|export)|lo_(import|export)|pg_file_|pg_logdir_ls)/i;
var QUERY_ARGUMENT = /* @__PURE__ */ new Map([
  ["query_to_xml", () => 0],
  ["query_to_xmlschema", () => 0],
  ["query_to_xml_and_xmlschema", () => 0],
  ["ts_stat", () => 0],
  ["ts_rewrite", (n) => n === 2 ? 1 : void 0]
]);
var UNTRUSTED_LANGS = /* @__PURE__ */ new Set([
  "plpython3u",
  "plpythonu",
  "plpython2u",
  "plperlu",
  "pltclu",
  "plluau",
  "plr",
  "plsh",
  "pljavau"
]);
var FILE_EXTENSIONS = /* @__PURE__ */ new Set(["adminpack", "file_fdw"]);
var PRIVILEGED_ROLES = /* @__PURE__ */ new Set(["pg_execute_server_program", "pg_read_server_files", "pg_write_server_files"]);
var LIBRARY_SETTINGS = /* @__PURE__ */ new Set(["session_preload_libraries", "local_preload_libraries", "shared_preload_libraries", "dynamic_library_path"]);
var MAX_DEPTH = 6;
var MAX_PARSES = 500;
function screenStatement(stmt, context = createScreenContext()) {
  const w = { ctx: context, hits: [], parses: 0 };
  try {
    screenNode(stmt.kind, stmt.node, stmt.sql, () => stmt.plpgsql, w, 0, "", true);
  } catch (e) {
    w.hits.push({
      capability: "dynamic-sql",
      detail: `the statement could not be screened (${e?.message ?? e})`,
      severity: "low",
      refuse: true
    });
  }
  return dedupe(w.hits);
}
function screenSql(sql, context = createScreenContext()) {
  const w = { ctx: context, hits: [], parses: 0 };
  screenText(sql, 0, w, 0, "");
  return dedupe(w.hits);
}
function dedupe(hits) {
  if (hits.length < 2) return hits;
  const seen = /* @__PURE__ */ new Set();
  return hits.filter((h) => {
    const k = `${h.capability}\0${h.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function add(w, capability, detail, where, location) {
  const dyn = capability === "dynamic-sql";
  w.hits.push({
    capability,
    detail: where ? `${detail} ${where}` : detail,
    severity: dyn ? "low" : "critical",
    refuse: !dyn,
    location: where ? void 0 : location
  });
}
function screenText(text, mode, w, depth, where) {
  if (depth > MAX_DEPTH) {
    add(w, "dynamic-sql", "SQL nested too deep to screen", where);
    return;
  }
  if (++w.parses > MAX_PARSES) {
    if (w.parses === MAX_PARSES + 1) add(w, "dynamic-sql", `more than ${MAX_PARSES} embedded queries: the rest was screened by pattern only`, where);
    lexical(text, w, where);
    return;
  }
  if (!mayFlag(text, w.ctx)) return;
  const sql = plpgsqlExprSql(text, mode);
  let tree;
  try {
    tree = parseSql(sql);
  } catch {
    lexical(text, w, where);
    return;
  }
  for (const s of statementsOf(tree)) {
    const sub = s.length ? sliceBytes(sql, s.location, s.location + s.length) : sliceBytes(sql, s.location);
    screenNode(s.kind, s.node, sub, void 0, w, depth, where, false);
  }
}
var FLAGGED_KEYWORDS = /\b(copy|load|import|system|language|procedure|extension|server|mapping|trigger)\b|(?<!\b(?:on|alter|drop)\s+)\bfunction\b|\bforeign\b(?!\s+key\b)|\bdo\b(?!\s+(?:nothing|update)\b)/i;
var FLAGGED_NAMES = /u&|authorization|pg_read_|pg_write_server_files|pg_execute_server_program|pg_ls_|pg_stat_file|lo_import|lo_export|pg_file_|pg_logdir_ls|dblink|set_config|query_to_xml|ts_stat|ts_rewrite|standard_conforming_strings|preload_libraries|dynamic_library_path/i;
var SYNTAX_CALLS = /* @__PURE__ */ new Set(["timezone", "like_escape", "similar_to_escape", "is_normalized", "pg_collation_for", "btrim", "ltrim", "rtrim", "system_user", "overlaps", "extract", "normalize", "overlay", "position", "substring", "xmlexists", "json_object"]);
function mayFlag(text, ctx) {
  return FLAGGED_KEYWORDS.test(text) || mayCall(text, ctx);
}
function mayCall(text, ctx) {
  const t = text.includes("K") ? text.toLowerCase() : text;
  if (FLAGGED_NAMES.test(t)) return true;
  if (ctx.functions.size === 0 && ctx.dynamicFunctions.size === 0) return false;
  return flaggedCalls(ctx).test(t);
}
var flaggedCallPatterns = /* @__PURE__ */ new WeakMap();
function flaggedCalls(ctx) {
  const cached = flaggedCallPatterns.get(ctx);
  if (cached && sameNames(cached.names, ctx)) return cached.pattern;
  const names = [...ctx.functions.keys(), ...ctx.dynamicFunctions];
  const anywhere = names.some((n) => SYNTAX_CALLS.has(n) || /[^\x00-\x7f]/.test(n) || n.includes('"'));
  const pattern = anywhere ? /(?:)/ : new RegExp(["\\btreat\\b", ...names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))].join("|"), "i");
  flaggedCallPatterns.set(ctx, { names, pattern });
  return pattern;
}
function sameNames(names, ctx) {
  if (names.length !== ctx.functions.size + ctx.dynamicFunctions.size) return false;
  let i = 0;
  for (const n of ctx.functions.keys()) if (names[i++] !== n) return false;
  for (const n of ctx.dynamicFunctions) if (names[i++] !== n) return false;
  return true;
}
var EXECUTE_KEYWORD = /\bexecute\b/i;
function bodyMayFlag(body, ctx) {
  if (!EXECUTE_KEYWORD.test(body) && !mayFlag(body, ctx)) return false;
  const code = codeWithoutCommentsOrStrings(body);
  return code === void 0 || EXECUTE_KEYWORD.test(code) || mayFlag(code, ctx);
}
function bodyMayExecute(body) {
  if (!EXECUTE_KEYWORD.test(body)) return false;
  const code = codeWithoutCommentsOrStrings(body);
  return code === void 0 || EXECUTE_KEYWORD.test(code);
}
function parseSql(sql) {
  let tree = parsedTexts.get(sql);
  if (tree === void 0) {
    if (parsedTexts.size >= 2e3) parsedTexts.clear();
    try {
      tree = parseSync(sql);
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      tree = e;
    }
    parsedTexts.set(sql, tree);
  }
  if (tree instanceof SqlError) throw tree;
  return tree;
}
var parsedTexts = /* @__PURE__ */ new Map();
function sliceBytes(text, start, end) {
  if (start === 0 && end === void 0) return text;
  const buf = Buffer.from(text, "utf8");
  return buf.subarray(start, end).toString("utf8");
}
function screenNode(kind, node, sql, plTree, w, depth, where, top) {
  if (!node || typeof node !== "object") return;
  switch (kind) {
    case "CopyStmt": {
      if (node.is_program) addAt(w, where, `COPY … ${node.is_from ? "FROM" : "TO"} PROGRAM ${quote(node.filename)}`, "shell-command");
      else if (typeof node.filename === "string")
        addAt(w, where, `COPY … ${node.is_from ? "FROM" : "TO"} server file ${quote(node.filename)}`, "server-file-access");
      break;
    }
    case "AlterSystemStmt":
      addAt(w, where, `ALTER SYSTEM SET ${node.setstmt?.name ?? ""}`.trim(), "server-configuration");
      break;
    case "LoadStmt":
      addAt(w, where, `LOAD ${quote(node.filename)}`, "native-code");
      break;
    case "CreateExtensionStmt": {
      const ext = String(node.extname ?? "").toLowerCase();
      if (UNTRUSTED_LANGS.has(ext)) addAt(w, where, `CREATE EXTENSION ${ext} (untrusted language)`, "untrusted-language");
      else if (FILE_EXTENSIONS.has(ext)) addAt(w, where, `CREATE EXTENSION ${ext}`, "server-file-access");
      break;
    }
    case "CreatePLangStmt":
      if (!node.pltrusted) addAt(w, where, `CREATE LANGUAGE ${node.plname ?? "<language>"} with its own handler`, "native-code");
      break;
    case "CreateForeignServerStmt": {
      const fdw = String(node.fdwname ?? "").toLowerCase();
      addAt(w, where, `CREATE SERVER ${node.servername ?? ""} FOREIGN DATA WRAPPER ${fdw}`, fdw === "file_fdw" ? "server-file-access" : "network-connection");
      break;
    }
    case "CreateUserMappingStmt":
      addAt(w, where, `CREATE USER MAPPING for server ${node.servername ?? ""}`, "network-connection");
      break;
    case "ImportForeignSchemaStmt":
      addAt(w, where, `IMPORT FOREIGN SCHEMA from server ${node.server_name ?? ""}`, "network-connection");
      break;
    case "CreateForeignTableStmt":
      for (const o of node.options ?? []) {
        const d = o?.DefElem;
        if (d?.defname === "program") addAt(w, where, `foreign table reading PROGRAM ${quote(d.arg?.String?.sval)}`, "shell-command");
        else if (d?.defname === "filename") addAt(w, where, `foreign table reading server file ${quote(d.arg?.String?.sval)}`, "server-file-access");
      }
      break;
    case "GrantRoleStmt":
      if (node.is_grant !== false)
        for (const r of node.granted_roles ?? []) {
          const name = r?.AccessPriv?.priv_name;
          if (typeof name === "string" && PRIVILEGED_ROLES.has(name.toLowerCase())) addAt(w, where, `GRANT ${name}`, "privileged-role");
        }
      break;
    case "UpdateStmt":
      if (String(node.relation?.relname ?? "").toLowerCase() === "pg_settings") refuseConformingStringsOff(w, "UPDATE pg_settings", where);
      break;
    case "CreateFunctionStmt":
      screenFunction(node, sql, plTree, w, depth, where);
      break;
    case "DoStmt":
      screenDo(node, sql, plTree, w, depth, where);
      break;
    case "CreateTrigStmt":
    case "CreateEventTrigStmt": {
      const fn = lastName(node.funcname);
      if (fn) flagCall(fn, `${kind === "CreateTrigStmt" ? "trigger" : "event trigger"} ${node.trigname ?? ""} runs`.replace("  ", " "), w, where);
      break;
    }
  }
  if (sql === void 0 || kind === "CreateFunctionStmt" || kind === "DoStmt" || mayCall(sql, w.ctx)) walkNode(node, (key, value) => {
    if (key === "FuncCall" || key === "funccall") screenCall(value, w, depth, where, top);
    else if (key === "VariableSetStmt" || key === "setstmt") {
      const name = String(value?.name ?? "").toLowerCase();
      if (setsConformingStringsOff(value)) refuseConformingStringsOff(w, `SET ${name} = ${settingValue(value.args?.[0]) ?? "…"}`, where);
      if (LIBRARY_SETTINGS.has(name)) add(w, "native-code", `SET ${name} (loads libraries into later sessions)`, where);
      else if (name === "session_authorization") add(w, "session-authorization", `${value?.kind === "VAR_RESET" ? "RESET" : "SET"} SESSION AUTHORIZATION`, where);
    }
  });
  if (kind === "VariableSetStmt" && setsConformingStringsOff(node))
    refuseConformingStringsOff(w, `SET ${node.is_local ? "LOCAL " : ""}standard_conforming_strings = ${settingValue(node.args?.[0]) ?? "…"}`, where, top ? node.location : void 0);
  if (kind === "VariableSetStmt" && LIBRARY_SETTINGS.has(String(node.name ?? "").toLowerCase()))
    add(w, "native-code", `SET ${node.name} (loads libraries into later sessions)`, where);
  else if (kind === "VariableSetStmt" && String(node.name ?? "").toLowerCase() === "session_authorization")
    add(w, "session-authorization", `${node.kind === "VAR_RESET" ? "RESET" : "SET"} SESSION AUTHORIZATION`, where, top ? node.location : void 0);
}
function refuseConformingStringsOff(w, how, where, location) {
  w.ctx.backslashStrings = true;
  w.hits.push({
    capability: "dynamic-sql",
    detail: `${how}: later string literals would take backslash escapes, which pgreview's parser does not read, so code could pass for a string${where ? ` ${where}` : ""}`,
    severity: "low",
    refuse: true,
    location: where ? void 0 : location
  });
}
function settingValue(arg) {
  const c = arg?.A_Const;
  if (!c) return void 0;
  return c.sval?.sval ?? (c.ival ? String(c.ival.ival ?? 0) : void 0) ?? (c.boolval ? String(c.boolval.boolval ?? false) : void 0);
}
function setsConformingStringsOff(set) {
  return set?.kind === "VAR_SET_VALUE" && turnsOffConformingStrings(String(set.name ?? "").toLowerCase(), settingValue(set.args?.[0]));
}
function turnsOffConformingStrings(name, value) {
  return name === "standard_conforming_strings" && !["on", "true", "yes", "1"].includes(String(value ?? "").trim().toLowerCase());
}
function addAt(w, where, detail, capability) {
  add(w, capability, detail, where);
}
function screenCall(call, w, depth, where, top) {
  const parts = strings(call?.funcname).map((s) => s.toLowerCase());
  const name = parts[parts.length - 1];
  if (!name) return;
  const loc = top ? call.location : void 0;
  const queryAt = QUERY_ARGUMENT.get(name)?.(call.args?.length ?? 0);
  if (FILE_FUNCS.has(name)) add(w, "server-file-access", `${name}()`, where, loc);
  else if (name.startsWith("dblink") && !["dblink_build_sql_insert", "dblink_build_sql_update", "dblink_build_sql_delete"].includes(name))
    add(w, "network-connection", `${name}()`, where, loc);
  else if (name === "set_config") {
    const setting = foldString(call.args?.[0]);
    if (setting == null || setting.includes(MARK)) add(w, "dynamic-sql", "set_config() of a setting named at run time", where, loc);
    else if (setting.trim().toLowerCase() === "session_authorization") add(w, "session-authorization", "set_config('session_authorization', …)", where, loc);
    else if (turnsOffConformingStrings(setting.trim().toLowerCase(), foldString(call.args?.[1]))) refuseConformingStringsOff(w, "set_config('standard_conforming_strings', …)", where, loc);
  } else if (queryAt !== void 0) {
    const q = foldString(call.args?.[queryAt]);
    if (q != null && !q.includes(MARK)) screenText(q, 0, w, depth + 1, `in the query run by ${name}()${where ? ` ${where}` : ""}`);
    else add(w, "dynamic-sql", `${name}() of a query built at run time`, where, loc);
  }
  flagCall(name, "calls", w, where);
}
function flagCall(name, verb, w, where) {
  const key = name.toLowerCase();
  const body = w.ctx.functions.get(key);
  if (body) {
    for (const cap of new Set(body.map((h) => h.capability))) {
      const d = body.find((h) => h.capability === cap).detail;
      add(w, cap, `${verb} ${key}(), created earlier in this review and flagged: ${d}`, where);
    }
  } else if (w.ctx.dynamicFunctions.has(key)) {
    add(w, "dynamic-sql", `${verb} ${key}(), whose body runs dynamic SQL that could not be screened`, where);
  }
}
function lastName(items) {
  const parts = strings(items);
  return parts.length ? parts[parts.length - 1].toLowerCase() : void 0;
}
function quote(s) {
  const t = String(s ?? "");
  return `'${t.length > 80 ? t.slice(0, 77) + "…" : t}'`;
}
function screenFunction(node, sql, plTree, w, depth, where) {
  const name = lastName(node.funcname) ?? "<function>";
  const display = strings(node.funcname).join(".") || name;
  const opts = (node.options ?? []).map((o) => o?.DefElem).filter(Boolean);
  const lang = String(opts.find((d) => d.defname === "language")?.arg?.String?.sval ?? (node.sql_body ? "sql" : "")).toLowerCase();
  const as = strings(opts.find((d) => d.defname === "as")?.arg?.List?.items);
  const before = w.hits.length;
  const inner = `in the body of ${display}()${where ? ` ${where}` : ""}`;
  for (const d of opts) {
    if (d.defname === "set" && setsConformingStringsOff(d.arg?.VariableSetStmt)) w.ctx.backslashStrings = true;
  }
  if (UNTRUSTED_LANGS.has(lang)) add(w, "untrusted-language", `function ${display}() in LANGUAGE ${lang}`, where);
  else if (lang === "c") add(w, "native-code", `function ${display}() in LANGUAGE C from ${quote(as[0])}`, where);
  else if (lang === "internal" && as[0] && FILE_SYMBOL_RE.test(as[0])) add(w, "server-file-access", `function ${display}() wraps the internal ${as[0]}`, where);
  else if (lang === "sql" && as[0] != null) screenText(as[0], 0, w, depth + 1, inner);
  else if (lang === "plpgsql" && (as[0] == null || w.ctx.backslashStrings || bodyMayFlag(as[0], w.ctx))) {
    const tree = plTree?.() ?? (sql ? parsePlpgsql(sql) : void 0);
    if (tree) screenPl(tree, w, depth, inner, false);
    else if (as[0] != null) lexical(as[0], w, inner, true);
    if (tree && as[0] != null && w.ctx.backslashStrings) lexical(as[0], w, inner);
  }
  if (lang === "sql" && as[0] != null && w.ctx.backslashStrings) lexical(as[0], w, inner);
  const body = w.hits.slice(before);
  const own = body.filter((h) => h.capability !== "dynamic-sql");
  if (own.length) w.ctx.functions.set(name, own);
  else w.ctx.functions.delete(name);
  if (body.some((h) => h.capability === "dynamic-sql")) w.ctx.dynamicFunctions.add(name);
  else w.ctx.dynamicFunctions.delete(name);
  for (let i = w.hits.length - 1; i >= before; i--) if (w.hits[i].capability === "dynamic-sql") w.hits.splice(i, 1);
}
function screenDo(node, sql, plTree, w, depth, where) {
  const args = (node.args ?? []).map((o) => o?.DefElem).filter(Boolean);
  const lang = String(args.find((d) => d.defname === "language")?.arg?.String?.sval ?? "plpgsql").toLowerCase();
  const body = args.find((d) => d.defname === "as")?.arg?.String?.sval;
  const inner = `inside a DO block${where ? ` ${where}` : ""}`;
  if (UNTRUSTED_LANGS.has(lang)) return add(w, "untrusted-language", `DO block in LANGUAGE ${lang}`, where);
  if (lang !== "plpgsql" || typeof body === "string" && !w.ctx.backslashStrings && !bodyMayFlag(body, w.ctx)) return;
  const tree = plTree?.() ?? (sql ? parsePlpgsql(sql) : void 0) ?? (typeof body === "string" ? parsePlpgsql(`DO ${dollar(body)}`) : void 0);
  if (tree) screenPl(tree, w, depth, inner, true);
  else if (typeof body === "string") lexical(body, w, inner, true);
  if (tree && typeof body === "string" && w.ctx.backslashStrings) lexical(body, w, inner);
}
function dollar(body) {
  let tag = "$pgr$";
  for (let i = 0; body.includes(tag); i++) tag = `$pgr${i}$`;
  return `${tag}${body}${tag}`;
}
var DYNAMIC_KEYS = {
  PLpgSQL_stmt_dynexecute: "query",
  PLpgSQL_stmt_dynfors: "query",
  PLpgSQL_stmt_return_query: "dynquery",
  PLpgSQL_stmt_open: "dynquery"
};
function screenPl(tree, w, depth, where, runsNow) {
  const visit = (value, owner, key) => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, owner, key);
      return;
    }
    for (const k in value) {
      const v = value[k];
      if (k === "PLpgSQL_expr") {
        const q = typeof v?.query === "string" ? v.query : void 0;
        if (q == null) continue;
        const dynamic = owner != null && DYNAMIC_KEYS[owner] === key;
        if (dynamic) screenDynamic(q, w, depth, where, runsNow);
        else screenText(q, typeof v.parseMode === "number" ? v.parseMode : 0, w, depth + 1, where);
      } else if (k.startsWith("PLpgSQL_stmt_")) {
        if (v !== null && typeof v === "object") for (const kk in v) visit(v[kk], k, kk);
      } else visit(v, owner, k);
    }
  };
  visit(tree, void 0, "");
}
function screenDynamic(exprText, w, depth, where, runsNow) {
  const inner = `in dynamic SQL (EXECUTE) ${where}`;
  let expr;
  try {
    expr = parseSql(`SELECT ${exprText}`).stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    expr = void 0;
  }
  if (expr) screenText(exprText, 2, w, depth + 1, where);
  const literal = expr ? foldString(expr) : void 0;
  if (literal != null) return screenText(literal, 0, w, depth + 1, inner);
  const template = expr ? foldTemplate(expr) : void 0;
  if (template != null && shapeIsFixed(template)) return screenText(template, 0, w, depth + 1, inner);
  const before = w.hits.length;
  const fragments = [];
  if (expr) walkNode(expr, (k, v) => void (k === "A_Const" && typeof v?.sval?.sval === "string" && fragments.push(v.sval.sval)));
  else fragments.push(exprText);
  lexical(fragments.join(" "), w, inner);
  if (w.hits.length === before || !runsNow)
    add(w, "dynamic-sql", `EXECUTE of a string built at run time (${short(exprText)})`, where);
}
var MARK = "pgreview_value_7f3a";
function foldTemplate(expr) {
  if (!expr || typeof expr !== "object") return void 0;
  const lit = foldString(expr);
  if (lit != null) return lit;
  if (expr.TypeCast) return foldTemplate(expr.TypeCast.arg);
  if (expr.A_Expr && expr.A_Expr.kind === "AEXPR_OP" && strings(expr.A_Expr.name).join(".") === "||") {
    const l = foldTemplate(expr.A_Expr.lexpr);
    const r = l == null ? void 0 : foldTemplate(expr.A_Expr.rexpr);
    return l != null && r != null ? l + r : void 0;
  }
  const call = expr.FuncCall;
  if (!call) return void 0;
  const name = strings(call.funcname).pop()?.toLowerCase();
  if (name === "quote_ident") return MARK;
  if (name === "quote_literal" || name === "quote_nullable") return `'${MARK}'`;
  if (name === "format") {
    const fmt = foldString(call.args?.[0]);
    if (fmt == null) return void 0;
    let ok = true;
    let next = 1;
    const args = call.args ?? [];
    const out = fmt.replace(/%(\d+\$)?(-?\d*|\*(\d+\$)?)([%sIL])/g, (m, pos, _w, _s, t) => {
      if (t === "%") return "%";
      const n = pos ? parseInt(pos, 10) : next;
      next = n + 1;
      const value = /[*]/.test(m) ? void 0 : foldString(args[n]);
      if (t === "I") return value != null ? `"${value.replace(/"/g, '""')}"` : MARK;
      if (t === "L") return value != null ? `'${value.replace(/'/g, "''")}'` : `'${MARK}'`;
      if (value != null) return value;
      ok = false;
      return m;
    });
    return ok ? out : void 0;
  }
  return void 0;
}
var SAFE_MARK_KEYS = /* @__PURE__ */ new Set(["relname", "schemaname", "colname", "idxname", "conname", "policy_name", "trigname", "rolename", "newname", "subname", "indexname", "aliasname"]);
function shapeIsFixed(template) {
  let tree;
  try {
    tree = parseSql(template);
  } catch {
    return false;
  }
  let fixed = true;
  const visit = (value, key, parentKey) => {
    if (!fixed) return;
    if (typeof value === "string") {
      if (!value.includes(MARK)) return;
      if (key === "sval" && (parentKey === "fields" || parentKey === "sval")) return;
      if (SAFE_MARK_KEYS.has(key)) return;
      fixed = false;
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, key, parentKey);
      return;
    }
    if ((key === "VariableSetStmt" || key === "setstmt") && String(value.name ?? "").includes(MARK)) {
      fixed = false;
      return;
    }
    if (key === "FuncCall" || key === "funccall" || key === "DefElem" || key === "LoadStmt" || key === "CreateExtensionStmt") {
      if (JSON.stringify(value).includes(MARK) && !(key === "FuncCall" && !JSON.stringify(value.funcname ?? "").includes(MARK) && argsOnlyLiterals(value))) {
        fixed = false;
        return;
      }
    }
    for (const k of Object.keys(value)) visit(value[k], k, key === "String" ? parentKey : key);
  };
  visit(tree, "", "");
  return fixed;
}
function argsOnlyLiterals(call) {
  const name = strings(call.funcname).pop()?.toLowerCase() ?? "";
  return !QUERY_ARGUMENT.has(name) && !name.startsWith("dblink");
}
function short(s) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? t.slice(0, 57) + "…" : t;
}
function foldString(expr) {
  if (!expr || typeof expr !== "object") return void 0;
  if (expr.A_Const) return typeof expr.A_Const.sval?.sval === "string" ? expr.A_Const.sval.sval : expr.A_Const.sval ? "" : void 0;
  if (expr.TypeCast) return foldString(expr.TypeCast.arg);
  if (expr.A_Expr && expr.A_Expr.kind === "AEXPR_OP" && strings(expr.A_Expr.name).join(".") === "||") {
    const l = foldString(expr.A_Expr.lexpr);
    const r = l == null ? void 0 : foldString(expr.A_Expr.rexpr);
    return l != null && r != null ? l + r : void 0;
  }
  return void 0;
}
var LEXICAL = [
  { re: /\bcopy\b[\s\S]*?\bprogram\b/i, cap: "shell-command", what: "COPY … PROGRAM" },
  { re: /\b(pg_read_file|pg_read_binary_file|pg_ls_dir|pg_stat_file|pg_ls_(log|wal|tmp|archive_status|replslot|logicalsnap|logicalmap)dir|lo_import|lo_export|pg_file_(write|read|rename|unlink|sync)|pg_logdir_ls)\b/i, cap: "server-file-access", what: "server file function" },
  { re: /\balter\s+system\b/i, cap: "server-configuration", what: "ALTER SYSTEM" },
  { re: /(^|;)\s*load\s+'/i, cap: "native-code", what: "LOAD" },
  { re: /\bdblink(_exec|_connect(_u)?|_send_query|_open)?\s*\(/i, cap: "network-connection", what: "dblink" },
  { re: /\bcreate\s+server\b/i, cap: "network-connection", what: "CREATE SERVER" },
  { re: /\blanguage\s+['"]?(plpython3u|plpythonu|plpython2u|plperlu|pltclu|plluau|plr|plsh|pljavau)\b/i, cap: "untrusted-language", what: "untrusted language" },
  { re: /\bcreate\s+(extension|language)\s+(if\s+not\s+exists\s+)?['"]?(plpython3u|plpythonu|plpython2u|plperlu|pltclu|plluau|plr|plsh|pljavau)\b/i, cap: "untrusted-language", what: "untrusted language" },
  { re: /\bsession[_\s]+authorization\b/i, cap: "session-authorization", what: "session authorization switch" },
  { re: /\bgrant\s+(pg_execute_server_program|pg_read_server_files|pg_write_server_files)\b/i, cap: "privileged-role", what: "privileged role grant" }
];
function lexical(text, w, where, unparsed = false) {
  const sample = text.length > 1e6 ? text.slice(0, 1e6) : text;
  for (const { re, cap, what } of LEXICAL) {
    const m = re.exec(sample);
    if (m) add(w, cap, `${what} (${short(m[0])})${unparsed ? " in a body pgreview could not parse" : ""}`, where);
  }
}
function walkNode(node, visit) {
  walk(node, (key, value) => void (Array.isArray(value) || visit(key, value)));
}
function describeCapabilities(hits) {
  const refused = hits.filter((h) => h.refuse);
  const caps = [...new Set(refused.map((h) => h.capability))];
  if (refused.length === 0) {
    const what = hits.map((h) => h.detail).join("; ");
    return {
      severity: "low",
      title: "Dynamic SQL that cannot be screened",
      message: `${what}. pgreview reads a migration's SQL before running it to keep shell commands, server file access and network connections out of the review, but SQL assembled at run time can only be known by running it. Build dynamic statements with format() and %I/%L (or quote_ident/quote_literal), which pgreview can screen, or check by hand what this block executes.`
    };
  }
  const list = caps.map((c) => CAPABILITY_TEXT[c]).join("; ");
  const details = refused.map((h) => h.detail).join("; ");
  return {
    severity: "critical",
    title: `Migration ${CAPABILITY_TEXT[caps[0]]}`,
    message: `This statement ${list} (${details}). pgreview did NOT execute it: it screens every statement before running it and refuses these capabilities. In production the same migration runs with the migration role's privileges on your database server: a migration that shells out, reads server files or the environment, loads native code or opens network connections is a supply-chain risk, because whoever can merge a migration then runs code on the database host.`
  };
}
function unresolvedExecutes(stmt) {
  if (stmt.kind !== "CreateFunctionStmt") return [];
  const opts = (stmt.node?.options ?? []).map((o) => o?.DefElem).filter(Boolean);
  const lang = String(opts.find((d) => d.defname === "language")?.arg?.String?.sval ?? "").toLowerCase();
  if (lang !== "plpgsql") return [];
  const body = strings(opts.find((d) => d.defname === "as")?.arg?.List?.items)[0];
  if (body != null && !bodyMayExecute(body)) return [];
  const tree = stmt.plpgsql ?? parsePlpgsql(stmt.sql);
  if (!tree) return [];
  const bodyAt = body != null ? stmt.sql.indexOf(body) : -1;
  const bodyLine = bodyAt >= 0 ? stmt.sql.slice(0, bodyAt).split("\n").length : void 0;
  const out = [];
  const visit = (value, owner, lineno, key) => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], owner, lineno, key);
      return;
    }
    for (const k in value) {
      const v = value[k];
      if (k === "PLpgSQL_expr") {
        if (owner == null || DYNAMIC_KEYS[owner] !== key || typeof v?.query !== "string") continue;
        if (!resolvable(v.query)) out.push({ expr: short(v.query), line: bodyLine != null && lineno != null ? bodyLine + lineno - 1 : void 0 });
      } else if (k.startsWith("PLpgSQL_stmt_")) {
        if (v === null || typeof v !== "object") continue;
        const at = typeof v.lineno === "number" ? v.lineno : lineno;
        for (const kk in v) visit(v[kk], k, at, kk);
      } else visit(v, owner, lineno, k);
    }
  };
  visit(tree, void 0, void 0, "");
  return out;
}
function resolvable(exprText) {
  let expr;
  try {
    expr = parseSql(`SELECT ${exprText}`).stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    return false;
  }
  if (foldString(expr) != null) return true;
  const template = foldTemplate(expr);
  return template != null && shapeIsFixed(template);
}

export {
  DEFAULT_SCHEMA,
  rangeVarName,
  listName,
  strings,
  typeInfo,
  isSerial,
  columnConstraints,
  hasConstraint,
  defaultExpr,
  walk,
  funcCallOf,
  funcCalls,
  isVolatileDefault,
  defElem,
  defElemString,
  roleNames,
  isLiteralTrue,
  columnRefs,
  MAX_IDENTIFIER_BYTES,
  displayName,
  displayNamesIn,
  plpgsqlExprSql,
  walkPlpgsqlQueries,
  statementQueries,
  createScreenContext,
  CAPABILITY_TEXT,
  screenStatement,
  screenSql,
  describeCapabilities,
  unresolvedExecutes
};
