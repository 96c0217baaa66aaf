// The bundled CLI carries PostgreSQL 18's grammar: a down file with 18 syntax is not a syntax error.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDist, startCli } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

assertDist();

describe('bundled CLI and PostgreSQL 18 syntax', () => {
  const dir = tempDir('pgreview-pg18-');
  mkdirSync(path.join(dir, 'migrations'));
  writeFileSync(path.join(dir, 'migrations/000001_accounts.up.sql'), 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n');
  writeFileSync(path.join(dir, 'migrations/000002_email.up.sql'), 'ALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;\n');
  writeFileSync(path.join(dir, 'migrations/000002_email.down.sql'), 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null NOT NULL email;\n');

  const review = async (...extra: string[]) => {
    const run = startCli(['review', path.join(dir, 'migrations'), '--engine', 'none', '--format', 'json', '--changed', 'migrations/000002_email.up.sql', '--changed', 'migrations/000002_email.down.sql', ...extra], { cwd: dir, timeoutMs: 120_000 });
    const { code } = await run.done;
    expect(run.stderr()).toBe('');
    return { code, findings: JSON.parse(run.stdout()).findings as { ruleId: string; severity: string; message: string }[] };
  };

  it('parses it, and names what needs 18 against the target', async () => {
    const unset = await review();
    expect(unset.findings.filter((f) => f.ruleId === 'syntax-error')).toEqual([]);
    expect(unset.findings.filter((f) => f.ruleId === 'needs-newer-postgres').map((f) => f.severity)).toEqual(['low']);
    const on18 = await review('--pg-version', '18');
    expect(on18.findings.filter((f) => f.ruleId === 'needs-newer-postgres' || f.ruleId === 'syntax-error')).toEqual([]);
  }, 240_000);
});
