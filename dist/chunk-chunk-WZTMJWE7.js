// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  scanSync
} from "./chunk-chunk-6M6MGMG4.js";

// src/analysis/names-object.ts
function splitName(name) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (quoted) {
      if (ch === '"' && name[i + 1] === '"') cur += '"', i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ".") out.push(cur), cur = "";
    else cur += ch;
  }
  out.push(cur);
  return out;
}
function objectParts(objectName) {
  let quoted = false;
  let end = objectName.length;
  for (let i = 0; i < objectName.length; i++) {
    if (objectName[i] === '"') quoted = !quoted;
    else if (objectName[i] === "(" && !quoted) {
      end = i;
      break;
    }
  }
  return splitName(objectName.slice(0, end));
}
function namesObject(st, objectName) {
  return tokensName(codeTokens(st), objectParts(objectName));
}
function textNamesObject(sql, objectName) {
  return tokensName(scanCode(sql, 0), objectParts(objectName));
}
function tokensName(tokens, parts) {
  const [schema, name] = parts.length === 1 ? [void 0, parts[0]] : [parts[0], parts[1]];
  if (!name || !mentions(tokens, name, schema)) return false;
  return parts.length < 3 || mentions(tokens, parts[parts.length - 1]);
}
var tokensOf = /* @__PURE__ */ new WeakMap();
function codeTokens(st) {
  let tokens = tokensOf.get(st);
  if (!tokens) tokensOf.set(st, tokens = scanCode(st.sql, 0));
  return tokens;
}
function scanCode(sql, depth) {
  const out = [];
  let scanned;
  try {
    scanned = scanSync(sql).tokens;
  } catch {
    return out;
  }
  for (const t of scanned) {
    if (t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT") continue;
    if (t.tokenName === "SCONST") {
      const body = /^\$([A-Za-z_]\w*)?\$([\s\S]*)\$\1\$$/.exec(t.text);
      if (body && depth < 3) out.push(...scanCode(body[2], depth + 1));
      const quoted = !body && depth < 3 && executed(out) ? /^'((?:[^']|'')*)'$/.exec(t.text) : void 0;
      if (quoted) out.push(...scanCode(quoted[1].replace(/''/g, "'"), depth + 1));
      continue;
    }
    const keyword = t.keywordKind;
    const identifier = t.tokenName === "IDENT" || typeof keyword === "number" && keyword >= 1 && keyword <= 3;
    out.push({ text: identifier ? identifierText(t.text) : t.text, identifier });
  }
  return out;
}
function executed(tokens) {
  const at = (i) => tokens[tokens.length - i]?.text.toLowerCase();
  return at(1) === "execute" || at(1) === "(" && at(2) === "format" && at(3) === "execute";
}
function identifierText(text) {
  return text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text.toLowerCase();
}
function mentions(tokens, name, schema) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.identifier || t.text !== name) continue;
    const qualifier = i >= 2 && tokens[i - 1].text === "." && tokens[i - 2].identifier ? tokens[i - 2].text : void 0;
    if (schema === void 0 || qualifier === void 0 || qualifier === schema) return true;
  }
  return false;
}

// src/sql/locks.ts
var LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
function lockMode(mode) {
  const spaced = mode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").trim().toUpperCase();
  return LOCK_MODES.includes(spaced) ? spaced : void 0;
}
function lockModeName(pgLocksMode) {
  return lockMode(pgLocksMode) ?? pgLocksMode.toUpperCase();
}
function lockStrength(mode) {
  const m = lockMode(mode);
  return m ? LOCK_MODES.indexOf(m) + 1 : 0;
}
function blocksWrites(mode) {
  return lockStrength(mode) >= LOCK_MODES.indexOf("SHARE") + 1;
}

