// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  namesObject,
  selfHosted,
  splitName,
  textNamesObject
} from "./chunk-chunk-WZTMJWE7.js";
import {
  DEFAULT_SCHEMA,
  listName,
  rangeVarName,
  strings,
  typeInfo
} from "./chunk-chunk-PZGBN77R.js";

// src/analysis/extension-objects.ts
var EXTENSION_OBJECTS = {
  "uuid-ossp": {
    complete: true,
    functions: ["uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v3", "uuid_generate_v4", "uuid_generate_v5", "uuid_nil", "uuid_ns_dns", "uuid_ns_url", "uuid_ns_oid", "uuid_ns_x500"]
  },
  pgcrypto: {
    complete: true,
    // gen_random_uuid is pgcrypto's too, but core since PostgreSQL 13: extension-not-created asks for it by version.
    functions: [
      "gen_random_bytes",
      "crypt",
      "gen_salt",
      "digest",
      "hmac",
      "encrypt_iv",
      "decrypt_iv",
      "pgp_sym_encrypt",
      "pgp_sym_decrypt",
      "pgp_sym_encrypt_bytea",
      "pgp_sym_decrypt_bytea",
      "pgp_pub_encrypt",
      "pgp_pub_decrypt",
      "pgp_pub_encrypt_bytea",
      "pgp_pub_decrypt_bytea",
      "pgp_key_id",
      "pgp_armor_headers",
      "armor",
      "dearmor"
    ],
    generic: ["encrypt", "decrypt"]
  },
  pgjwt: { complete: true, functions: ["algorithm_sign", "try_cast_double"], generic: ["sign", "verify", "url_encode", "url_decode"] },
  pg_trgm: {
    complete: true,
    functions: ["similarity", "word_similarity", "strict_word_similarity", "show_trgm", "set_limit", "show_limit"],
    opclasses: ["gin_trgm_ops", "gist_trgm_ops"]
  },
  vector: {
    complete: true,
    functions: [
      "cosine_distance",
      "l2_distance",
      "inner_product",
      "l1_distance",
      "vector_dims",
      "vector_norm",
      "l2_normalize",
      "l2_norm",
      "subvector",
      "binary_quantize",
      "hamming_distance",
      "jaccard_distance"
    ],
    types: ["vector", "halfvec", "sparsevec"],
    opclasses: [
      "vector_ops",
      "vector_l2_ops",
      "vector_ip_ops",
      "vector_cosine_ops",
      "vector_l1_ops",
      "halfvec_ops",
      "halfvec_l2_ops",
      "halfvec_ip_ops",
      "halfvec_cosine_ops",
      "halfvec_l1_ops",
      "sparsevec_ops",
      "sparsevec_l2_ops",
      "sparsevec_ip_ops",
      "sparsevec_cosine_ops",
      "sparsevec_l1_ops",
      "bit_hamming_ops",
      "bit_jaccard_ops"
    ],
    methods: ["hnsw", "ivfflat"]
  },
  ltree: {
    functions: ["nlevel", "subltree", "subpath", "lca", "text2ltree", "ltree2text"],
    generic: ["index"],
    types: ["ltree", "lquery", "ltxtquery"],
    opclasses: ["gist_ltree_ops", "gist__ltree_ops", "ltree_ops", "hash_ltree_ops"]
  },
  unaccent: { complete: true, functions: ["unaccent"] },
  fuzzystrmatch: { complete: true, functions: ["levenshtein", "levenshtein_less_equal", "soundex", "metaphone", "dmetaphone", "dmetaphone_alt", "difference", "daitch_mokotoff"] },
  citext: { complete: true, types: ["citext"], opclasses: ["citext_ops", "citext_pattern_ops"] },
  hstore: {
    functions: ["akeys", "avals", "skeys", "svals", "hstore_to_array", "hstore_to_matrix", "hstore_to_json", "hstore_to_jsonb", "hstore_to_json_loose", "hstore_to_jsonb_loose"],
    types: ["hstore"],
    opclasses: ["gin_hstore_ops", "gist_hstore_ops", "btree_hstore_ops", "hash_hstore_ops"]
  },
  moddatetime: { complete: true, functions: ["moddatetime"] },
  postgis: { types: ["geometry", "geography"] },
  pg_cron: { schemas: ["cron"] },
  pg_net: { schemas: ["net"] }
};
function extensionByName(...kinds) {
  const out = /* @__PURE__ */ new Map();
  for (const [ext, objects] of Object.entries(EXTENSION_OBJECTS)) for (const kind of kinds) for (const name of objects[kind] ?? []) if (!out.has(name)) out.set(name, ext);
  return out;
}
function extensionsByAnyName() {
  const out = /* @__PURE__ */ new Map();
  for (const [ext, objects] of Object.entries(EXTENSION_OBJECTS))
    for (const name of [...objects.functions ?? [], ...objects.generic ?? [], ...objects.types ?? []]) out.set(name, [...out.get(name) ?? [], ext]);
  return out;
}

