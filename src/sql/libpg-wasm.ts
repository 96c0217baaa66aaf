// One libpg_query WASM module, called directly through its emscripten exports. The npm packages'
// entry modules are not used: libpg-query's compiles its WASM as soon as it is imported (a top-level
// `PgQueryModule().then(…)`), and @libpg-query/parser's also evaluates a 73,000-line protobuf
// schema that only its deparse uses. The calls below are the ones those entry modules make
// (node_modules/libpg-query/wasm/index.js, @libpg-query/parser/wasm/index.js), with the same JSON
// out and the same error details.

interface Exports {
  /** The module's memory as bytes; replaced when the memory grows, so read it after every call. */
  HEAPU8: Uint8Array;
  getValue(ptr: number, type: 'i32'): number;
  _malloc(n: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(ptr: number): number;
  _wasm_free_parse_result(ptr: number): void;
  _wasm_free_string?(ptr: number): void;
  _wasm_scan?(ptr: number): number;
  _wasm_parse_plpgsql?(ptr: number): number;
}

/** The emscripten factory a package's `wasm/libpg-query.js` exports. */
export type WasmFactory = () => Promise<unknown>;

/** A syntax error as libpg-query reports it: `sqlDetails.cursorPosition` is a 0-based byte offset. */
export class SqlError extends Error {
  constructor(
    message: string,
    readonly sqlDetails: { message: string; cursorPosition: number; fileName?: string; functionName?: string; lineNumber?: number; context?: string },
  ) {
    super(message);
    this.name = 'SqlError';
  }
}

export interface ScanToken {
  text: string;
  start: number;
  end: number;
  tokenName: string;
  keywordKind?: string;
}

/** One statement of a parse tree: its kind (the top node's name), node, and UTF-8 byte range in the parsed text. */
export interface TreeStatement {
  kind: string;
  node: any;
  location: number;
  length?: number;
}

/** The statements of a tree parseSync returned. */
export function statementsOf(tree: any): TreeStatement[] {
  const stmts: any[] = tree.stmts ?? [];
  const out: TreeStatement[] = new Array(stmts.length);
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    // The statement node's one key is its kind (a for-in, not Object.keys: no array per statement).
    let kind = '';
    for (const key in s.stmt) {
      kind = key;
      break;
    }
    out[i] = { kind, node: s.stmt[kind], location: s.stmt_location ?? 0, length: s.stmt_len };
  }
  return out;
}

export class LibpgWasm {
  private wasm: Exports | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly name: string,
    private readonly factory: () => Promise<WasmFactory>,
  ) {}

  /** Compile and instantiate the module once; the sync calls work only after this resolves. */
  load(): Promise<void> {
    this.loading ??= this.factory()
      .then((f) => f())
      .then((m) => {
        this.wasm = m as Exports;
      });
    return this.loading;
  }

  get loaded(): boolean {
    return this.wasm !== undefined;
  }

  private module(): Exports {
    if (!this.wasm) throw new Error(`${this.name} is not loaded: call load() first`);
    return this.wasm;
  }

  /**
   * Copy `text` into WASM memory as NUL-terminated UTF-8, run `fn` on it, free it. Node's native
   * encoder instead of emscripten's per-character JS loops (same bytes for any text read from a file,
   * which is decoded as strict UTF-8 and so holds no lone surrogates).
   */
  private withString<T>(text: string, fn: (w: Exports, ptr: number) => T): T {
    const w = this.module();
    const len = Buffer.byteLength(text, 'utf8');
    const ptr = w._malloc(len + 1);
    try {
      const heap = w.HEAPU8;
      utf8Encoder.encodeInto(text, heap.subarray(ptr, ptr + len));
      heap[ptr + len] = 0;
      return fn(w, ptr);
    } finally {
      w._free(ptr);
    }
  }

  /** The parse tree of `sql` ({ version, stmts }); throws SqlError on a syntax error. */
  parseSync(sql: string): any {
    if (sql.trim() === '') throw new Error('Query cannot be empty');
    return this.withString(sql, (w, input) => {
      const result = w._wasm_parse_query_raw(input);
      if (!result) throw new Error('Failed to allocate memory for parse result');
      try {
        // struct PgQueryParseResult { char* parse_tree; char* stderr_buffer; PgQueryError* error; }
        const tree = w.getValue(result, 'i32');
        const error = w.getValue(result + 8, 'i32');
        if (error) throw readError(w, error);
        if (!tree) throw new Error('Parse result is null');
        return JSON.parse(readString(w, tree));
      } finally {
        w._wasm_free_parse_result(result);
      }
    });
  }

  /** Every token of the text (byte offsets), as the Postgres scanner sees it. */
  scanSync(text: string): { version: number; tokens: ScanToken[] } {
    return this.callJson('_wasm_scan', text);
  }

  /** The PL/pgSQL parse trees of the functions (or DO block) in `sql`. */
  parsePlPgSQLSync(sql: string): any {
    return this.callJson('_wasm_parse_plpgsql', sql);
  }

  /** A text → JSON entry point; its errors come back as text. */
  private callJson(entry: '_wasm_scan' | '_wasm_parse_plpgsql', text: string): any {
    return this.withString(text, (w, input) => {
      const call = w[entry];
      if (!call || !w._wasm_free_string) throw new Error(`${this.name} has no ${entry}`);
      const result = call(input);
      try {
        const out = readString(w, result);
        if (out.startsWith('syntax error') || out.startsWith('deparse error') || out.startsWith('ERROR')) throw new Error(out);
        return JSON.parse(out);
      } finally {
        if (result) w._wasm_free_string(result);
      }
    });
  }
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * The NUL-terminated UTF-8 string at `ptr`, as emscripten's UTF8ToString decodes it (a TextDecoder
 * over the bytes), with the terminator found by a native search rather than a JS loop over every
 * byte of a parse tree's JSON (megabytes per review).
 */
function readString(w: Exports, ptr: number): string {
  if (!ptr) return '';
  const heap = w.HEAPU8;
  const end = heap.indexOf(0, ptr);
  return utf8Decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}

/** struct PgQueryError { char* message; char* funcname; char* filename; int lineno; int cursorpos; char* context; } */
function readError(w: Exports, ptr: number): SqlError {
  const str = (p: number) => (p ? readString(w, p) : undefined);
  const message = str(w.getValue(ptr, 'i32')) ?? 'Unknown error';
  const lineno = w.getValue(ptr + 12, 'i32');
  const cursorpos = w.getValue(ptr + 16, 'i32');
  return new SqlError(message, {
    message,
    cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
    fileName: str(w.getValue(ptr + 8, 'i32')),
    functionName: str(w.getValue(ptr + 4, 'i32')),
    lineNumber: lineno > 0 ? lineno : undefined,
    context: str(w.getValue(ptr + 20, 'i32')),
  });
}