// src/migrations/runner.ts
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
function runnerSetup(layout, migrations) {
  const base = migrations.filter((m) => m.status === "base");
  const values = (f) => base.length ? base.map((m) => `(${f(m)})`).join(", ") : "";
  const insert = (table, cols, f) => base.length ? `
INSERT INTO ${table} (${cols}) VALUES ${values(f)} ON CONFLICT DO NOTHING;` : "";
  const note = migrations[0]?.transactionNote ?? "";
  switch (layout) {
    case "diesel":
      return {
        table: "__diesel_schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);" + insert("__diesel_schema_migrations", "version", (m) => lit(m.version.replace(/\D/g, "") || m.version))
      };
    case "golang-migrate": {
      if (!/golang-migrate/.test(note)) return void 0;
      const last = base[base.length - 1];
      return {
        table: "schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);" + (last && /^\d+$/.test(last.version) ? `
INSERT INTO schema_migrations (version, dirty) VALUES (${last.version}, false) ON CONFLICT DO NOTHING;` : "")
      };
    }
    case "dbmate":
      return {
        table: "schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY);" + insert("schema_migrations", "version", (m) => lit(m.version))
      };
    case "prisma":
      return {
        table: "_prisma_migrations",
        sql: "CREATE TABLE IF NOT EXISTS _prisma_migrations (id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);" + insert("_prisma_migrations", "id, checksum, finished_at, migration_name, applied_steps_count", (m) => `md5(${lit(m.version + m.name)})::uuid::text, md5(${lit(m.name)}), now(), ${lit(`${m.version}_${m.name}`)}, 1`)
      };
    case "flyway":
      return {
        table: "flyway_schema_history",
        sql: "CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);\nCREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success);" + (base.length ? `
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success) VALUES ${base.map((m, i) => `(${i + 1}, ${lit(m.version)}, ${lit(m.name)}, 'SQL', ${lit(`V${m.version}__${m.name}.sql`)}, current_user, 0, true)`).join(", ")} ON CONFLICT DO NOTHING;` : "")
      };
    case "postgres-migrations":
      return {
        table: "migrations",
        sql: "CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name varchar(100) UNIQUE NOT NULL, hash varchar(40) NOT NULL, executed_at timestamp DEFAULT current_timestamp);" + (base.length ? `
INSERT INTO migrations (id, name, hash) VALUES ${base.map((m, i) => `(${Number(m.version) > 0 && Number(m.version) < 2 ** 31 ? Number(m.version) : i + 1}, ${lit(m.name)}, md5(${lit(m.name)}))`).join(", ")} ON CONFLICT DO NOTHING;` : "")
      };
    case "drizzle":
      return {
        table: "drizzle.__drizzle_migrations",
        sql: "CREATE SCHEMA IF NOT EXISTS drizzle;\nCREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);" + insert("drizzle.__drizzle_migrations", "hash, created_at", (m) => `md5(${lit(m.name)}), ${Number(m.version) || 0}`)
      };
    case "supabase":
      return {
        table: "supabase_migrations.schema_migrations",
        sql: "CREATE SCHEMA IF NOT EXISTS supabase_migrations;\nCREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);" + insert("supabase_migrations.schema_migrations", "version, name", (m) => `${lit(m.version)}, ${lit(m.name)}`)
      };
    case "popx":
      return {
        table: "schema_migration",
        sql: "CREATE TABLE IF NOT EXISTS schema_migration (version varchar(48) NOT NULL, version_self integer NOT NULL DEFAULT 0);\nCREATE UNIQUE INDEX IF NOT EXISTS schema_migration_version_idx ON schema_migration (version);" + insert("schema_migration", "version", (m) => lit(m.version))
      };
    default:
      return void 0;
  }
}
function runnerWraps(m, statements, ownTx) {
  if (ownTx) return false;
  if (m.transactionMode === "implicit") return statements > 1;
  if (m.transactionMode === "none") return false;
  return m.transactional;
}

// src/live/platform.ts
var MANAGED = /* @__PURE__ */ new Set(["supabase", "neon"]);
function selfHosted(preset) {
  return !!preset && !MANAGED.has(preset);
}

export {
  splitName,
  objectParts,
  namesObject,
  textNamesObject,
  tokensName,
  codeTokens,
  selfHosted,
  lockMode,
  lockModeName,
  lockStrength,
  blocksWrites,
  runnerSetup,
  runnerWraps
};
