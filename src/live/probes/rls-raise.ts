// Whether an exception a PL/pgSQL function raised while the owner acted is raised whatever the data,
// or only under a condition. The probe's users carry only the rows the ownership path it could read
// asks for (the policies' own columns, membership tables it followed); a function it did not read
// through (`IF NOT EXISTS (select … from memberships …) THEN RAISE`) may raise for them because they
// lack a row every real owner has. Such an exception is no proof that the owner meets it in production.
import type { Database } from '../../engines/database.js';
import { parsePlpgsql } from '../../sql/parse.js';
import { walk } from '../../analysis/ast.js';
import { attempt } from './util.js';
import type { RoleError } from './rls-roles.js';

/** A PL/pgSQL frame of an error context: `PL/pgSQL function public.f(uuid) line 4 at RAISE`. */
const FRAME = /^PL\/pgSQL function (.+\)) line (\d+) at (.+)$/;

/** Statements that run straight through: one before the raise does not decide whether it is reached. */
const STRAIGHT = new Set(['PLpgSQL_stmt_assign', 'PLpgSQL_stmt_execsql', 'PLpgSQL_stmt_perform', 'PLpgSQL_stmt_dynexecute', 'PLpgSQL_stmt_getdiag', 'PLpgSQL_stmt_call', 'PLpgSQL_stmt_raise']);

const KIND_NAMES: Record<string, string> = {
  PLpgSQL_stmt_if: 'IF',
  PLpgSQL_stmt_case: 'CASE',
  PLpgSQL_stmt_loop: 'LOOP',
  PLpgSQL_stmt_while: 'WHILE',
  PLpgSQL_stmt_fori: 'FOR',
  PLpgSQL_stmt_fors: 'FOR',
  PLpgSQL_stmt_forc: 'FOR',
  PLpgSQL_stmt_dynfors: 'FOR',
  PLpgSQL_stmt_foreach_a: 'FOREACH',
  PLpgSQL_stmt_return: 'RETURN',
  PLpgSQL_stmt_exit: 'EXIT',
  PLpgSQL_stmt_block: 'a BEGIN block',
};

/**
 * Why the exception `e` may depend on data (a condition in a function it passed through, a SELECT
 * INTO STRICT, an ASSERT), or undefined when each PL/pgSQL function of its context reaches the next
 * one, and the raise, unconditionally. A function the probe cannot read is said as such: it was not
 * shown to raise whatever the data.
 */
export async function raisedUnderCondition(db: Database, e: RoleError): Promise<string | undefined> {
  const frames = framesOf(e.where);
  if (!frames.length) return undefined;
  const { signature: innermost, at } = frames[0]!;
  if (e.code === 'P0002' || e.code === 'P0003' || e.code === 'P0004' || at === 'ASSERT') {
    const fn = (await readFunction(db, innermost))?.name ?? innermost;
    return e.code === 'P0004' || at === 'ASSERT'
      ? `an ASSERT in ${fn} failed, and its condition may depend on the rows it reads`
      : `a SELECT INTO STRICT in ${fn} found ${e.code === 'P0002' ? 'no row' : 'more than one row'}, which depends on the rows it reads`;
  }
  for (const { signature, line } of frames) {
    const fn = await readFunction(db, signature);
    if (!fn) return `the probe could not read ${signature}`;
    if (fn.action.PLpgSQL_stmt_block?.lineno !== line && !containsLine(fn.action, line)) return `the probe could not find line ${line} of ${fn.name}`;
    const gate = conditionBefore([fn.action], line);
    if (gate) return `${fn.name} raises it only under a condition (${gate})`;
  }
  return undefined;
}

/** The PL/pgSQL frames of an error context, innermost first: the function's signature and the line. */
function framesOf(where: string | undefined): { signature: string; line: number; at: string }[] {
  return (where ?? '')
    .split('\n')
    .map((l) => FRAME.exec(l.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map(([, signature, line, at]) => ({ signature: signature!, line: Number(line), at: at! }));
}

/**
 * Whether the error was raised while a PL/pgSQL function handled another one: a frame of its
 * context is a statement inside an EXCEPTION handler (`RAISE EXCEPTION 'failed: %', SQLERRM`, or a
 * call made from the handler). Such a RAISE passes on an error the function caught (a missing
 * table, a failed cast, a constraint of another table), not a refusal the function makes on
 * purpose. A bare `RAISE;` keeps the caught error's own context and SQLSTATE, so it never reads as a
 * RAISE at all. Undefined when a function of the context cannot be read.
 */
export async function raisedInHandler(db: Database, e: { where?: string }): Promise<boolean | undefined> {
  for (const frame of framesOf(e.where)) {
    const fn = await readFunction(db, frame.signature);
    if (!fn) return undefined;
    if (inHandler(fn.action, frame.line)) return true;
  }
  return false;
}

/** A statement at `line` lies in an EXCEPTION handler of a block of the body `action`. */
function inHandler(action: any, line: number): boolean {
  let found = false;
  walk(action, (key, value) => {
    if (found) return false;
    if (key === 'PLpgSQL_exception' && containsLine({ action: value.action }, line)) found = true;
  });
  return found;
}

/** The function an error context names (`f(uuid)`, resolved as the session does), schema-qualified, with its PL/pgSQL body. */
async function readFunction(db: Database, signature: string): Promise<{ name: string; action: any } | undefined> {
  // The context names a function bare when its schema is on the search path: the finding names it qualified.
  const r = await attempt<{ def: string; name: string }>(
    db,
    `select pg_get_functiondef(p.oid) as def, format('%I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)) as name
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace where p.oid = $1::regprocedure`,
    [signature],
  );
  const row = r.ok ? r.rows[0] : undefined;
  const action = row ? parsePlpgsql(row.def)?.plpgsql_funcs?.[0]?.PLpgSQL_function?.action : undefined;
  return action ? { name: row!.name, action } : undefined;
}

/**
 * What decides whether the statement at `line` runs, in `stmts` (a PL/pgSQL body): the first
 * statement that encloses it or comes before it and branches (IF, loops, RETURN…), as "IF at line 3".
 * Undefined when it runs whenever the body runs.
 */
function conditionBefore(stmts: any[], line: number): string | undefined {
  for (const s of stmts) {
    const [kind, node] = Object.entries(s ?? {})[0] ?? [];
    if (!kind || !node) continue;
    const n = node as any;
    const holds = n.lineno === line || containsLine(n, line);
    // A plain block's body runs in order: look inside; its handlers run only after an error.
    if (holds && kind === 'PLpgSQL_stmt_block') {
      if (containsLine({ body: n.body }, line) || n.lineno === line) return conditionBefore(n.body ?? [], line);
      return `an exception handler of the block at line ${n.lineno}`;
    }
    if (holds && n.lineno === line && !containsLine(n, line)) return undefined;
    if (holds || !STRAIGHT.has(kind)) return `${KIND_NAMES[kind] ?? kind.replace('PLpgSQL_stmt_', '').toUpperCase()} at line ${n.lineno}`;
  }
  return undefined;
}

/** A statement below `node` (not `node` itself) starts at `line`. */
function containsLine(node: any, line: number): boolean {
  let found = false;
  walk(node, (key, value) => {
    if (found) return false;
    if (key.startsWith('PLpgSQL_stmt_') && value.lineno === line) found = true;
  });
  return found;
}
