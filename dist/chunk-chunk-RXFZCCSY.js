// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));

// src/engines/database.ts
var DbError = class _DbError extends Error {
  code;
  detail;
  hint;
  /** 1-based character position in the query text, when Postgres reports one. */
  position;
  where;
  constructor(message, fields = {}) {
    super(message);
    this.name = "DbError";
    Object.assign(this, fields);
  }
  static from(e) {
    if (e instanceof _DbError) return e;
    const pos = e?.position != null ? Number(e.position) : void 0;
    return new _DbError(String(e?.message ?? e), {
      code: e?.code ?? void 0,
      detail: e?.detail ?? void 0,
      hint: e?.hint ?? void 0,
      position: pos != null && Number.isFinite(pos) ? pos : void 0,
      where: e?.where ?? void 0
    });
  }
};
var QueryTimeoutError = class extends DbError {
  constructor(timeoutMs, engineDead, how) {
    super(`statement exceeded the ${timeoutMs} ms time limit (stopped by pgreview: ${how})`, { code: "57014" });
    this.timeoutMs = timeoutMs;
    this.engineDead = engineDead;
    this.name = "QueryTimeoutError";
  }
  timeoutMs;
  engineDead;
};
var EngineDeadError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EngineDeadError";
  }
};
var EngineUnavailableError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EngineUnavailableError";
  }
};
var DEFAULT_CALL_TIMEOUT_MS = 5 * 6e4;

export {
  DbError,
  QueryTimeoutError,
  EngineDeadError,
  EngineUnavailableError,
  DEFAULT_CALL_TIMEOUT_MS
};
