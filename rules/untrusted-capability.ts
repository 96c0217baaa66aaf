import { defineRule } from '../src/analysis/rules.js';
import type { MigrationSet } from '../src/types.js';
import { createScreenContext, describeCapabilities, screenStatement, type ScreenContext } from '../src/analysis/screen.js';

// One screening context per review: a function created with a flagged body in one statement makes a
// later call to it (SELECT, CALL, a trigger) a finding too.
const contexts = new WeakMap<MigrationSet, ScreenContext>();

export default defineRule({
  id: 'untrusted-capability',
  phase: 'static',
  severity: 'critical',
  category: 'security',
  title: 'Statement uses a server capability a migration should not need',
  // Down migrations run too (the reversibility probe applies them): screen both directions.
  directions: ['up', 'down'],
  // Every statement: the capability screen reads any statement (COPY, functions, DO blocks, calls).
  statements: 'every',
  check(stmt, ctx) {
    let screen = contexts.get(ctx.set);
    if (!screen) contexts.set(ctx.set, (screen = createScreenContext()));
    const hits = screenStatement(stmt, screen);
    if (hits.length === 0) return;
    const { title, message, severity } = describeCapabilities(hits);
    const caps = [...new Set(hits.filter((h) => h.refuse || hits.every((x) => !x.refuse)).map((h) => h.capability))];
    ctx.report({
      stmt,
      location: hits.find((h) => h.location != null)?.location,
      object: caps.join(', '),
      severity,
      title,
      message,
      fix: {
        description:
          severity === 'critical'
            ? 'Take this out of the migration. Files, programs and remote data belong in an operator-run, reviewed procedure (or a trusted extension installed by the platform), not in schema migrations that run on every environment.'
            : 'Build the statement with format() and %I/%L placeholders (or quote_ident/quote_literal) so it can be screened, or write the statements out.',
      },
      evidence: { capabilities: hits.map(({ capability, detail, refuse }) => ({ capability, detail, refused: refuse })) },
    });
  },
});
