// A migration that uses PostgreSQL 18 syntax, reviewed on PostgreSQL 17 (PGlite) for a production that
// runs 18: the engine is older than the SQL, so its syntax error is a "could not verify", never a
// failure of the pull request (issue 11, points 4 and 6).
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSettings } from '../../src/config.js';
import { review } from '../../src/review.js';
import { tempDir } from '../temp-dirs.js';

const root = tempDir('pgreview-pg18-live-');
mkdirSync(path.join(root, 'migrations'));
writeFileSync(path.join(root, 'migrations/000001_accounts.up.sql'), 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n');
writeFileSync(path.join(root, 'migrations/000002_email.up.sql'), 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null NOT NULL email;\n');

describe('PostgreSQL 18 syntax on an older review server', () => {
  it('is could-not-verify with its cause, and never a failed migration', async () => {
    const settings = defaultSettings({ dir: root, engine: 'pglite', format: 'json', pgVersion: 18, changed: ['migrations/000002_email.up.sql'], totalTimeoutMs: 240_000 });
    const report = await review(settings);
    expect(report.engine?.serverVersion).toMatch(/^17/);
    // The engine says which grammar read the SQL: 17's, and 18's for the statement only it accepts.
    expect(report.engine?.notes).toContain(
      "SQL parsed with PostgreSQL 17's grammar (libpg-query 17); 1 statement(s) only PostgreSQL 18's grammar accepts were parsed with it (libpg-query 18): migrations/000002_email.up.sql:1 (a named NOT NULL constraint (ADD CONSTRAINT … NOT NULL column))",
    );
    const failed = report.findings.filter((f) => f.ruleId === 'migration-failed');
    expect(failed.map((f) => [f.severity, f.title])).toEqual([['info', 'Could not verify: the review server is older than PostgreSQL 18']]);
    expect(failed[0]!.message).toContain('a named NOT NULL constraint');
    const m = report.migrations.find((x) => x.file === 'migrations/000002_email.up.sql')!;
    expect(m.couldNotVerify).toContain('needs PostgreSQL 18');
    expect(report.verdict).not.toBe('fail');
    expect(report.findings.filter((f) => f.ruleId === 'needs-newer-postgres' || f.ruleId === 'syntax-error')).toEqual([]);
  }, 300_000);
});
