// Defence in depth on the local engine: the server cannot read the checkout or the home directories,
// even as the superuser (COPY FROM / pg_read_file / pg_ls_dir), because it runs in a private mount
// namespace where they are empty. Where that cannot be set up, the engine says so in its limits.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/engines/database.js';
import { findPgBinaries, LocalEngine, pathsToHide } from '../../src/engines/local.js';

const tag = randomBytes(6).toString('hex');

describe.runIf(findPgBinaries())('local engine isolation', () => {
  let engine: LocalEngine;
  let db: Database;
  // A world-readable secret in the checkout (the working directory's repository) and one outside it.
  const inCheckout = path.join(process.cwd(), `.pgreview-isolation-${tag}`);
  const outsideDir = path.join(os.tmpdir(), `pgreview-isolation-${tag}`);
  const outside = path.join(outsideDir, 'visible.txt');
  beforeAll(async () => {
    mkdirSync(outsideDir, { recursive: true });
    writeFileSync(inCheckout, `checkout-secret-${tag}`, { mode: 0o644 });
    chmodSync(inCheckout, 0o644);
    chmodSync(outsideDir, 0o755);
    writeFileSync(outside, `visible-${tag}`, { mode: 0o644 });
    chmodSync(outside, 0o644);
    engine = new LocalEngine();
    db = await engine.start();
  }, 60_000);
  afterAll(async () => {
    await engine?.stop();
    rmSync(inCheckout, { force: true });
    rmSync(outsideDir, { recursive: true, force: true });
  });

  it('hides the checkout and home directories, and never the cluster', () => {
    const { hide } = pathsToHide([os.tmpdir()]);
    expect(hide.some((h) => process.cwd() === h || process.cwd().startsWith(h + '/'))).toBe(true);
    expect(hide.some((h) => os.homedir() === h || os.homedir().startsWith(h + '/'))).toBe(true);
    expect(hide.some((h) => os.tmpdir().startsWith(h + '/') || os.tmpdir() === h)).toBe(false);
  });

  it('as the superuser, cannot read a file of the checkout (pg_read_file, COPY FROM, pg_ls_dir), or says why not', async () => {
    const limits = engine.describe().limits.join('\n');
    if (!engine.hidden.length) {
      console.warn(`\n*** local engine isolation NOT established here: ${engine.isolationNote} ***\n`);
      expect(limits).toMatch(/could not be isolated|isolation off/);
      return;
    }
    // Isolation that held is a note on how the server ran, not a limit that costs confidence.
    expect((engine.describe().notes ?? []).join('\n')).toMatch(/private mount namespace where .* are empty/);
    expect(limits).not.toMatch(/private mount namespace/);
    expect((await db.query<{ su: boolean }>(`select rolsuper as su from pg_roles where rolname = current_user`)).rows[0]!.su).toBe(true);
    // Control: the same superuser reads a world-readable file outside the hidden paths.
    expect((await db.query<{ t: string }>('select pg_read_file($1) as t', [outside])).rows[0]!.t).toBe(`visible-${tag}`);
    await expect(db.query('select pg_read_file($1)', [inCheckout])).rejects.toThrow(/could not open file|No such file|Permission denied/);
    await db.query('create temp table loot (t text)');
    await expect(db.query(`copy loot from '${inCheckout}'`)).rejects.toThrow(/could not open file|No such file|Permission denied/);
    await expect(db.query('select pg_ls_dir($1)', [path.dirname(inCheckout)])).rejects.toThrow(/could not open directory|No such file|Permission denied/);
    await expect(db.query('select pg_read_file($1)', [path.join(os.homedir(), '.bashrc')])).rejects.toThrow(/could not open file|No such file|Permission denied/);
  });
});
