// security-definer-function-executable's fix must change what it reports: when only signed-in users
// can call the function (often by the migration's own GRANT), revoking PUBLIC and anon changes
// nothing, so the fix is the check inside the body or revoking authenticated. End to end through
// review() on PGlite with the Supabase preset, then the fix applied and reviewed again.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineSettings } from '../../src/analysis/inline.js';
import { review } from '../../src/review.js';
import type { Finding } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const FILE = 'supabase/migrations/20250101000000_billing.sql';
const FUNCTION = `create table public.accounts (id uuid primary key, owner uuid not null);
alter table public.accounts enable row level security;
create function public.account_owner(account_id uuid) returns uuid
  language sql security definer set search_path = '' as $$ select owner from public.accounts where id = account_id $$;
`;

async function findingFor(sql: string): Promise<Finding | undefined> {
  const dir = tempDir('pgreview-definer-fix-');
  mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
  writeFileSync(path.join(dir, FILE), sql);
  const r = await review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: [FILE] }));
  expect(r.engine?.id).toBe('pglite');
  return r.findings.find((f) => f.ruleId === 'security-definer-function-executable');
}

describe('security-definer-function-executable fix', () => {
  it('for a function only authenticated may call: the check inside or REVOKE … FROM authenticated, and that REVOKE clears the finding', async () => {
    const granted = `${FUNCTION}revoke execute on function public.account_owner(uuid) from public, anon;
grant execute on function public.account_owner(uuid) to authenticated;
`;
    const f = await findingFor(granted);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('every signed-in user');
    expect(f?.fix?.sql).toBe('-- only if signed-in users do not need to call it:\nREVOKE EXECUTE ON FUNCTION public.account_owner(account_id uuid) FROM authenticated;');
    expect(f?.fix?.description).toMatch(/check in the body that the caller may act on its arguments/);
    expect(await findingFor(`${granted}${f!.fix!.sql!.split('\n')[1]}\n`)).toBeUndefined();
  }, 120_000);

  it('for a function anyone may call: REVOKE from PUBLIC, anon and authenticated, which clears the finding', async () => {
    const f = await findingFor(FUNCTION);
    expect(f?.severity).toBe('high');
    expect(f?.fix?.sql).toMatch(/^REVOKE EXECUTE ON FUNCTION public\.account_owner\(account_id uuid\) FROM PUBLIC, anon, authenticated;/);
    const revoke = f!.fix!.sql!.split('\n')[0]!;
    expect(await findingFor(`${FUNCTION}${revoke}\n`)).toBeUndefined();
  }, 120_000);

  it('points at the CREATE FUNCTION of the function it names, not at an earlier body that calls a namesake (postgres-new: vault.update_secret inside upsert_secret)', async () => {
    const sql = `create function public.upsert_secret(secret text) returns void language plpgsql security definer set search_path = '' as $$
begin
  perform vault.update_secret(secret);
end $$;
create function public.update_secret(secret text) returns void language plpgsql security definer set search_path = '' as $$
begin
  null;
end $$;
`;
    const dir = tempDir('pgreview-definer-place-');
    mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
    writeFileSync(path.join(dir, FILE), sql);
    const r = await review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: [FILE] }));
    const lines = Object.fromEntries(r.findings.filter((f) => f.ruleId === 'security-definer-function-executable').map((f) => [f.object, f.line]));
    expect(lines).toEqual({ 'public.upsert_secret(secret text)': 1, 'public.update_secret(secret text)': 5 });
  }, 120_000);
});
