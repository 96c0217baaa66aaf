// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  selfHosted
} from "./chunk-chunk-EQVHIXAZ.js";

// src/live/gaps.ts
var UNDEFINED_OBJECT = /* @__PURE__ */ new Set(["42704", "42883", "42P01", "42703", "3F000", "42P02"]);
function missingName(message) {
  const fn = /^(?:function|procedure|operator(?: class| family)?)\s+([\w$."]+)\s*\(/i.exec(message);
  if (fn) return fn[1].replace(/"/g, "");
  const quoted = /"([^"]+)"/.exec(message);
  return quoted?.[1];
}
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function mentions(sql, name) {
  const parts = name.split(".").filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return false;
  const word = (w) => new RegExp(`(^|[^\\w$])"?${esc(w)}"?([^\\w$]|$)`, "i").test(sql);
  return word(last) && (parts.length < 2 || word(parts[0]));
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
function privilegeCause(error, preset, st) {
  if (error.code !== "42501" || !selfHosted(preset)) return void 0;
  if (!(st && CONNECTING_ROLE_KINDS.has(st.kind)) && !/superuser/i.test(error.message)) return void 0;
  return `it needs privileges the review's migration role (not a superuser) does not have: ${error.message.split("\n")[0]}. On a self-hosted server it applies when the migration connects as a superuser (or as a role with the ADMIN option or CREATEROLE it needs); pgreview never runs pull request SQL as a superuser to find out`;
}
function environmentCause(error, trace, sources, skippedExtensions = [], at2) {
  const newer = error.code === "42601" && at2 ? newerSyntaxAt(sources, at2) : void 0;
  if (newer) {
    return { cause: `the statement uses ${newer.construct}, which needs PostgreSQL ${newer.major}, and the review server is older (whether production has it is the target version's question: pgVersion)`, syntax: newer };
  }
  const privilege = privilegeCause(error, trace.preset, at2 ? statementAt(sources, at2) : void 0);
  if (privilege) return { cause: privilege, privilege: true };
  const resource = resourceCause(error);
  if (resource) return { cause: resource, resource: true };
  if (!UNDEFINED_OBJECT.has(error.code ?? "")) return void 0;
  const name = missingName(error.message);
  const baseSources = sources.filter((s) => s.migration.status === "base" && s.direction === "up");
  if (name) {
    for (const g of trace.gaps ?? []) {
      const src = baseSources.find((s) => s.source.file === g.file);
      const st = src?.statements.find((s) => s.span.line <= g.line && g.line <= s.span.endLine);
      if (st && mentions(st.sql, name)) return { cause: `"${name}" comes from ${g.file}:${g.line}, which the review engine could not run: ${g.cause}`, gap: g };
    }
    const failedFiles = new Set(trace.migrations.filter((m) => m.status === "base" && m.applied === "failed").map((m) => m.file));
    for (const s of baseSources) {
      if (!failedFiles.has(s.source.file) || !mentions(s.source.text, name)) continue;
      const m = trace.migrations.find((r) => r.file === s.source.file);
      return { cause: `"${name}" comes from ${s.source.file}, which did not apply on the review engine${m?.error ? ` (${m.error.message})` : ""}` };
    }
  }
  const ext = skippedExtensions[0];
  if (ext) {
    return { cause: `the "${ext.ext}" extension (${ext.file}:${ext.line}) was skipped because the review engine does not have it`, extension: ext.ext };
  }
  return void 0;
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
    if (src.source.file !== at2.file || !src.newerSyntax?.length) continue;
    const st = statementAt([src], at2);
    const found = src.newerSyntax.find((n) => st ? st.span.line <= n.line && n.line <= st.span.endLine : n.line === at2.line);
    if (found) return found;
  }
  return void 0;
}
function markEnvironmentFailures(trace, sources) {
  const skipped = [];
  const stoodIn = new Set((trace.standIns ?? []).map((s) => /^(\S+) \(/.exec(s)?.[1]));
  for (const m of trace.migrations) {
    if (m.status === "base") continue;
    for (const t of m.trace ?? []) {
      const ext = lackedExtension(t.skipped);
      if (ext) skipped.push({ ext, file: m.file, line: t.line });
      if (!t.error) continue;
      const named = t.error.code === "42704" && /^extension "/.test(t.error.message) ? missingName(t.error.message) : void 0;
      if (named && stoodIn.has(named)) {
        m.couldNotVerify = `the "${named}" extension is a pgreview stand-in on the review engine, not a real extension, so ${t.error.message.split("\n")[0]} here`;
        continue;
      }
      const why = environmentCause(t.error, trace, sources, skipped, { file: m.file, line: t.line });
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
async function readEngineGaps(db, sources, trace) {
  const created = new Set(sources.flatMap((s) => s.statements.filter((st) => st.kind === "CreateExtensionStmt").map((st) => String(st.node?.extname ?? ""))));
  const lacking = /* @__PURE__ */ new Set();
  if (created.size) {
    const r = await db.query("select array(select name::text from pg_available_extensions) as exts", void 0, { timeoutMs: 3e4 });
    const available = new Set(r.rows[0]?.exts ?? []);
    for (const e of created) if (!available.has(e)) lacking.add(e);
  }
  const ran = /* @__PURE__ */ new Set();
  for (const m of trace?.migrations ?? []) {
    if (m.status === "base") continue;
    for (const t of m.trace ?? []) if (!t.skipped && !t.error) ran.add(at(m.file, t.line));
  }
  return { lacking, trace, sources, ran };
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
  const name = undefinedObject ? missingName(first)?.split(".").pop() : void 0;
  if (name && gaps.lacking.has(name)) return `${first}: the "${name}" extension is not available on the review engine`;
  if (!gaps.trace) return void 0;
  if (undefinedObject && where && gaps.ran.has(at(where.file, where.line))) return void 0;
  const env = environmentCause(error, gaps.trace, gaps.sources, [], where);
  return env ? `${first}: ${env.cause}` : void 0;
}

export {
  environmentCause,
  statementAt,
  markEnvironmentFailures,
  readEngineGaps,
  engineGapSkip,
  engineGapCause
};
