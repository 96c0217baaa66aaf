// PostgreSQL 17's parser, scanner and PL/pgSQL parser: one WASM module (@libpg-query/parser's),
// which exports all three. libpg-query 17's module has only the parser, so using it as well meant
// compiling a second libpg_query on every run (~25 ms CPU of a static review's start).

// @ts-expect-error the emscripten factory ships without type declarations
import PgQueryModule from '@libpg-query/parser/wasm/libpg-query.js';
import { LibpgWasm, type ScanToken, type WasmFactory } from './libpg-wasm.js';

export { SqlError, statementsOf } from './libpg-wasm.js';

const pg17 = new LibpgWasm('the PostgreSQL 17 parser', async () => PgQueryModule as WasmFactory);

export function loadModule(): Promise<void> {
  return pg17.load();
}

/** The parse tree of `sql` ({ version, stmts }); throws SqlError (with sqlDetails.cursorPosition) on a syntax error. */
export function parseSync(sql: string): any {
  return pg17.parseSync(sql);
}

/** Every token of the text (byte offsets), as the Postgres scanner sees it. */
export function scanSync(text: string): { version: number; tokens: ScanToken[] } {
  return pg17.scanSync(text);
}

/** The PL/pgSQL parse trees of the functions (or DO block) in `sql`. */
export function parsePlPgSQLSync(sql: string): any {
  return pg17.parsePlPgSQLSync(sql);
}
