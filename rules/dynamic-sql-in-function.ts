import { defineRule } from '../src/analysis/rules.js';
import { defElem, listName } from '../src/analysis/ast.js';
import { unresolvedExecutes } from '../src/analysis/screen.js';

// Screening reads every EXECUTE whose string it can resolve (constants, format() with %I/%L). What it
// cannot resolve is only known when the function runs — later, in production, with whatever rights
// the caller, the owner (SECURITY DEFINER) or the table event (trigger) brings.
export default defineRule({
  id: 'dynamic-sql-in-function',
  phase: 'static',
  severity: 'medium',
  category: 'security',
  title: 'Function runs SQL built at run time that cannot be reviewed',
  directions: ['up', 'down'],
  statements: ['CreateFunctionStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'CreateFunctionStmt') return;
    const found = unresolvedExecutes(stmt);
    if (!found.length) return;
    const n = stmt.node;
    const name = listName(n.funcname)?.qualified ?? 'the function';
    const definer = defElem(n.options, 'security')?.arg?.Boolean?.boolval === true;
    const returns = String((n.returnType?.names ?? []).map((i: any) => i?.String?.sval).pop() ?? '').toLowerCase();
    const trigger = returns === 'trigger' || returns === 'event_trigger';
    const why = definer
      ? `it is SECURITY DEFINER, so that SQL runs with its owner's rights for every caller`
      : trigger
        ? `it is a trigger function, so that SQL runs on every write to its table, as whoever writes`
        : undefined;
    for (const x of found) {
      const line = x.line != null ? stmt.span.line + x.line - 1 : undefined;
      ctx.report({
        stmt,
        line,
        object: name,
        severity: why ? 'high' : 'medium',
        title: `${name} runs SQL built at run time${why ? ` (${definer ? 'SECURITY DEFINER' : 'trigger'})` : ''}`,
        message: `${name} executes \`${x.expr}\`${line != null ? ` (line ${line})` : ''}: a string assembled when the function runs, which no review of this migration can read${why ? `; ${why}` : ''}. If any part of it comes from data (a column, an argument, a setting), whoever controls that data chooses the statement.`,
        fix: {
          description:
            'Write the statement out, or build it with format() using %I for identifiers and %L for values (or quote_ident/quote_literal), so its shape is fixed and reviewable; pass values with EXECUTE … USING.',
        },
        evidence: { function: name, line, expression: x.expr, securityDefiner: definer, trigger },
      });
    }
  },
});
