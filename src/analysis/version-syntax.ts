// Statements PostgreSQL 17's grammar (pgreview's parser) reads that an older server rejects as a syntax
// error: the parser cannot tell them apart, so they are found in the tree. needs-newer-postgres reports
// them against the target version; the live stage blames an older review server, not the migration.
import type { NewerSyntax } from '../sql/parse.js';
import type { Statement } from '../types.js';

/** ALTER COLUMN … SET EXPRESSION came in PostgreSQL 17 (measured: PostgreSQL 15 answers "syntax error at or near EXPRESSION"). */
export function olderGrammarUses(statements: readonly Statement[]): NewerSyntax[] {
  const out: NewerSyntax[] = [];
  for (const s of statements) {
    if (s.kind !== 'AlterTableStmt') continue;
    for (const c of s.node.cmds ?? [])
      if (c?.AlterTableCmd?.subtype === 'AT_SetExpression') out.push({ major: 17, construct: 'ALTER COLUMN … SET EXPRESSION', line: s.span.line, column: s.span.column });
  }
  return out;
}
