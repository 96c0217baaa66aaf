// The Postgres scanner and the PL/pgSQL parser of @libpg-query/parser, without the rest of that
// package. Its entry module also loads a 73,000-line protobuf schema (proto.js) that only its
// deparse uses; evaluating it was the largest single cost of starting a static review. pgreview
// deparses with pgsql-deparser, so it loads the package's WASM module directly and reads the
// JSON its scan and PL/pgSQL entry points return, as the package's own scanSync and
// parsePlPgSQLSync do (node_modules/@libpg-query/parser/wasm/index.js).

// @ts-expect-error the emscripten factory ships without type declarations
import PgQueryModule from '@libpg-query/parser/wasm/libpg-query.js';

interface WasmModule {
  lengthBytesUTF8(s: string): number;
  stringToUTF8(s: string, ptr: number, len: number): void;
  UTF8ToString(ptr: number): string;
  _malloc(n: number): number;
  _free(ptr: number): void;
  _wasm_free_string(ptr: number): void;
  _wasm_scan(ptr: number): number;
  _wasm_parse_plpgsql(ptr: number): number;
}

export interface ScanToken {
  text: string;
  start: number;
  end: number;
  tokenName: string;
  keywordKind?: string;
}

let wasm: WasmModule | undefined;
let loading: Promise<void> | undefined;

export function loadModule(): Promise<void> {
  loading ??= (PgQueryModule as () => Promise<WasmModule>)().then((m) => {
    wasm = m;
  });
  return loading;
}

/** Call a text → JSON entry point of the WASM module; errors come back as text. */
function call(entry: '_wasm_scan' | '_wasm_parse_plpgsql', text: string): any {
  if (!wasm) throw new Error('the scanner is not loaded: call loadModule() first');
  const len = wasm.lengthBytesUTF8(text) + 1;
  const input = wasm._malloc(len);
  let result = 0;
  try {
    wasm.stringToUTF8(text, input, len);
    result = wasm[entry](input);
    const out = wasm.UTF8ToString(result);
    if (out.startsWith('syntax error') || out.startsWith('deparse error') || out.startsWith('ERROR')) throw new Error(out);
    return JSON.parse(out);
  } finally {
    wasm._free(input);
    if (result) wasm._wasm_free_string(result);
  }
}

/** Every token of the text (byte offsets), as the Postgres scanner sees it. */
export function scanSync(text: string): { version: number; tokens: ScanToken[] } {
  return call('_wasm_scan', text);
}

/** The PL/pgSQL parse trees of the functions (or DO block) in `sql`. */
export function parsePlPgSQLSync(sql: string): any {
  return call('_wasm_parse_plpgsql', sql);
}
