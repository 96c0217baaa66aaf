// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  SUPERUSER_EXTENSIONS
} from "./chunk-chunk-BPGX7Z37.js";
import {
  diffCatalog,
  snapshotCatalog
} from "./chunk-chunk-6J73L3QR.js";
import {
  DbError
} from "./chunk-chunk-RXFZCCSY.js";
import {
  runnerWraps,
  splitName
} from "./chunk-chunk-WZTMJWE7.js";
import {
  cannotRunInTransaction,
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";

// src/live/rollback.ts
var q = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
var last = (name) => q(splitName(name).pop());
var KEYWORDS = new Set(
  "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime localtimestamp not null offset on only or order placing primary references returning select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like natural notnull outer overlaps right similar tablesample verbose".split(" ")
);
var qi = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
var lastI = (name) => qi(splitName(name).pop());
var parentOf = (name) => {
  const parts = splitName(name);
  return parts.slice(0, -1).map(q).join(".");
};
function alignRenames(B, A) {
  const renames = [];
  const words = [];
  const A2 = alignChildRenames(B, alignRelationRenames(B, A, renames, words), renames, words);
  return { A2, renames, words };
}
function byOid(s, prefix) {
  const m = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(s.defs.oids)) if (k.startsWith(prefix)) m.set(v, k.slice(prefix.length));
  return m;
}
function alignRelationRenames(B, A, renames, words) {
  const relMap = /* @__PURE__ */ new Map();
  const bRel = byOid(B, "relation ");
  for (const [oid, aName] of byOid(A, "relation ")) {
    const bName = bRel.get(oid);
    if (bName && bName !== aName && !(aName in B.relations && bName in A.relations)) relMap.set(aName, bName);
  }
  for (const [aName, bName] of relMap) {
    const rel = A.relations[aName];
    const kw = relKeyword(rel);
    const [as, an] = splitName(aName);
    const [bs, bn] = splitName(bName);
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q(as)}.${q(bn)} SET SCHEMA ${qi(bs)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, "g"), bName]);
    if (an !== bn) words.push([new RegExp(`(?<![\\w$".])${escapeRe(q(an))}(?![\\w$"])`, "g"), q(bn)]);
  }
  if (!relMap.size) return A;
  const relName = (n) => relMap.get(n) ?? n;
  const reKey = (k) => {
    const p = parentOf(k);
    return relMap.has(p) ? `${relMap.get(p)}.${last(k)}` : k;
  };
  return {
    ...A,
    relations: mapKeys(A.relations, relName),
    columns: mapKeys(A.columns, reKey),
    constraints: mapObj(mapKeys(A.constraints, reKey), (v) => ({ ...v, table: relName(v.table) })),
    indexes: mapObj(A.indexes, (v) => ({ ...v, table: relName(v.table) })),
    policies: mapObj(mapKeys(A.policies, reKey), (v) => ({ ...v, table: relName(v.table) })),
    triggers: mapObj(mapKeys(A.triggers, reKey), (v) => ({ ...v, table: relName(v.table) })),
    grants: mapKeys(A.grants, (k) => {
      const i = k.lastIndexOf(":");
      return `${relName(k.slice(0, i))}${k.slice(i)}`;
    }),
    defs: {
      ...A.defs,
      oids: mapKeys(A.defs.oids, (k) => renameDefKey(k, relName, reKey)),
      tableColumns: mapKeys(A.defs.tableColumns, relName),
      partitioning: mapKeys(A.defs.partitioning, relName),
      views: mapObj(mapKeys(A.defs.views, relName), (v) => ({ ...v, dependsOn: v.dependsOn.map(relName) })),
      sequences: mapObj(mapKeys(A.defs.sequences, relName), (v) => ({ ...v, ownedBy: v.ownedBy ? reKey(v.ownedBy) : void 0 })),
      comments: mapKeys(A.defs.comments, (k) => renameDefKey(k, relName, reKey)),
      acls: mapKeys(A.defs.acls, (k) => renameDefKey(k, relName, reKey))
    }
  };
}
function alignChildRenames(B, A2, renames, words) {
  const colMap = /* @__PURE__ */ new Map();
  const bCol = byOid(B, "column ");
  for (const [oid, aName] of byOid(A2, "column ")) {
    const bName = bCol.get(oid);
    if (bName && bName !== aName && !(aName in B.columns) && !(bName in A2.columns)) colMap.set(aName, bName);
  }
  for (const [aName, bName] of colMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME COLUMN ${lastI(aName)} TO ${lastI(bName)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(lastI(aName))}(?![\\w$"])`, "g"), lastI(bName)]);
  }
  const idxMap = /* @__PURE__ */ new Map();
  const bIdx = byOid(B, "index ");
  for (const [oid, aName] of byOid(A2, "index ")) {
    const bName = bIdx.get(oid);
    if (bName && bName !== aName && !(aName in B.indexes) && !(bName in A2.indexes)) idxMap.set(aName, bName);
  }
  const conMap = /* @__PURE__ */ new Map();
  const bCon = byOid(B, "constraint ");
  for (const [oid, aName] of byOid(A2, "constraint ")) {
    const bName = bCon.get(oid);
    if (bName && bName !== aName && !(aName in B.constraints) && !(bName in A2.constraints)) conMap.set(aName, bName);
  }
  for (const [aName, bName] of conMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME CONSTRAINT ${lastI(aName)} TO ${lastI(bName)}`);
    const schema = q(splitName(aName)[0]);
    idxMap.delete(`${schema}.${last(aName)}`);
  }
  for (const [aName, bName] of idxMap) renames.push(`ALTER INDEX ${aName} RENAME TO ${lastI(bName)}`);
  const fnMap = /* @__PURE__ */ new Map();
  const bFn = byOid(B, "function ");
  for (const [oid, aName] of byOid(A2, "function ")) {
    const bName = bFn.get(oid);
    if (bName && bName !== aName && !(aName in B.functions) && !(bName in A2.functions)) fnMap.set(aName, bName);
  }
  for (const [aName, bName] of fnMap) {
    const bq = bName.slice(0, bName.indexOf("("));
    const aq = aName.slice(0, aName.indexOf("("));
    const [as, an] = splitName(aq);
    const [bs, bn] = splitName(bq);
    const kw = A2.functions[aName].kind === "procedure" ? "PROCEDURE" : A2.functions[aName].kind === "aggregate" ? "AGGREGATE" : "FUNCTION";
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q(as)}.${q(bn)}${aName.slice(aName.indexOf("("))} SET SCHEMA ${qi(bs)}`);
  }
  const typMap = /* @__PURE__ */ new Map();
  const bTyp = byOid(B, "type ");
  for (const [oid, aName] of byOid(A2, "type ")) {
    const bName = bTyp.get(oid);
    if (bName && bName !== aName && !(`type ${aName}` in B.defs.oids) && !(`type ${bName}` in A2.defs.oids)) typMap.set(aName, bName);
  }
  for (const [aName, bName] of typMap) {
    const [as, an] = splitName(aName);
    const [bs, bn] = splitName(bName);
    if (an !== bn) renames.push(`ALTER TYPE ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER TYPE ${q(as)}.${q(bn)} SET SCHEMA ${qi(bs)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, "g"), bName]);
  }
  if (!colMap.size && !idxMap.size && !conMap.size && !fnMap.size && !typMap.size) return A2;
  const colKey = (k) => colMap.get(k) ?? k;
  const fnKey = (k) => fnMap.get(k) ?? k;
  const typKey = (k) => typMap.get(k) ?? k;
  return {
    ...A2,
    columns: mapKeys(A2.columns, colKey),
    indexes: mapKeys(A2.indexes, (k) => idxMap.get(k) ?? k),
    constraints: mapKeys(A2.constraints, (k) => conMap.get(k) ?? k),
    functions: mapKeys(A2.functions, fnKey),
    enums: mapKeys(A2.enums, typKey),
    defs: {
      ...A2.defs,
      oids: mapKeys(A2.defs.oids, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      tableColumns: mapObj(A2.defs.tableColumns, (cols, table) => cols.map((c) => ({ ...c, name: splitName(colKey(`${table}.${q(c.name)}`)).pop() }))),
      functions: mapKeys(A2.defs.functions, fnKey),
      types: mapKeys(A2.defs.types, typKey),
      comments: mapKeys(A2.defs.comments, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      acls: mapKeys(A2.defs.acls, (k) => prefixed(k, { function: fnKey, type: typKey })),
      sequences: mapObj(A2.defs.sequences, (v) => ({ ...v, ownedBy: v.ownedBy ? colKey(v.ownedBy) : void 0 }))
    }
  };
}
function renameDefKey(k, relName, reKey) {
  const sp = k.indexOf(" ");
  const kind = k.slice(0, sp);
  const name = k.slice(sp + 1);
  if (kind === "relation") return `${kind} ${relName(name)}`;
  if (kind === "column" || kind === "constraint" || kind === "trigger" || kind === "policy") return `${kind} ${reKey(name)}`;
  return k;
}
function prefixed(k, fns) {
  const sp = k.indexOf(" ");
  const f = fns[k.slice(0, sp)];
  return f ? `${k.slice(0, sp)} ${f(k.slice(sp + 1))}` : k;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function mapKeys(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[f(k)] = v;
  return out;
}
function mapObj(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v, k);
  return out;
}
function relKeyword(rel) {
  return rel.kind === "view" ? "VIEW" : rel.kind === "materialized view" ? "MATERIALIZED VIEW" : rel.kind === "sequence" ? "SEQUENCE" : rel.kind === "foreign table" ? "FOREIGN TABLE" : "TABLE";
}
function fnKeyword(kind) {
  return kind === "procedure" ? "PROCEDURE" : kind === "aggregate" ? "AGGREGATE" : "FUNCTION";
}
var isView = (r) => r?.kind === "view" || r?.kind === "materialized view";
var sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var created = (b, a) => Object.keys(a).filter((k) => !(k in b));
var dropped = (b, a) => Object.keys(b).filter((k) => !(k in a));
var relOid = (s, n) => Number(s.defs.oids[`relation ${n}`] ?? 0);
var oidOf = (s, key) => Number(s.defs.oids[key] ?? 0);
var fnDef = (s, k) => s.defs.functions[k];
var isEnumType = (s, type) => Object.keys(s.enums).some((e) => typeIs(type.replace(/\[\]$/, ""), e));
var viewColumnsType = (s, v) => (s.defs.views[v]?.columns ?? []).map((c) => `${c} ${s.columns[`${v}.${q(c)}`]?.type}`);
var backupName = (...parts) => `pgreview_backup.${q(parts.map((p) => splitName(p).join("_")).join("__").slice(0, 63))}`;
var primaryKeyColumns = (B, t) => {
  const pk = Object.values(B.constraints).find((c) => c.table === t && c.type === "p");
  return pk ? /PRIMARY KEY \((.*)\)/.exec(pk.definition)?.[1] : void 0;
};
var conIndex = (s, idx) => constraintIndexNames(s).has(`${splitName(idx)[0]}\0${last(idx)}`);
var constraintIndexes = /* @__PURE__ */ new WeakMap();
function constraintIndexNames(s) {
  let names = constraintIndexes.get(s.constraints);
  if (!names) {
    names = new Set(Object.entries(s.constraints).filter(([, c]) => ["p", "u", "x"].includes(c.type)).map(([k, c]) => `${splitName(c.table)[0]}\0${last(k)}`));
    constraintIndexes.set(s.constraints, names);
  }
  return names;
}
function generateRollback(input) {
  const g = startGeneration(input);
  const p = planChanges(g);
  addBackups(g, p);
  const deps = dropDependents(g, p);
  const seqOut = dropCreatedColumnsAndTables(g, p);
  for (const r of g.renames) g.emit(r);
  const back = recreateDropped(g, p);
  restoreAltered(g, p);
  const tables = recreateTablesAndColumns(g, p, deps, back);
  dropCreatedObjects(g, p, seqOut);
  recreateViewsTriggersPolicies(g, p, deps, tables);
  const recreated = (kind, name) => wasRecreated(g, p, deps, back.seqIn, tables, kind, name);
  restoreComments(g, recreated);
  restorePrivileges(g, recreated);
  return renderScript(g);
}
function startGeneration(input) {
  const B = input.before;
  const { A2: A, renames, words } = alignRenames(B, input.after);
  const norm = (s) => {
    if (s == null) return s;
    let out2 = s;
    for (const [re, to] of words) out2 = out2.replace(re, to);
    return out2;
  };
  const caveats = [];
  const backups = [];
  const out = [];
  const emit = (sql, note) => out.push({ sql, note });
  const caveat = (sql, note) => {
    caveats.push(note);
    if (sql) emit(sql, note);
    else out.push({ sql: "", note });
  };
  return { input, B, A, renames, norm, emit, caveat, out, caveats, backups };
}
function planChanges(g) {
  const relations = planRelations(g);
  const functions = planFunctions(g);
  return { ...relations, ...functions, ...planViews(g, relations, functions) };
}
function planRelations(g) {
  const { A, B } = g;
  const createdRels = new Set(created(B.relations, A.relations));
  const droppedRels = new Set(dropped(B.relations, A.relations));
  for (const n of Object.keys(B.relations)) {
    if (n in A.relations && (A.relations[n].kind !== B.relations[n].kind || B.relations[n].kind !== "view" && B.relations[n].kind !== "materialized view" && relOid(A, n) !== relOid(B, n) && relOid(A, n) && relOid(B, n))) {
      createdRels.add(n);
      droppedRels.add(n);
    }
  }
  const tableGone = (t) => droppedRels.has(t) || createdRels.has(t);
  const survives = (t) => t in A.relations && t in B.relations && !tableGone(t);
  const tableSurvives = (t) => survives(t) && !isView(B.relations[t]) && !isView(A.relations[t]);
  const columnChanges = Object.keys(B.columns).filter((c) => c in A.columns && tableSurvives(parentOf(c)) && !sameJson(B.columns[c], A.columns[c]));
  const enumRebuilds = Object.keys(B.enums).filter((t) => t in A.enums && !sameJson(B.enums[t], A.enums[t]) && A.enums[t].length !== B.enums[t].length);
  const enumCols = new Map(enumRebuilds.map((t) => [t, Object.keys(A.columns).filter((c) => tableSurvives(parentOf(c)) && typeIs(A.columns[c].type.replace(/\[\]$/, ""), t))]));
  const typeChanged = /* @__PURE__ */ new Set([
    ...columnChanges.filter((c) => B.columns[c].type !== A.columns[c].type || B.columns[c].generated !== A.columns[c].generated).map(parentOf),
    ...[...enumCols.values()].flat().map(parentOf)
  ]);
  const droppedCols = dropped(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  const createdCols = created(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  return { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols };
}
function planFunctions(g) {
  const { A, B, norm } = g;
  const createdFns = created(B.functions, A.functions);
  const droppedFns = dropped(B.functions, A.functions);
  const alteredFns = Object.keys(B.functions).filter((k) => k in A.functions && (B.functions[k].bodyHash !== A.functions[k].bodyHash || fnDef(B, k) !== norm(fnDef(A, k)) || !sameJson({ ...B.functions[k], acl: 0, owner: 0, executableBy: 0 }, { ...A.functions[k], acl: 0, owner: 0, executableBy: 0 })));
  const replacedFns = new Set(alteredFns.filter((k) => B.functions[k].returns !== A.functions[k].returns || B.functions[k].kind !== A.functions[k].kind || paramNames(fnDef(B, k)) !== paramNames(fnDef(A, k))));
  return { createdFns, droppedFns, alteredFns, replacedFns };
}
function planViews(g, r, f) {
  const { A, B, norm } = g;
  const { createdRels, droppedRels, createdCols, enumCols, columnChanges } = r;
  const { replacedFns, createdFns } = f;
  const fnByOid = new Map(Object.entries(A.defs.oids).filter(([k]) => k.startsWith("function ")).map(([k, v]) => [`fn:${v}`, k.slice("function ".length)]));
  const viewChanged = (n) => isView(B.relations[n]) && isView(A.relations[n]) && (B.defs.views[n]?.definition !== norm(A.defs.views[n]?.definition) || !sameJson(B.defs.views[n]?.columns, A.defs.views[n]?.columns) || B.relations[n].kind !== A.relations[n].kind);
  const replaceable = (n) => {
    if (B.relations[n]?.kind !== "view" || A.relations[n]?.kind !== "view") return false;
    const a = viewColumnsType(A, n);
    const b = viewColumnsType(B, n);
    return a.every((c, i) => b[i] === c);
  };
  const blockedCols = /* @__PURE__ */ new Set([...createdCols, ...[...enumCols.values()].flat(), ...columnChanges.filter((c) => B.columns[c].type !== A.columns[c].type || B.columns[c].generated !== A.columns[c].generated)]);
  const vdrop = /* @__PURE__ */ new Set();
  const vreplace = /* @__PURE__ */ new Set();
  const fnDeps = (v) => (A.defs.views[v]?.dependsOn ?? []).map((d) => fnByOid.get(d) ?? d);
  const standsOnChange = (v) => fnDeps(v).some((d) => vdrop.has(d) || createdRels.has(d) || blockedCols.has(d) || replacedFns.has(d) || createdFns.includes(d));
  for (const n of Object.keys(A.relations)) if (isView(A.relations[n]) && createdRels.has(n)) vdrop.add(n);
  for (const n of Object.keys(A.relations)) if (isView(A.relations[n]) && viewChanged(n)) (replaceable(n) && !standsOnChange(n) ? vreplace : vdrop).add(n);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of Object.keys(A.defs.views)) {
      if (vdrop.has(n)) continue;
      if (standsOnChange(n)) {
        vdrop.add(n);
        vreplace.delete(n);
        grew = true;
      }
    }
  }
  const recreateViews = /* @__PURE__ */ new Set([...[...vdrop].filter((n) => isView(B.relations[n])), ...[...droppedRels].filter((n) => isView(B.relations[n]))]);
  const usesRowType = (sig, returns, v) => {
    const names = [v, lastI(v), last(v)];
    const parts = [returns.replace(/^SETOF /, ""), ...sig.slice(sig.indexOf("(") + 1, -1).split(", ").map((a) => a.split(" ").pop() ?? "")];
    return parts.some((p) => names.includes(p.replace(/\[\]$/, "")));
  };
  const fnsViaViews = new Set(
    Object.keys(A.functions).filter((k) => k in B.functions && !replacedFns.has(k) && [...vdrop].some((v) => usesRowType(k, A.functions[k].returns, v)))
  );
  return { vdrop, vreplace, recreateViews, fnsViaViews };
}
function addBackups(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const pkCols = (t) => primaryKeyColumns(B, t);
  const backupSchema = "CREATE SCHEMA IF NOT EXISTS pgreview_backup;";
  for (const t of [...droppedRels].filter((t2) => !createdRels.has(t2) || B.relations[t2].kind === "table")) {
    const r = B.relations[t];
    if (r.kind !== "table" && r.kind !== "partitioned table") continue;
    if (backups.length === 0) backups.push(backupSchema);
    backups.push(`CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  for (const c of droppedCols) {
    if (backups.length === 0) backups.push(backupSchema);
    const t = parentOf(c);
    const pk = pkCols(t);
    backups.push(pk ? `CREATE TABLE ${backupName(t, lastI(c))} AS SELECT ${pk}, ${lastI(c)} FROM ${t};` : `CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  const dataStatements = [];
  for (const { source, trace } of input.changed) {
    source.statements.forEach((st, i) => {
      const t = trace?.[i];
      if (t?.error || t?.skipped) return;
      const n = st.node ?? {};
      const rel = n.relation ?? n.relations?.[0]?.RangeVar;
      const table = rel?.relname ? `${rel.schemaname ? q(rel.schemaname) + "." : ""}${q(rel.relname)}` : void 0;
      const where = `${source.source.file}:${st.span.line}`;
      if (st.kind === "UpdateStmt" || st.kind === "DeleteStmt" || st.kind === "TruncateStmt") {
        const verb = st.kind === "UpdateStmt" ? "UPDATE" : st.kind === "DeleteStmt" ? "DELETE" : "TRUNCATE";
        dataStatements.push(`${verb} at ${where}${t?.rowsAffected != null && st.kind !== "TruncateStmt" ? ` (${t.rowsAffected} row(s) on the review database)` : ""} changes data that the rollback does not restore${table ? `: restore ${table} from the backup` : ""}`);
        if (table && !backups.some((b) => b.includes(` ${table};`))) {
          if (backups.length === 0) backups.push(backupSchema);
          backups.push(`CREATE TABLE ${backupName(table)} AS TABLE ${table};`);
        }
      } else if (st.kind === "InsertStmt" && table) {
        dataStatements.push(`INSERT at ${where} adds rows to ${table} that the rollback does not delete (unless it drops the table)`);
      }
    });
  }
  for (const d of dataStatements) caveats.push(d);
}
function dropDependents(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const viewsToDrop = [...vdrop].filter((n) => n in A.relations).sort((a, b) => relOid(A, b) - relOid(A, a));
  const plainViews = viewsToDrop.filter((n) => A.relations[n].kind === "view");
  const matViews = viewsToDrop.filter((n) => A.relations[n].kind === "materialized view");
  for (const k of fnsViaViews) emit(`DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}`);
  if (matViews.length) emit(`DROP MATERIALIZED VIEW IF EXISTS ${matViews.join(", ")}`);
  if (plainViews.length) emit(`DROP VIEW IF EXISTS ${plainViews.join(", ")}`);
  const gone = (t) => tableGone(t) || vdrop.has(t);
  const policyChanged = (k) => !sameJson({ ...B.policies[k], qual: B.policies[k].qual, withCheck: B.policies[k].withCheck }, { ...A.policies[k], qual: norm(A.policies[k].qual), withCheck: norm(A.policies[k].withCheck) });
  const policiesOut = Object.keys(A.policies).filter((k) => !gone(A.policies[k].table) && (!(k in B.policies) || policyChanged(k) || typeChanged.has(A.policies[k].table)));
  for (const k of policiesOut) emit(`DROP POLICY IF EXISTS ${lastI(k)} ON ${A.policies[k].table}`);
  const triggerChanged = (k) => B.triggers[k].definition !== norm(A.triggers[k].definition) || replacedFns.has(B.triggers[k].function);
  const triggersOut = Object.keys(A.triggers).filter((k) => !gone(A.triggers[k].table) && (!(k in B.triggers) || triggerChanged(k)));
  for (const k of triggersOut) emit(`DROP TRIGGER IF EXISTS ${lastI(k)} ON ${A.triggers[k].table}`);
  const conChanged = (k) => B.constraints[k].definition !== norm(A.constraints[k].definition) || B.constraints[k].validated !== A.constraints[k].validated || B.constraints[k].type !== A.constraints[k].type;
  const consOut = Object.keys(A.constraints).filter((k) => !gone(A.constraints[k].table) && (!(k in B.constraints) || conChanged(k) || typeChanged.has(A.constraints[k].table) && A.constraints[k].type === "f")).sort((a, b) => Number(A.constraints[b].type === "f") - Number(A.constraints[a].type === "f"));
  for (const k of consOut) emit(`ALTER TABLE ${A.constraints[k].table} DROP CONSTRAINT IF EXISTS ${lastI(k)}`);
  const idxChanged = (k) => B.indexes[k].definition !== norm(A.indexes[k].definition);
  const idxOut = Object.keys(A.indexes).filter((k) => !gone(A.indexes[k].table) && !conIndex(A, k) && (!(k in B.indexes) || idxChanged(k) && !conIndex(B, k)));
  const concurrently = input.transactional ? "" : " CONCURRENTLY";
  for (const k of idxOut) emit(`DROP INDEX${concurrently} IF EXISTS ${k}`);
  return { policiesOut, triggersOut, consOut, idxOut, concurrently };
}
function dropCreatedColumnsAndTables(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const attnum = (c) => Number((A.defs.oids[`column ${c}`] ?? "0.0").split(".")[1]);
  const colsOut = [...createdCols].sort((a, b) => Number(!!A.columns[b].generated) - Number(!!A.columns[a].generated) || attnum(b) - attnum(a));
  for (const c of colsOut) emit(`ALTER TABLE ${parentOf(c)} DROP COLUMN IF EXISTS ${lastI(c)}`, void 0);
  const tablesOut = [...createdRels].filter((n) => n in A.relations && !isView(A.relations[n]) && A.relations[n].kind !== "sequence").sort((a, b) => relOid(A, b) - relOid(A, a));
  const foreignOut = tablesOut.filter((n) => A.relations[n].kind === "foreign table");
  if (foreignOut.length) emit(`DROP FOREIGN TABLE IF EXISTS ${foreignOut.join(", ")}`);
  const plainOut = tablesOut.filter((n) => A.relations[n].kind !== "foreign table");
  if (plainOut.length) emit(`DROP TABLE IF EXISTS ${plainOut.join(", ")}`);
  const ownedByGone = (seq) => {
    const o = A.defs.sequences[seq]?.ownedBy;
    return o ? !(o in B.columns) || tableGone(parentOf(o)) : false;
  };
  const seqOut = [...createdRels].filter((n) => A.relations[n]?.kind === "sequence" && !A.defs.sequences[n]?.identity && !ownedByGone(n));
  return seqOut;
}
function recreateDropped(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k) => createFunction(g, k);
  for (const e of dropped(B.extensions, A.extensions)) {
    const x = B.extensions[e];
    emit(`CREATE EXTENSION IF NOT EXISTS ${q(e)} WITH SCHEMA ${q(x.schema)} VERSION ${lit(x.version)}`);
  }
  for (const e of Object.keys(B.extensions).filter((e2) => e2 in A.extensions)) {
    const b = B.extensions[e];
    const a = A.extensions[e];
    if (a.schema !== b.schema) emit(`ALTER EXTENSION ${q(e)} SET SCHEMA ${qi(b.schema)}`);
    if (a.version !== b.version) caveat(`ALTER EXTENSION ${q(e)} UPDATE TO ${lit(b.version)}`, `extension ${e} was updated from ${b.version} to ${a.version}; going back needs a downgrade script the extension may not ship`);
  }
  for (const s of dropped(B.schemas, A.schemas)) {
    emit(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    if (B.schemas[s].owner !== input.role) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s].owner)}`);
  }
  for (const s of Object.keys(B.schemas).filter((s2) => s2 in A.schemas && A.schemas[s2].owner !== B.schemas[s2].owner)) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s].owner)}`);
  const needsBodiesOff = droppedFns.length > 0 || alteredFns.length > 0 || fnsViaViews.size > 0;
  if (needsBodiesOff) out.unshift({ sql: input.transactional ? "SET LOCAL check_function_bodies = off" : "SET check_function_bodies = off" });
  const inOrder = [];
  for (const t of dropped(B.enums, A.enums)) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE TYPE ${t} AS ENUM (${B.enums[t].map(lit).join(", ")})`) });
  for (const t of Object.keys(B.enums).filter((t2) => t2 in A.enums && !sameJson(B.enums[t2], A.enums[t2]))) {
    const b = B.enums[t];
    const a = A.enums[t];
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) emit(`ALTER TYPE ${t} RENAME VALUE ${lit(a[i])} TO ${lit(b[i])}`);
    }
  }
  const droppedTypes = dropped(B.defs.types, A.defs.types);
  for (const t of droppedTypes) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE ${B.defs.types[t].kind === "domain" ? "DOMAIN" : "TYPE"} ${t} ${B.defs.types[t].definition}`) });
  for (const t of Object.keys(B.defs.types).filter((t2) => t2 in A.defs.types && B.defs.types[t2].definition !== norm(A.defs.types[t2].definition))) {
    caveat(void 0, `${B.defs.types[t].kind} ${t} was changed (${A.defs.types[t].definition} instead of ${B.defs.types[t].definition}); the rollback does not rebuild it`);
  }
  const seqIn = [...droppedRels].filter((n) => B.relations[n]?.kind === "sequence" && !B.defs.sequences[n]?.identity);
  for (const n of seqIn) {
    const s = B.defs.sequences[n];
    emit(s ? `CREATE SEQUENCE ${n} AS ${s.type} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} START WITH ${s.start} CACHE ${s.cache}${s.cycle ? " CYCLE" : " NO CYCLE"}` : `CREATE SEQUENCE ${n}`);
    caveat(void 0, `sequence ${n} is recreated at its start value: set it past the highest value in use (setval) before writing to its table`);
  }
  for (const n of Object.keys(B.defs.sequences).filter((n2) => n2 in A.defs.sequences && !tableGone(n2) && !B.defs.sequences[n2].identity)) {
    const b = B.defs.sequences[n];
    const a = A.defs.sequences[n];
    const parts = [];
    if (a.type !== b.type) parts.push(`AS ${b.type}`);
    if (a.increment !== b.increment) parts.push(`INCREMENT BY ${b.increment}`);
    if (a.min !== b.min) parts.push(`MINVALUE ${b.min}`);
    if (a.max !== b.max) parts.push(`MAXVALUE ${b.max}`);
    if (a.start !== b.start) parts.push(`START WITH ${b.start}`);
    if (a.cache !== b.cache) parts.push(`CACHE ${b.cache}`);
    if (a.cycle !== b.cycle) parts.push(b.cycle ? "CYCLE" : "NO CYCLE");
    if (parts.length) emit(`ALTER SEQUENCE ${n} ${parts.join(" ")}`);
  }
  const dropTablesIn = [...droppedRels].filter((n) => !isView(B.relations[n]) && B.relations[n].kind !== "sequence");
  const needsTable = (k) => dropTablesIn.some((t) => `${k} ${B.functions[k].returns}`.includes(splitName(t).pop()));
  for (const k of replacedFns) emit(`DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}`);
  const fnsNow = [...droppedFns, ...alteredFns].filter((k) => !needsTable(k) && !fnsViaViews.has(k));
  const fnsLater = [...droppedFns, ...alteredFns].filter((k) => needsTable(k) && !fnsViaViews.has(k));
  for (const k of fnsNow) inOrder.push({ oid: oidOf(B, `function ${k}`), run: () => fnCreate(k) });
  for (const o of inOrder.sort((a, b) => a.oid - b.oid)) o.run();
  return { seqIn, fnsLater, dropTablesIn };
}
function createFunction(g, k) {
  const def = fnDef(g.B, k);
  if (!def) {
    g.caveat(void 0, `${g.B.functions[k].kind} ${k} has no definition pg_get_functiondef can give (aggregate): recreate it by hand`);
    return;
  }
  g.emit(def.trimEnd());
}
function restoreAltered(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  for (const n of Object.keys(B.relations).filter((n2) => survives(n2) && !vdrop.has(n2))) {
    const b = B.relations[n];
    const a = A.relations[n];
    const kw = relKeyword(b);
    if (!sameJson(a.reloptions, b.reloptions)) {
      const keyOf = (o) => o.slice(0, o.indexOf("="));
      const reset = a.reloptions.filter((o) => !b.reloptions.some((x) => keyOf(x) === keyOf(o))).map(keyOf);
      if (reset.length) emit(`ALTER ${kw} ${n} RESET (${reset.join(", ")})`);
      const set = b.reloptions.filter((o) => !a.reloptions.includes(o));
      if (set.length) emit(`ALTER ${kw} ${n} SET (${set.join(", ")})`);
    }
    if (a.rowSecurity !== b.rowSecurity) emit(`ALTER TABLE ${n} ${b.rowSecurity ? "ENABLE" : "DISABLE"} ROW LEVEL SECURITY`);
    if (a.forceRowSecurity !== b.forceRowSecurity) emit(`ALTER TABLE ${n} ${b.forceRowSecurity ? "FORCE" : "NO FORCE"} ROW LEVEL SECURITY`);
    if (a.owner !== b.owner) emit(`ALTER ${kw} ${n} OWNER TO ${qi(b.owner)}`);
  }
  for (const c of columnChanges) {
    const t = parentOf(c);
    const col = lastI(c);
    const b = B.columns[c];
    const a = A.columns[c];
    if (a.generated !== b.generated) {
      if (a.generated && b.generated && B.serverVersionNum >= 17e4) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET EXPRESSION AS (${b.generated})`);
      else if (a.generated && !b.generated) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP EXPRESSION`);
      else caveat(void 0, `column ${c}: its generation expression changed (${a.generated ?? "none"} instead of ${b.generated ?? "none"}); the rollback cannot restore it in place`);
    }
    if (a.identity && a.identity !== b.identity && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP IDENTITY IF EXISTS`);
    if (a.default != null && a.default !== b.default && !a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT`);
    if (a.type !== b.type) {
      const collation = B.defs.tableColumns[t]?.find((x) => x.name === splitName(c).pop())?.collation;
      caveat(
        `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${b.type}${collation ? ` COLLATE ${collation}` : ""} USING ${col}${isEnumType(B, b.type) || isEnumType(A, a.type) ? `::text${b.type.endsWith("[]") ? "[]" : ""}` : ""}::${b.type}`,
        `column ${c}: type goes back from ${a.type} to ${b.type}; values written after the deploy that do not fit ${b.type} make this fail, and converted values may not round-trip exactly`
      );
    }
    if (b.default != null && a.default !== b.default && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${b.default}`);
    if (b.identity && a.identity !== b.identity) {
      const how = b.identity === "a" ? "ALWAYS" : "BY DEFAULT";
      if (a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED ${how}`);
      else caveat(`ALTER TABLE ${t} ALTER COLUMN ${col} ADD GENERATED ${how} AS IDENTITY`, `column ${c}: its identity is recreated with a new sequence that starts at 1; set it past the highest value in use`);
    }
    if (a.notNull !== b.notNull) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} ${b.notNull ? "SET" : "DROP"} NOT NULL`);
  }
  for (const t of enumRebuilds) {
    const b = B.enums[t];
    const a = A.enums[t];
    const added = a.filter((l) => !b.includes(l));
    const removed = b.filter((l) => !a.includes(l));
    const [schema, name] = splitName(t);
    const tmp = `${q(schema)}.${q(`${name}_pgreview_rollback`.slice(0, 63))}`;
    caveat(
      `CREATE TYPE ${tmp} AS ENUM (${b.map(lit).join(", ")})`,
      added.length ? `enum ${t}: value(s) ${added.map((l) => `'${l}'`).join(", ")} added by the PR are removed by rebuilding the type (Postgres has no ALTER TYPE ... DROP VALUE); rows that use them make the rollback fail: change them first` : `enum ${t}: value(s) ${removed.map((l) => `'${l}'`).join(", ")} removed by the PR come back by rebuilding the type`
    );
    const cols = enumCols.get(t) ?? [];
    for (const c of cols) if (A.columns[c].default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} DROP DEFAULT`);
    for (const c of cols) {
      const arr = A.columns[c].type.endsWith("[]") ? "[]" : "";
      emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} TYPE ${tmp}${arr} USING ${lastI(c)}::text${arr}::${tmp}${arr}`);
    }
    emit(`DROP TYPE ${t}`);
    emit(`ALTER TYPE ${tmp} RENAME TO ${qi(name)}`);
    for (const c of cols) if (B.columns[c]?.default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} SET DEFAULT ${B.columns[c].default}`);
  }
  for (const k of alteredFns.filter((k2) => !replacedFns.has(k2) && B.functions[k2].owner !== A.functions[k2].owner)) emit(`ALTER ${fnKeyword(B.functions[k].kind)} ${k} OWNER TO ${qi(B.functions[k].owner)}`);
  for (const k of Object.keys(B.functions).filter((k2) => k2 in A.functions && !alteredFns.includes(k2) && B.functions[k2].owner !== A.functions[k2].owner)) emit(`ALTER ${fnKeyword(B.functions[k].kind)} ${k} OWNER TO ${qi(B.functions[k].owner)}`);
}
function recreateTablesAndColumns(g, p, deps, back) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k) => createFunction(g, k);
  const pkCols = (t) => primaryKeyColumns(B, t);
  const columnDef = (c, collation, forAdd = false) => columnDefinition(B, c, collation, forAdd);
  const { consOut, idxOut, concurrently } = deps;
  const { seqIn, fnsLater, dropTablesIn } = back;
  const tablesIn = dropTablesIn.sort((a, b) => relOid(B, a) - relOid(B, b));
  for (const t of tablesIn) {
    const r = B.relations[t];
    const part = B.defs.partitioning[t];
    if (r.kind === "foreign table") {
      caveat(void 0, `foreign table ${t} was dropped; the rollback does not recreate foreign tables (server options are not in the catalog snapshot)`);
      continue;
    }
    if (part?.parent && part.bound) {
      emit(`CREATE TABLE ${t} PARTITION OF ${part.parent} ${part.bound}${part.key ? ` PARTITION BY ${part.key}` : ""}`);
    } else {
      const cols = (B.defs.tableColumns[t] ?? []).map((c) => columnDef(`${t}.${q(c.name)}`, c.collation));
      emit(`CREATE TABLE ${t} (
  ${cols.join(",\n  ")}
)${part?.key ? ` PARTITION BY ${part.key}` : ""}${r.reloptions.length ? ` WITH (${r.reloptions.join(", ")})` : ""}`);
    }
    if (r.owner !== input.role) emit(`ALTER TABLE ${t} OWNER TO ${qi(r.owner)}`);
    if (r.rowSecurity) emit(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
    if (r.forceRowSecurity) emit(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    if (r.kind === "table" || r.kind === "partitioned table") {
      caveat(`-- INSERT INTO ${t} SELECT * FROM ${backupName(t)}`, `table ${t} was dropped by the PR: the rollback recreates it empty; its rows come back only from the backup taken before deploying`);
    }
  }
  for (const c of droppedCols) {
    const t = parentOf(c);
    const col = B.columns[c];
    const def = columnDef(c, B.defs.tableColumns[t]?.find((x) => x.name === splitName(c).pop())?.collation, true);
    emit(`ALTER TABLE ${t} ADD COLUMN ${def}`);
    const pk = pkCols(t);
    caveat(
      pk ? `-- UPDATE ${t} AS t SET ${lastI(c)} = b.${lastI(c)} FROM ${backupName(t, lastI(c))} AS b WHERE ${pk.split(", ").map((k) => `t.${k} = b.${k}`).join(" AND ")}` : void 0,
      `column ${c} was dropped by the PR: the rollback recreates it${col.default ? " with its default" : " empty"}; its values come back only from the backup taken before deploying`
    );
    if (col.notNull && !col.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${lastI(c)} SET NOT NULL`, "fails on rows without a value: restore the column from the backup first");
  }
  for (const s of Object.keys(B.defs.sequences).filter((s2) => B.defs.sequences[s2].ownedBy && !B.defs.sequences[s2].identity)) {
    const o = B.defs.sequences[s].ownedBy;
    if (seqIn.includes(s) || A.defs.sequences[s]?.ownedBy !== o) emit(`ALTER SEQUENCE ${s} OWNED BY ${o}`);
  }
  for (const s of Object.keys(B.defs.sequences).filter((s2) => !B.defs.sequences[s2].ownedBy && A.defs.sequences[s2]?.ownedBy && !tableGone(s2))) emit(`ALTER SEQUENCE ${s} OWNED BY NONE`);
  for (const k of fnsLater) fnCreate(k);
  const recreatedTable = (t) => tablesIn.includes(t) || recreateViews.has(t);
  const consIn = Object.keys(B.constraints).filter((k) => {
    const c = B.constraints[k];
    if (B.defs.partitioning[c.table]?.parent && recreatedTable(c.table)) return false;
    return recreatedTable(c.table) || !(k in A.constraints) || consOut.includes(k);
  });
  const conSql = (k) => `ALTER TABLE ${B.constraints[k].table} ADD CONSTRAINT ${lastI(k)} ${B.constraints[k].definition}`;
  for (const k of consIn.filter((k2) => B.constraints[k2].type !== "f")) emit(conSql(k));
  const idxIn = Object.keys(B.indexes).filter((k) => !conIndex(B, k) && !(B.defs.partitioning[B.indexes[k].table]?.parent && recreatedTable(B.indexes[k].table)) && (recreatedTable(B.indexes[k].table) ? !isView(B.relations[B.indexes[k].table]) : !(k in A.indexes) || idxOut.includes(k)));
  for (const k of idxIn) emit(recreatedTable(B.indexes[k].table) || !concurrently ? B.indexes[k].definition : B.indexes[k].definition.replace(/^CREATE (UNIQUE )?INDEX /, `CREATE $1INDEX${concurrently} `));
  for (const k of consIn.filter((k2) => B.constraints[k2].type === "f")) emit(conSql(k));
  return { tablesIn, consIn, idxIn, recreatedTable };
}
function dropCreatedObjects(g, p, seqOut) {
  const { B, A, emit } = g;
  const { createdFns } = p;
  const createdSchemas = new Set(created(B.schemas, A.schemas));
  const inCreatedSchema = (n) => createdSchemas.has(q(splitName(n)[0]));
  const outOrder = [];
  for (const n of seqOut) outOrder.push({ oid: relOid(A, n), sql: `DROP SEQUENCE IF EXISTS ${n}` });
  for (const k of createdFns) outOrder.push({ oid: oidOf(A, `function ${k}`), sql: `DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}` });
  for (const t of created(B.enums, A.enums).filter((t2) => !inCreatedSchema(t2))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP TYPE IF EXISTS ${t}` });
  for (const t of created(B.defs.types, A.defs.types).filter((t2) => !inCreatedSchema(t2))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP ${A.defs.types[t].kind === "domain" ? "DOMAIN" : "TYPE"} IF EXISTS ${t}` });
  for (const o of outOrder.sort((a, b) => b.oid - a.oid)) emit(o.sql);
  for (const e of created(B.extensions, A.extensions)) emit(`DROP EXTENSION IF EXISTS ${q(e)}`);
  for (const s of createdSchemas) emit(`DROP SCHEMA IF EXISTS ${s} CASCADE`, "the schema did not exist before the PR: everything in it goes with it");
}
function recreateViewsTriggersPolicies(g, p, deps, tables) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k) => createFunction(g, k);
  const { triggersOut, policiesOut } = deps;
  const { recreatedTable } = tables;
  for (const v of [...recreateViews, ...vreplace].sort((a, b) => relOid(B, a) - relOid(B, b))) {
    const r = B.relations[v];
    if (vreplace.has(v)) {
      emit(`CREATE OR REPLACE VIEW ${v} AS
${B.defs.views[v].definition.trim().replace(/;$/, "")}`);
      continue;
    }
    const def = B.defs.views[v]?.definition;
    if (!def) {
      caveat(void 0, `view ${v}: no definition was read; recreate it by hand`);
      continue;
    }
    const opts = r.reloptions.length ? ` WITH (${r.reloptions.join(", ")})` : "";
    emit(`CREATE ${r.kind === "materialized view" ? "MATERIALIZED VIEW" : "VIEW"} ${v}${opts} AS
${def.trim().replace(/;$/, "")}`);
    if (r.owner !== input.role) emit(`ALTER ${relKeyword(r)} ${v} OWNER TO ${qi(r.owner)}`);
    for (const k of Object.keys(B.indexes).filter((k2) => B.indexes[k2].table === v)) emit(B.indexes[k].definition);
  }
  for (const k of fnsViaViews) fnCreate(k);
  for (const k of Object.keys(B.triggers).filter((k2) => recreatedTable(B.triggers[k2].table) || !(k2 in A.triggers) || triggersOut.includes(k2))) {
    emit(B.triggers[k].definition);
    const en = B.triggers[k].enabled;
    if (en !== "O") emit(`ALTER TABLE ${B.triggers[k].table} ${en === "D" ? "DISABLE" : en === "R" ? "ENABLE REPLICA" : "ENABLE ALWAYS"} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.triggers).filter((k2) => k2 in A.triggers && !triggersOut.includes(k2) && !recreatedTable(B.triggers[k2].table) && A.triggers[k2].enabled !== B.triggers[k2].enabled)) {
    const en = B.triggers[k].enabled;
    emit(`ALTER TABLE ${B.triggers[k].table} ${en === "D" ? "DISABLE" : en === "R" ? "ENABLE REPLICA" : en === "A" ? "ENABLE ALWAYS" : "ENABLE"} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.policies).filter((k2) => recreatedTable(B.policies[k2].table) || !(k2 in A.policies) || policiesOut.includes(k2))) {
    const p2 = B.policies[k];
    const roles = p2.roles.map((r) => r === "public" ? "PUBLIC" : qi(r)).join(", ");
    emit(`CREATE POLICY ${lastI(k)} ON ${p2.table} AS ${p2.permissive ? "PERMISSIVE" : "RESTRICTIVE"} FOR ${p2.cmd} TO ${roles}${p2.qual != null ? ` USING (${p2.qual})` : ""}${p2.withCheck != null ? ` WITH CHECK (${p2.withCheck})` : ""}`);
  }
}
function wasRecreated(g, p, deps, seqIn, tables, kind, name) {
  const { A, B } = g;
  const { droppedCols, droppedFns, replacedFns, fnsViaViews } = p;
  const { triggersOut, policiesOut } = deps;
  const { consIn, idxIn, recreatedTable } = tables;
  if (kind === "relation") return recreatedTable(name) || seqIn.includes(name);
  if (kind === "column") return recreatedTable(parentOf(name)) || droppedCols.includes(name);
  if (kind === "function") return droppedFns.includes(name) || replacedFns.has(name) || fnsViaViews.has(name);
  if (kind === "schema") return !(name in A.schemas);
  if (kind === "type") return !(`type ${name}` in A.defs.oids);
  if (kind === "constraint") return consIn.includes(name);
  if (kind === "index") return idxIn.includes(name) || recreatedTable(B.indexes[name]?.table ?? "");
  if (kind === "trigger") return recreatedTable(B.triggers[name]?.table ?? "") || !(name in A.triggers) || triggersOut.includes(name);
  if (kind === "policy") return recreatedTable(B.policies[name]?.table ?? "") || !(name in A.policies) || policiesOut.includes(name);
  return false;
}
function restoreComments(g, recreated) {
  const { A, B, emit } = g;
  const commentTarget = (kind, name) => {
    if (kind === "relation") return B.relations[name] ? `${relKeyword(B.relations[name])} ${name}` : void 0;
    if (kind === "column") return `COLUMN ${name}`;
    if (kind === "function") return B.functions[name] ? `${fnKeyword(B.functions[name].kind)} ${name}` : void 0;
    if (kind === "schema") return `SCHEMA ${name}`;
    if (kind === "type") return `${B.defs.types[name]?.kind === "domain" ? "DOMAIN" : "TYPE"} ${name}`;
    if (kind === "constraint") return B.constraints[name] ? `CONSTRAINT ${lastI(name)} ON ${B.constraints[name].table}` : void 0;
    if (kind === "index") return `INDEX ${name}`;
    if (kind === "trigger") return B.triggers[name] ? `TRIGGER ${lastI(name)} ON ${B.triggers[name].table}` : void 0;
    if (kind === "policy") return B.policies[name] ? `POLICY ${lastI(name)} ON ${B.policies[name].table}` : void 0;
    return void 0;
  };
  const exists = (s, key) => key in s.defs.oids || key.startsWith("trigger ") || key.startsWith("policy ");
  for (const key of /* @__PURE__ */ new Set([...Object.keys(B.defs.comments), ...Object.keys(A.defs.comments)])) {
    const sp = key.indexOf(" ");
    const kind = key.slice(0, sp);
    const name = key.slice(sp + 1);
    if (!exists(B, key) || kind === "trigger" && !(name in B.triggers) || kind === "policy" && !(name in B.policies)) continue;
    const want = B.defs.comments[key];
    const have = recreated(kind, name) ? void 0 : A.defs.comments[key];
    if (want === have) continue;
    const target = commentTarget(kind, name);
    if (target) emit(`COMMENT ON ${target} IS ${want == null ? "NULL" : lit(want)}`);
  }
}
function restorePrivileges(g, recreated) {
  const { input, A, B, emit } = g;
  for (const key of Object.keys(B.defs.acls)) {
    const sp = key.indexOf(" ");
    const kind = key.slice(0, sp);
    const name = key.slice(sp + 1);
    const on = aclTarget(kind, name, B);
    if (!on) continue;
    const owner = kind === "relation" ? B.relations[name]?.owner : kind === "function" ? B.functions[name]?.owner : kind === "schema" ? B.schemas[name]?.owner : void 0;
    const want = new Set(B.defs.acls[key]);
    const have = new Set(recreated(kind, name) ? defaultAcl(kind, name, B, input.role, owner) : A.defs.acls[key] ?? []);
    if (!recreated(kind, name) && !(key in A.defs.acls)) continue;
    const byGrantee = (set) => {
      const m = /* @__PURE__ */ new Map();
      for (const e of set) {
        const i = e.lastIndexOf("=");
        const g2 = e.slice(0, i);
        (m.get(g2) ?? m.set(g2, /* @__PURE__ */ new Set()).get(g2)).add(e.slice(i + 1));
      }
      return m;
    };
    const w = byGrantee(want);
    const h = byGrantee(have);
    for (const g2 of /* @__PURE__ */ new Set([...w.keys(), ...h.keys()])) {
      const wp = w.get(g2) ?? /* @__PURE__ */ new Set();
      const hp = h.get(g2) ?? /* @__PURE__ */ new Set();
      const bare = (p) => p.replace(/\*$/, "");
      const revoke = [...hp].filter((p) => !wp.has(p)).map(bare).filter((p) => ![...wp].some((x) => bare(x) === p));
      const revokeOption = [...hp].filter((p) => p.endsWith("*") && wp.has(bare(p)));
      const grant = [...wp].filter((p) => !hp.has(p));
      const who = g2 === "PUBLIC" ? "PUBLIC" : qi(g2);
      if (revoke.length) emit(`REVOKE ${revoke.join(", ")} ON ${on} FROM ${who}`);
      if (revokeOption.length) emit(`REVOKE GRANT OPTION FOR ${revokeOption.map(bare).join(", ")} ON ${on} FROM ${who}`);
      const plain = grant.filter((p) => !p.endsWith("*"));
      const withOpt = grant.filter((p) => p.endsWith("*")).map(bare);
      if (plain.length) emit(`GRANT ${plain.join(", ")} ON ${on} TO ${who}`);
      if (withOpt.length) emit(`GRANT ${withOpt.join(", ")} ON ${on} TO ${who} WITH GRANT OPTION`);
    }
  }
}
function renderScript(g) {
  const { input, out, caveats, backups } = g;
  const statements = out.filter((o) => o.sql && !o.sql.startsWith("--")).map((o) => o.sql);
  const body = out.map((o) => {
    const note = o.note ? `-- NOTE: ${o.note}
` : "";
    if (!o.sql) return note.trimEnd();
    return `${note}${o.sql.startsWith("--") ? o.sql : /\$[A-Za-z_]*\$/.test(o.sql) || o.sql.endsWith(";") ? `${o.sql}${o.sql.endsWith(";") ? "" : ";"}` : `${o.sql};`}`;
  });
  const header = [
    "-- Rollback generated by pgreview from the catalog before and after the changed migrations.",
    "-- It undoes them as a whole, newest dependency first. Review it like any migration.",
    ...backups.length ? ["--", "-- Before deploying the PR, keep what it destroys (run these first, and keep the copies until the deploy is final):", ...backups.map((b) => `--   ${b}`)] : [],
    ...caveats.length ? ["--", "-- Not undone exactly:", ...caveats.map((c) => `--   * ${c}`)] : []
  ];
  const sql = statements.length || caveats.length ? [...header, "", ...input.transactional ? ["BEGIN;", ""] : [], ...body, ...input.transactional ? ["", "COMMIT;"] : [], ""].join("\n") : `${header[0]}
-- The changed migrations left the catalog as it was: there is nothing to roll back.
`;
  return { sql, caveats, backups, statements };
}
function columnDefinition(B, c, collation, forAdd = false) {
  const col = B.columns[c];
  const parts = [lastI(c), col.type];
  if (collation) parts.push(`COLLATE ${collation}`);
  if (col.generated) parts.push(`GENERATED ALWAYS AS (${col.generated}) STORED`);
  else if (col.identity) parts.push(`GENERATED ${col.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`);
  else if (col.default != null) parts.push(`DEFAULT ${col.default}`);
  if (col.notNull && !forAdd && !col.identity) parts.push("NOT NULL");
  return parts.join(" ");
}
function typeIs(formatted, name) {
  return formatted === name || formatted === last(name);
}
function paramNames(def) {
  if (!def) return "";
  const m = /^CREATE OR REPLACE (?:FUNCTION|PROCEDURE) [^(]*\(([^)]*)\)/.exec(def);
  return (m?.[1] ?? "").split(",").map((p) => p.trim().split(/\s+/)[0] ?? "").join(",");
}
function aclTarget(kind, name, B) {
  if (kind === "relation") {
    const r = B.relations[name];
    return r ? `${r.kind === "sequence" ? "SEQUENCE" : "TABLE"} ${name}` : void 0;
  }
  if (kind === "function") return B.functions[name] ? `${B.functions[name].kind === "procedure" ? "PROCEDURE" : "FUNCTION"} ${name}` : void 0;
  if (kind === "schema") return `SCHEMA ${name}`;
  if (kind === "type") return `TYPE ${name}`;
  return void 0;
}
function defaultAcl(kind, name, B, creator, owner) {
  const r = B.relations[name];
  const objtype = kind === "relation" ? r?.kind === "sequence" ? "S" : "r" : kind === "function" ? "f" : kind === "type" ? "T" : kind === "schema" ? "n" : "";
  const schema = kind === "schema" ? "" : splitName(name.replace(/\(.*$/s, ""))[0];
  const global = B.defs.defaultAcls[`${creator}|${""}|${objtype}`];
  const inSchema = kind === "schema" ? [] : B.defs.defaultAcls[`${creator}|${schema}|${objtype}`] ?? [];
  const base = global ?? builtinAcl(kind, name, B, creator);
  const moved = owner && owner !== creator ? base.map((e) => e.startsWith(`${creator}=`) ? `${owner}${e.slice(creator.length)}` : e) : base;
  return [.../* @__PURE__ */ new Set([...moved, ...inSchema])];
}
function builtinAcl(kind, name, B, owner) {
  const o = owner ?? "";
  const r = B.relations[name];
  if (kind === "relation") {
    if (r?.kind === "sequence") return ["SELECT", "UPDATE", "USAGE"].map((p) => `${o}=${p}`);
    const privs = ["DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE", ...B.serverVersionNum >= 17e4 ? ["MAINTAIN"] : []];
    return privs.map((p) => `${o}=${p}`);
  }
  if (kind === "function") return [`${o}=EXECUTE`, "PUBLIC=EXECUTE"];
  if (kind === "schema") return [`${o}=CREATE`, `${o}=USAGE`];
  if (kind === "type") return [`${o}=USAGE`, "PUBLIC=USAGE"];
  return [];
}
function catalogDifferences(base, now) {
  const d = diffCatalog(base, now);
  const out = [
    ...d.created.map((o) => `${o.kind} ${o.name} is left over${o.detail ? ` (${o.detail})` : ""}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} is missing${o.detail ? ` (${o.detail})` : ""}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} differs${o.detail ? ` (${o.detail})` : ""}`)
  ];
  const cmp = (label, a, b, only) => {
    for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (only && !only(k)) continue;
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${label} ${k}: ${k in b ? k in a ? "differs" : "is left over" : "is missing"}`);
    }
  };
  const both = (k) => k in base.relations && k in now.relations;
  cmp("view definition of", base.defs.views, now.defs.views, both);
  cmp("definition of", base.defs.types, now.defs.types);
  cmp("sequence", base.defs.sequences, now.defs.sequences, both);
  cmp("comment on", base.defs.comments, now.defs.comments);
  cmp("privileges on", base.defs.acls, now.defs.acls, (k) => k in base.defs.acls && k in now.defs.acls);
  return out;
}
function asMigrationRoleRuns(sql) {
  let m = /^DROP EXTENSION IF EXISTS ("?)([\w$-]+)\1$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2])) return `select pgreview_admin.drop_extension(${lit(m[2])})`;
  m = /^CREATE EXTENSION IF NOT EXISTS ("?)([\w$-]+)\1 WITH SCHEMA (\S+) VERSION '([^']*)'$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2])) return `select pgreview_admin.create_extension(${lit(m[2])}, ${lit(splitName(m[3])[0])}, ${lit(m[4])}, true)`;
  return sql;
}
async function proveRollback(main, gen, base, opts) {
  const role = opts.session.role;
  const x = opts.session.db ?? main;
  const sessionAuth = !!role && !opts.session.db;
  const rollbackOnly = main.rollbackOnly;
  const t = { timeoutMs: opts.timeoutMs };
  const sessionUser = sessionAuth ? (await main.query("select session_user::text as su", void 0, t)).rows[0].su : "";
  if (sessionAuth) await main.query(`set session authorization ${q(role)}`, void 0, t);
  let error;
  const how = rollbackOnly ? "in a savepoint (url engine: everything is rolled back)" : opts.transactional ? "in one transaction" : "statement by statement, outside a transaction";
  try {
    const wrap = rollbackOnly || opts.transactional;
    const sp = "pgreview_rollback_proof";
    if (wrap) await x.query(rollbackOnly ? `savepoint ${sp}` : "begin", void 0, t);
    try {
      for (const s of gen.statements) {
        try {
          const sql = s.startsWith("SET LOCAL") && !wrap ? s.replace("SET LOCAL", "SET") : s;
          await x.exec(role ? asMigrationRoleRuns(sql) : sql, t);
        } catch (e) {
          const d = DbError.from(e);
          throw new DbError(`${d.message} — at: ${s.split("\n")[0].slice(0, 160)}`, { code: d.code });
        }
      }
      if (wrap && !rollbackOnly) await x.query("commit", void 0, t);
    } catch (e) {
      if (wrap && x.alive) await x.exec(rollbackOnly ? `rollback to savepoint ${sp}` : "rollback", t).catch(() => void 0);
      throw e;
    }
    const now = await snapshotCatalog(x, { timeoutMs: Math.max(opts.timeoutMs, 6e4) });
    const differences = catalogDifferences(base, now);
    if (rollbackOnly) await x.exec(`rollback to savepoint ${sp}; release savepoint ${sp}`, t).catch(() => void 0);
    return {
      verified: differences.length === 0,
      differences,
      proof: `applied after the PR on ${opts.engine} as ${role || "the superuser"}, ${how}; ${differences.length ? `the catalog then differed from the base in ${differences.length} place(s)` : "the catalog then matched the base"}`
    };
  } catch (e) {
    error = e.message;
    return { verified: false, differences: [`the rollback failed: ${error}`], error, proof: `applied after the PR on ${opts.engine} as ${role || "the superuser"}, ${how}; it failed` };
  } finally {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${qi(sessionUser)}`, void 0, t).catch(() => void 0);
  }
}
async function rollbackFor(input) {
  const { trace, db } = input;
  const changed = input.up.filter((s) => s.migration.status !== "base");
  const notProven = (why, gen2) => ({
    sql: gen2?.sql ?? "",
    verified: false,
    caveats: gen2?.caveats ?? [],
    differences: [],
    backups: gen2?.backups ?? [],
    proof: `not proven: ${why}`
  });
  if (!trace.before || !trace.after) return notProven(trace.stopped ?? "the catalog could not be read before and after the changed migrations");
  const failed = trace.migrations.filter((m) => m.status !== "base" && m.applied === "failed");
  const transactional = changed.every((p) => {
    const ownTx = p.statements.some((st) => ["begin", "commit", "rollback"].includes(transactionControl(st.kind, st.node) ?? ""));
    return runnerWraps(p.migration, p.statements.length, ownTx) && !p.statements.some((st) => cannotRunInTransaction(st.kind, st.node, trace.before.serverVersionNum));
  });
  const role = trace.role;
  const gen = generateRollback({
    before: trace.before,
    after: trace.after,
    changed: changed.map((source) => ({ source, trace: trace.migrations.find((m) => m.file === source.source.file && m.trace)?.trace })),
    transactional,
    role: role || "postgres"
  });
  if (failed.length) return notProven(`${failed.map((m) => m.file).join(", ")} did not apply on the review engine, so the rollback undoes only what did`, gen);
  if (!db.alive) return notProven("the engine stopped before the rollback could be applied", gen);
  const own = role && input.engine.connectAs && !db.rollbackOnly ? await input.engine.connectAs(role).catch(() => void 0) : void 0;
  try {
    const proven = await proveRollback(db, gen, trace.before, {
      session: { role, db: own },
      transactional,
      timeoutMs: input.settings.statementTimeoutMs,
      engine: input.engine.describe().id
    });
    return { sql: gen.sql, caveats: gen.caveats, backups: gen.backups, ...proven };
  } finally {
    await own?.close().catch(() => void 0);
  }
}
function mergeRollbacks(list) {
  if (list.length === 0) return void 0;
  if (list.length === 1) return list[0].report;
  const label = (h) => h ? `database ${h}` : "default database";
  return {
    sql: list.map((r) => `-- ==== ${label(r.history)} ====
${r.report.sql}`).join("\n"),
    verified: list.every((r) => r.report.verified),
    caveats: list.flatMap((r) => r.report.caveats.map((c) => `${label(r.history)}: ${c}`)),
    differences: list.flatMap((r) => r.report.differences.map((d) => `${label(r.history)}: ${d}`)),
    backups: list.flatMap((r) => r.report.backups),
    proof: list.map((r) => `${label(r.history)}: ${r.report.proof}`).join("; "),
    error: list.find((r) => r.report.error)?.report.error
  };
}
function offerRollback(findings, rollback, files) {
  for (const f of findings) {
    if (f.ruleId !== "down-migration-incomplete" || !files.has(f.file)) continue;
    const what = rollback.verified ? "a rollback that pgreview generated and verified on the review engine" : "a rollback that pgreview generated (not verified: see its differences)";
    f.fix = { ...f.fix ?? { description: "" }, description: `${f.fix?.description ? `${f.fix.description} ` : ""}Or start from ${what}: it is in the Rollback section of this review and in the JSON report (rollback.sql).` };
    f.evidence = { ...f.evidence, generatedRollback: { verified: rollback.verified, sql: rollback.sql } };
  }
}
function rollbackFileText(report) {
  const r = report.rollback;
  if (!r) return "-- pgreview generated no rollback: the changed migrations were not applied on a review engine (static review, or nothing changed).\n";
  const status = r.verified ? `-- Verified: ${r.proof}.` : `-- NOT verified: ${r.proof}.${r.differences.length ? `
-- Still different after it:
${r.differences.slice(0, 20).map((d) => `--   ${d}`).join("\n")}` : ""}`;
  return `${status}
${r.sql}`;
}

export {
  generateRollback,
  catalogDifferences,
  proveRollback,
  rollbackFor,
  mergeRollbacks,
  offerRollback,
  rollbackFileText
};