// src/analysis/objects.ts
var DROP_KINDS = {
  OBJECT_TABLE: "table",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "view",
  OBJECT_INDEX: "index",
  OBJECT_TYPE: "type",
  OBJECT_DOMAIN: "type",
  OBJECT_EXTENSION: "extension",
  OBJECT_SCHEMA: "schema",
  OBJECT_FUNCTION: "function",
  OBJECT_PROCEDURE: "function",
  OBJECT_TRIGGER: "trigger",
  OBJECT_POLICY: "policy",
  OBJECT_SEQUENCE: "sequence"
};
function staticObjectChanges(statements) {
  const out = { created: [], altered: [], dropped: [], source: "static" };
  let migrationId = "";
  const into = (list) => (ref) => {
    ref.migrationId = migrationId;
    list.push(ref);
  };
  const changes = { created: into(out.created), altered: into(out.altered), dropped: into(out.dropped) };
  for (const { stmt, migration } of statements) {
    migrationId = migration.id;
    if (stmt.kind === "AlterTableStmt") alterTableChanges(stmt.node, changes);
    else if (!createdObject(stmt, changes)) otherChanges(stmt, changes);
  }
  return out;
}
function createdObject(stmt, changes) {
  const n = stmt.node;
  const created = changes.created;
  switch (stmt.kind) {
    case "CreateStmt": {
      const q = rangeVarName(n.relation);
      if (!q) break;
      const cols = (n.tableElts ?? []).filter((e) => e.ColumnDef).length;
      created({ kind: "table", name: q.qualified, detail: `${cols} column${cols === 1 ? "" : "s"}` });
      break;
    }
    case "ViewStmt": {
      const q = rangeVarName(n.view);
      if (q) created({ kind: "view", name: q.qualified });
      break;
    }
    case "CreateTableAsStmt": {
      const q = rangeVarName(n.into?.rel);
      if (q) created({ kind: n.objtype === "OBJECT_MATVIEW" ? "view" : "table", name: q.qualified, detail: n.objtype === "OBJECT_MATVIEW" ? "materialized view" : void 0 });
      break;
    }
    case "IndexStmt": {
      const q = rangeVarName(n.relation);
      if (!q) break;
      const cols = (n.indexParams ?? []).map((p) => p?.IndexElem?.name ?? "expr").join(", ");
      created({
        kind: "index",
        name: `${q.schema}.${n.idxname ?? `${q.name}_idx`}`,
        detail: `${n.unique ? "unique " : ""}${n.accessMethod ?? "btree"} on ${q.qualified} (${cols})${n.concurrent ? ", concurrently" : ""}`
      });
      break;
    }
    case "CreatePolicyStmt": {
      const q = rangeVarName(n.table);
      if (q) created({ kind: "policy", name: `${q.qualified}.${n.policy_name}`, detail: `${(n.cmd_name ?? "all").toUpperCase()} ${n.permissive === true ? "permissive" : "restrictive"}` });
      break;
    }
    case "CreateFunctionStmt": {
      const q = listName(n.funcname);
      if (q) created({ kind: "function", name: q.qualified, detail: n.is_procedure ? "procedure" : void 0 });
      break;
    }
    case "CreateTrigStmt": {
      const q = rangeVarName(n.relation);
      if (q) created({ kind: "trigger", name: `${q.qualified}.${n.trigname}`, detail: `executes ${strings(n.funcname).join(".")}` });
      break;
    }
    case "CreateEnumStmt": {
      const q = listName(n.typeName);
      if (q) created({ kind: "type", name: q.qualified, detail: `enum (${strings(n.vals).join(", ")})` });
      break;
    }
    case "CompositeTypeStmt":
    case "CreateDomainStmt": {
      const q = stmt.kind === "CreateDomainStmt" ? listName(n.domainname) : rangeVarName(n.typevar);
      if (q) created({ kind: "type", name: q.qualified });
      break;
    }
    case "CreateExtensionStmt":
      created({ kind: "extension", name: n.extname });
      break;
    case "CreateSchemaStmt":
      if (n.schemaname) created({ kind: "schema", name: n.schemaname });
      break;
    case "CreateSeqStmt": {
      const q = rangeVarName(n.sequence);
      if (q) created({ kind: "sequence", name: q.qualified });
      break;
    }
    case "CreateRoleStmt":
      created({ kind: "role", name: n.role });
      break;
    default:
      return false;
  }
  return true;
}
function alterTableChanges(n, changes) {
  const q = rangeVarName(n.relation);
  if (!q) return;
  for (const c of n.cmds ?? []) {
    const cmd = c.AlterTableCmd;
    if (!cmd) continue;
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const col = cmd.def?.ColumnDef;
        if (col) changes.created({ kind: "column", name: `${q.qualified}.${col.colname}`, detail: typeInfo(col.typeName)?.display });
        break;
      }
      case "AT_DropColumn":
        changes.dropped({ kind: "column", name: `${q.qualified}.${cmd.name}` });
        break;
      case "AT_EnableRowSecurity":
      case "AT_ForceRowSecurity":
        changes.altered({ kind: "rls", name: q.qualified, detail: cmd.subtype === "AT_ForceRowSecurity" ? "RLS forced" : "RLS enabled" });
        break;
      case "AT_DisableRowSecurity":
        changes.altered({ kind: "rls", name: q.qualified, detail: "RLS disabled" });
        break;
      case "AT_AddConstraint": {
        const con = cmd.def?.Constraint;
        changes.created({ kind: "constraint", name: `${q.qualified}.${con?.conname ?? (con?.contype ?? "constraint").replace("CONSTR_", "").toLowerCase()}`, detail: con?.skip_validation ? "NOT VALID" : void 0 });
        break;
      }
      case "AT_DropConstraint":
        changes.dropped({ kind: "constraint", name: `${q.qualified}.${cmd.name}` });
        break;
      default:
        changes.altered({ kind: cmd.name ? "column" : "table", name: cmd.name ? `${q.qualified}.${cmd.name}` : q.qualified, detail: describeSubtype(cmd.subtype) });
    }
  }
}
function otherChanges(stmt, changes) {
  const n = stmt.node;
  switch (stmt.kind) {
    case "AlterEnumStmt": {
      const q = listName(n.typeName);
      if (q) changes.altered({ kind: "type", name: q.qualified, detail: n.newVal ? `add value '${n.newVal}'` : `rename value '${n.oldVal}'` });
      break;
    }
    case "RenameStmt": {
      const q = rangeVarName(n.relation);
      const what = n.renameType === "OBJECT_COLUMN" ? "column" : "table";
      if (q) changes.altered({ kind: what, name: what === "column" ? `${q.qualified}.${n.subname}` : q.qualified, detail: `renamed to ${n.newname}` });
      break;
    }
    case "DropStmt": {
      const kind = DROP_KINDS[n.removeType];
      if (!kind) break;
      for (const obj of n.objects ?? []) {
        const parts = strings(obj.List?.items ?? (obj.String ? [obj] : obj.ObjectWithArgs?.objname ?? []));
        if (parts.length) changes.dropped({ kind, name: parts.join("."), detail: n.behavior === "DROP_CASCADE" ? "CASCADE" : void 0 });
      }
      break;
    }
    case "GrantStmt": {
      const privs = (n.privileges ?? []).map((p) => p?.AccessPriv?.priv_name?.toUpperCase()).filter(Boolean);
      const grantees = (n.grantees ?? []).map((g) => g?.RoleSpec?.rolename ?? "PUBLIC");
      const targets = (n.objects ?? []).map((o) => rangeVarName(o.RangeVar)?.qualified ?? strings(o.List?.items ?? (o.String ? [o] : [])).join(".")).filter(Boolean);
      for (const t of targets)
        (n.is_grant ? changes.created : changes.dropped)({ kind: "grant", name: t, detail: `${privs.length ? privs.join(", ") : "ALL"} ${n.is_grant ? "to" : "from"} ${grantees.join(", ")}` });
      break;
    }
    default:
      break;
  }
}
function describeSubtype(subtype) {
  return subtype.replace(/^AT_/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function statementTargets(stmt) {
  const out = { created: [], altered: [], on: [], commented: [] };
  const changes = { created: targetsInto(out.created), altered: targetsInto(out.altered), dropped: targetsInto(out.altered) };
  if (stmt.kind === "AlterTableStmt") alterTableChanges(stmt.node, changes);
  else if (!createdObject(stmt, changes)) otherChanges(stmt, changes);
  targetsLeftOut(stmt, out);
  if (namedByPostgres(stmt)) out.created = [];
  return out;
}
function createdTargets(stmt) {
  const created = [];
  if (namedByPostgres(stmt)) return created;
  const changes = { created: targetsInto(created), altered: ignoreChange, dropped: ignoreChange };
  if (stmt.kind === "AlterTableStmt") alterTableChanges(stmt.node, changes);
  else createdObject(stmt, changes);
  return created;
}
var namedByPostgres = (stmt) => stmt.kind === "IndexStmt" && !stmt.node.idxname;
var ignoreChange = () => {
};
var targetsInto = (list) => (ref) => {
  if (ref.kind !== "grant") list.push(qualify(ref.name.split("."), REF_DEPTH[ref.kind] ?? 2));
};
var REF_DEPTH = { extension: 1, schema: 1, role: 1, column: 3, constraint: 3, policy: 3, trigger: 3 };
var OBJTYPE_DEPTH = {
  OBJECT_SCHEMA: 1,
  OBJECT_EXTENSION: 1,
  OBJECT_ROLE: 1,
  OBJECT_DATABASE: 1,
  OBJECT_LANGUAGE: 1,
  OBJECT_COLUMN: 3,
  OBJECT_POLICY: 3,
  OBJECT_TRIGGER: 3,
  OBJECT_TABCONSTRAINT: 3,
  OBJECT_RULE: 3
};
function qualify(parts, depth) {
  return (parts.length < depth ? [DEFAULT_SCHEMA, ...parts] : parts).join(".");
}
function objectName(objtype, obj) {
  if (obj?.ObjectWithArgs) return listName(obj.ObjectWithArgs.objname)?.qualified;
  if (obj?.String) return obj.String.sval;
  const parts = strings(obj?.List?.items ?? obj?.TypeName?.names);
  return parts.length ? qualify(parts, OBJTYPE_DEPTH[objtype] ?? 2) : void 0;
}
var renamed = (name, to) => name === void 0 ? void 0 : [...name.split(".").slice(0, -1), to].join(".");
function targetsLeftOut(stmt, out) {
  const n = stmt.node;
  const altered = (...names) => {
    for (const name of names) if (name) out.altered.push(name);
  };
  switch (stmt.kind) {
    case "IndexStmt": {
      const q = rangeVarName(n.relation);
      if (q) out.on.push(q.qualified);
      break;
    }
    case "AlterPolicyStmt": {
      const q = rangeVarName(n.table);
      if (q) altered(`${q.qualified}.${n.policy_name}`);
      break;
    }
    case "RenameStmt":
      renameTargets(n, altered);
      break;
    case "AlterObjectSchemaStmt": {
      const q = rangeVarName(n.relation);
      const old = q?.qualified ?? objectName(n.objectType, n.object);
      altered(old, n.object?.String ? void 0 : q ? `${n.newschema}.${q.name}` : old && `${n.newschema}.${old.split(".").pop()}`);
      break;
    }
    case "AlterOwnerStmt":
      altered(rangeVarName(n.relation)?.qualified ?? objectName(n.objectType, n.object));
      break;
    case "AlterFunctionStmt":
      altered(listName(n.func?.objname)?.qualified);
      break;
    case "AlterExtensionStmt":
      altered(n.extname);
      break;
    case "GrantStmt":
      if (n.targtype === "ACL_TARGET_OBJECT") altered(...(n.objects ?? []).map((o) => rangeVarName(o.RangeVar)?.qualified ?? objectName(n.objtype, o)));
      break;
    case "CommentStmt": {
      const name = objectName(n.objtype, n.object);
      if (name) out.commented.push(name);
      break;
    }
    default:
      break;
  }
}
function renameTargets(n, altered) {
  const q = rangeVarName(n.relation);
  if (!q) {
    const old = objectName(n.renameType, n.object);
    altered(old, n.object?.String ? n.newname : renamed(old, n.newname));
    return;
  }
  if (n.renameType === "OBJECT_COLUMN") altered(`${q.qualified}.${n.newname}`);
  else if (n.subname) altered(`${q.qualified}.${n.subname}`, `${q.qualified}.${n.newname}`);
  else altered(`${q.schema}.${n.newname}`);
}

// src/analysis/version-syntax.ts
function olderGrammarUses(statements) {
  const out = [];
  for (const s of statements) {
    if (s.kind !== "AlterTableStmt") continue;
    for (const c of s.node.cmds ?? [])
      if (c?.AlterTableCmd?.subtype === "AT_SetExpression") out.push({ major: 17, construct: "ALTER COLUMN … SET EXPRESSION", line: s.span.line, column: s.span.column });
  }
  return out;
}

// src/live/gaps.ts
var UNDEFINED_OBJECT = /* @__PURE__ */ new Set(["42704", "42883", "42P01", "42703", "3F000", "42P02"]);
function missingName(message) {
  const fn = /^(?:function|procedure|operator(?: class| family)?)\s+([\w$."]+)\s*\(/i.exec(message);
  if (fn) return fn[1].replace(/"/g, "");
  const quoted = /"([^"]+)"/.exec(message);
  return quoted?.[1];
}
function standInCause(error, trace) {
  const named = error.code === "42704" && /^extension "/.test(error.message) ? missingName(error.message) : void 0;
  if (!named || !(trace.standIns ?? []).some((s) => s.extension === named)) return void 0;
  return { cause: `the "${named}" extension is a pgreview stand-in on the review engine, not a real extension, so ${error.message.split("\n")[0]} here`, standIn: named };
}
function resourceCause(error) {
  if (!error.code?.startsWith("53")) return void 0;
  const first = error.message.split("\n")[0];
  if (/max_locks_per_transaction/.test(`${error.message} ${error.hint ?? ""}`)) {
    return `the review server's lock table is full (${first}, SQLSTATE ${error.code}): the statement's transaction holds more locks than the review server has room for. Production has room for max_locks_per_transaction × (max_connections + max_prepared_transactions) locks, so whether it applies there depends on those settings`;
  }
  return `the review server ran out of resources (${first}, SQLSTATE ${error.code}); whether production has enough depends on its own size and settings`;
}
var CONNECTING_ROLE_KINDS = /* @__PURE__ */ new Set([
  "GrantRoleStmt",
  "CreateRoleStmt",
  "AlterRoleStmt",
  "AlterRoleSetStmt",
  "DropRoleStmt",
  "CreateEventTrigStmt",
  "AlterEventTrigStmt",
  "AlterSystemStmt"
]);
var SUPERUSER_OWNED = /^must be owner of event trigger /;
function changesSystemObject(error, st) {
  if (!st || !/^must be owner of /.test(error.message)) return false;
  try {
    return statementTargets(st).altered.some((name) => /^(pg_catalog|information_schema)\./.test(name));
  } catch {
    return false;
  }
}
function privilegeCause(error, preset, st) {
  if (error.code !== "42501" || !selfHosted(preset)) return void 0;
  const superuserOnly = CONNECTING_ROLE_KINDS.has(st?.kind ?? "") || /superuser/i.test(error.message) || SUPERUSER_OWNED.test(error.message) || changesSystemObject(error, st);
  if (!superuserOnly) return void 0;
  return `it needs privileges the review's migration role (not a superuser) does not have: ${error.message.split("\n")[0]}. On a self-hosted server it applies when the migration connects as a superuser (or as a role with the ADMIN option or CREATEROLE it needs); pgreview never runs pull request SQL as a superuser to find out`;
}
function environmentCause(error, trace, sources, changed = { skipped: [], unbuilt: [] }, at2) {
  const newer = error.code === "42601" && at2 ? newerSyntaxAt(sources, at2) : void 0;
  if (newer) {
    return { cause: `the statement uses ${newer.construct}, which needs PostgreSQL ${newer.major}, and the review server is older (whether production has it is the target version's question: pgVersion)`, syntax: newer };
  }
  const st = at2 ? statementAt(sources, at2) : void 0;
  const privilege = privilegeCause(error, trace.preset, st);
  if (privilege) return { cause: privilege, privilege: true };
  const resource = resourceCause(error);
  if (resource) return { cause: resource, resource: true };
  const guard = guardOnLackedExtension(error, trace, changed, st);
  if (guard) return guard;
  if (!UNDEFINED_OBJECT.has(error.code ?? "")) return void 0;
  const name = missingName(error.message);
  const baseSources = sources.filter((s) => s.migration.status === "base" && s.direction === "up");
  if (name) {
    for (const g of trace.gaps ?? []) {
      const src = baseSources.find((s) => s.source.file === g.file);
      const left = src?.statements.find((s) => s.span.line <= g.line && g.line <= s.span.endLine);
      if (left && namesObject(left, name)) return { cause: `"${name}" comes from ${g.file}:${g.line}, which the review engine could not run: ${g.cause}`, gap: g };
    }
    const failedFiles = new Set(trace.migrations.filter((m) => m.status === "base" && m.applied === "failed").map((m) => m.file));
    for (const s of baseSources) {
      if (!failedFiles.has(s.source.file) || !textNamesObject(s.source.text, name)) continue;
      const m = trace.migrations.find((r) => r.file === s.source.file);
      return { cause: `"${name}" comes from ${s.source.file}, which did not apply on the review engine${m?.error ? ` (${m.error.message})` : ""}` };
    }
  }
  return changedGapCause(error.message.split("\n")[0], name, changed) ?? searchPathCause(error, trace, sources, st);
}
function searchPathCause(error, trace, sources, st) {
  if (error.code !== "42P01" || !trace.before || !trace.after || !st) return void 0;
  const name = missingName(error.message);
  if (!name || name.includes(".")) return void 0;
  const file = sources.find((s) => s.source.file === st.file);
  if (!file || /search_path/i.test(file.source.text) || !namesObject(st, name)) return void 0;
  const schemasOf = (relations) => new Set(Object.keys(relations).map(splitName).filter((parts) => parts.length === 2 && parts[1] === name).map((parts) => parts[0]));
  const before = schemasOf(trace.before.relations);
  const after = schemasOf(trace.after.relations);
  if (before.has("public")) return void 0;
  const schema = [...before].find((x) => after.has(x) && !x.startsWith("pg_temp"));
  if (!schema) return void 0;
  return {
    cause: `"${name}" is not on the review session's search_path, but ${schema}.${name} exists: the statement finds it only when the migration's search_path includes ${schema} (a role's ALTER ROLE … SET search_path or the runner's connection settings, which the review cannot see)`,
    searchPath: { schema, name }
  };
}
var RAISED_BY_CODE = /^P0/;
function guardOnLackedExtension(error, trace, changed, st) {
  if (!st || !RAISED_BY_CODE.test(error.code ?? "")) return void 0;
  const lacked = [
    ...changed.skipped.map((s) => ({ ext: s.ext, where: `${s.file}:${s.line}` })),
    ...(trace.gaps ?? []).flatMap((g) => {
      const ext = lackedExtension(g.cause);
      return ext ? [{ ext, where: `${g.file}:${g.line}` }] : [];
    })
  ];
  if (!EXTENSION_CATALOGS.some((c) => namesObject(st, c))) return void 0;
  const named = lacked.find((l) => namesAsLiteral(st.sql, l.ext));
  if (!named) return void 0;
  return {
    cause: `the statement raised its own error after checking for the "${named.ext}" extension, which the review engine does not have (${named.where} creates it and was skipped here)`,
    extension: named.ext
  };
}
var EXTENSION_CATALOGS = ["pg_extension", "pg_available_extensions", "pg_available_extension_versions", "extname"];
function namesAsLiteral(text, name) {
  return text.toLowerCase().includes(`'${name.toLowerCase().replace(/'/g, "''")}'`);
}
function changedGapCause(first, name, changed) {
  const skippedWhy = (s) => `the "${s.ext}" extension (${s.file}:${s.line}) was skipped because the review engine does not have it`;
  const definer = name === void 0 ? void 0 : changed.skipped.find((s) => extensionDefines(s.ext, first));
  if (definer) return { cause: `"${name}" is the "${definer.ext}" extension's: ${skippedWhy(definer)}`, extension: definer.ext };
  if (name !== void 0) {
    for (const m of changed.unbuilt) {
      const st = m.statements.find((s) => wouldCreate(s, name));
      if (st) return { cause: `"${name}" was to be created by ${m.file}:${st.span.line}, which the review engine could not run: ${m.why}`, unbuilt: { file: m.file, line: st.span.line } };
    }
  }
  const broad = name === void 0 ? changed.skipped[0] : changed.skipped.find((s) => !EXTENSION_OBJECTS[s.ext]?.complete);
  return broad ? { cause: skippedWhy(broad), extension: broad.ext } : void 0;
}
var lastPart = (name) => name.split(".").pop().toLowerCase();
function extensionDefines(ext, message) {
  const name = missingName(message);
  if (!name) return false;
  const last = lastPart(name);
  if (last === ext) return true;
  const o = EXTENSION_OBJECTS[ext];
  if (!o) return false;
  const lists = [o.functions, o.generic, o.types, o.opclasses, o.methods, o.schemas];
  if (lists.some((l) => l?.includes(last))) return true;
  const schema = name.includes(".") ? name.split(".")[0].toLowerCase() : void 0;
  if (schema && o.schemas?.includes(schema)) return true;
  if (!/^(?:function|procedure)\s/i.test(message)) return false;
  return last.split(/[_\d]+/).some((w) => w === ext || o.types?.includes(w) || o.functions?.includes(w));
}
var OPAQUE_KINDS = /* @__PURE__ */ new Set(["DoStmt", "SelectStmt", "CallStmt"]);
function wouldCreate(st, name) {
  const missing = lastPart(name);
  for (const created of statementTargets(st).created) {
    const parts = created.toLowerCase().split(".");
    const own = parts[parts.length - 1];
    const relation = parts.length === 3 ? parts[1] : own;
    if (missing === own || missing === `_${own}` || parts.length > 1 && missing.startsWith(`${relation}_`)) return true;
  }
  return OPAQUE_KINDS.has(st.kind) && namesObject(st, name);
}
function statementAt(sources, at2) {
  for (const src of sources) {
    if (src.source.file !== at2.file || src.direction !== "up") continue;
    const st = src.statements.find((s) => s.span.line <= at2.line && at2.line <= s.span.endLine);
    if (st) return st;
  }
  return void 0;
}
function newerSyntaxAt(sources, at2) {
  for (const src of sources) {
    if (src.source.file !== at2.file) continue;
    const uses = [...src.newerSyntax ?? [], ...olderGrammarUses(src.statements)];
    if (!uses.length) continue;
    const st = statementAt([src], at2);
    const found = uses.find((n) => st ? st.span.line <= n.line && n.line <= st.span.endLine : n.line === at2.line);
    if (found) return found;
  }
  return void 0;
}
var causesOf = /* @__PURE__ */ new WeakMap();
function environmentCauses(trace, sources) {
  const known = causesOf.get(trace.migrations);
  if (known?.sources === sources) return known.causes;
  const causes = /* @__PURE__ */ new Map();
  const changed = { skipped: [], unbuilt: [] };
  const statements = changedStatementsById(sources);
  for (const m of trace.migrations) {
    if (m.status === "base") continue;
    let last;
    for (const t of m.trace ?? []) {
      const ext = lackedExtension(t.skipped);
      if (ext) changed.skipped.push({ ext, file: m.file, line: t.line });
      if (!t.error) continue;
      const why = standInCause(t.error, trace) ?? environmentCause(t.error, trace, sources, changed, { file: m.file, line: t.line });
      if (why) causes.set(t, last = why);
    }
    if (last) changed.unbuilt = [...changed.unbuilt, { file: m.file, statements: statements.get(m.id) ?? [], why: last.cause }];
  }
  causesOf.set(trace.migrations, { sources, causes });
  return causes;
}
function changedStatementsById(sources) {
  const out = /* @__PURE__ */ new Map();
  for (const s of sources) {
    if (s.migration.status === "base" || s.direction !== "up") continue;
    const list = out.get(s.migration.id);
    if (list) list.push(...s.statements);
    else out.set(s.migration.id, [...s.statements]);
  }
  return out;
}
function markEnvironmentFailures(trace, sources) {
  const causes = environmentCauses(trace, sources);
  for (const m of trace.migrations) {
    if (m.status === "base") continue;
    for (const t of m.trace ?? []) {
      const why = causes.get(t);
      if (why) m.couldNotVerify = why.cause;
    }
  }
}
var LACKS_EXTENSION = [/^extension "([^"]+)" is not available/, /^could not open extension control file "[^"]*\/([^/"]+)\.control"/];
function lackedExtension(text) {
  if (!text) return void 0;
  for (const re of LACKS_EXTENSION) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return void 0;
}
var at = (file, line) => `${file}:${line}`;
async function readEngineGaps(db, sources) {
  const created = new Set(sources.flatMap((s) => s.statements.filter((st) => st.kind === "CreateExtensionStmt").map((st) => String(st.node?.extname ?? ""))));
  const lacking = /* @__PURE__ */ new Set();
  if (created.size) {
    const r = await db.query("select array(select name::text from pg_available_extensions) as exts", void 0, { timeoutMs: 3e4 });
    const available = new Set(r.rows[0]?.exts ?? []);
    for (const e of created) if (!available.has(e)) lacking.add(e);
  }
  return { lacking, sources, ran: /* @__PURE__ */ new Set() };
}
function afterFirstApply(gaps, trace) {
  const ran = /* @__PURE__ */ new Set();
  for (const m of trace.migrations) {
    if (m.status === "base") continue;
    for (const t of m.trace ?? []) if (!t.skipped && !t.error) ran.add(at(m.file, t.line));
  }
  return { ...gaps, trace, ran };
}
function engineGapSkip(st, gaps) {
  if (st.kind !== "CreateExtensionStmt") return void 0;
  const ext = String(st.node?.extname ?? "");
  if (!gaps.lacking.has(ext)) return void 0;
  const standIn = gaps.ran.has(at(st.file, st.span.line));
  return `extension "${ext}" is not available on the review engine${standIn ? " (the first apply used pgreview's stand-in for it)" : ""}`;
}
function engineGapCause(error, gaps, where) {
  const first = error.message.split("\n")[0];
  const ext = lackedExtension(first);
  if (ext) return `extension "${ext}" is not available on the review engine`;
  const undefinedObject = UNDEFINED_OBJECT.has(error.code ?? "");
  const lacked = undefinedObject ? [...gaps.lacking].find((e) => extensionDefines(e, first)) : void 0;
  if (lacked) return `${first}: the "${lacked}" extension is not available on the review engine`;
  if (!gaps.trace) return void 0;
  if (undefinedObject && where && gaps.ran.has(at(where.file, where.line))) return void 0;
  const env = environmentCause(error, gaps.trace, gaps.sources, void 0, where);
  return env ? `${first}: ${env.cause}` : void 0;
}

export {
  staticObjectChanges,
  statementTargets,
  createdTargets,
  EXTENSION_OBJECTS,
  extensionByName,
  extensionsByAnyName,
  olderGrammarUses,
  missingName,
  extensionDefines,
  statementAt,
  environmentCauses,
  markEnvironmentFailures,
  lackedExtension,
  readEngineGaps,
  afterFirstApply,
  engineGapSkip,
  engineGapCause
};
