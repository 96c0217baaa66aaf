import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { LocalEngine, MIN_RAM_FOLDER_BYTES, clusterParent, findPgBinaries } from '../../src/engines/local.js';
import { UrlEngine, redactUrl } from '../../src/engines/url.js';
import { QueryTimeoutError } from '../../src/engines/database.js';
import { loadPreset } from '../../src/live/presets.js';

const bins = findPgBinaries();

function serverRunning(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function postgresProcessesIn(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(dir));
}

describe.skipIf(!bins)('local engine', () => {
  it('starts a socket-only throw-away cluster with a scrubbed environment and removes it on stop', async () => {
    process.env.GITHUB_TOKEN = 'ghp_secret_for_test';
    process.env.INPUT_TOKEN = 'input-secret';
    const engine = new LocalEngine();
    const db = await engine.start();
    const dir = engine.socketDir;
    try {
      expect(existsSync(dir)).toBe(true);
      const s = await db.query<{ listen: string; sock: string; dir: string; jit: string; dsm: string }>(
        `select current_setting('listen_addresses') as listen, current_setting('unix_socket_directories') as sock, current_setting('data_directory') as dir, current_setting('jit') as jit, current_setting('dynamic_shared_memory_type') as dsm`,
      );
      // Shared memory segments live in the cluster dir: a killed server leaves nothing in /dev/shm.
      expect(s.rows[0]!.dsm).toBe('mmap');
      expect(s.rows[0]!.listen).toBe('');
      // A review database is small: JIT compiling would cost more than the queries and count in statement timings.
      expect(s.rows[0]!.jit).toBe('off');
      expect(s.rows[0]!.sock).toBe(dir);
      expect(s.rows[0]!.dir.startsWith(dir)).toBe(true);
      // In memory where the machine has room (/dev/shm here and on GitHub's runners), see clusterParent.
      expect(path.dirname(dir)).toBe(clusterParent());
      // The server's environment carries no secrets: a program run by the server prints it.
      const envFile = path.join(dir, 'env.txt');
      await db.query(`copy (select 1) to program 'env > ${envFile}'`);
      const environ = readFileSync(envFile, 'utf8').split('\n');
      expect(environ.some((e) => e.startsWith('GITHUB_TOKEN') || e.startsWith('INPUT_'))).toBe(false);
      expect(environ.some((e) => e.startsWith('PATH='))).toBe(true);
      expect(postgresProcessesIn(dir).length).toBeGreaterThan(0);
    } finally {
      delete process.env.GITHUB_TOKEN;
      delete process.env.INPUT_TOKEN;
      await engine.stop();
    }
    expect(existsSync(dir)).toBe(false);
    expect(postgresProcessesIn(dir)).toEqual([]);
    // (other test files start clusters in parallel: only this engine's own directory is checked)
  });

  it('stops an endless statement with pg_cancel_backend and keeps the connection usable', async () => {
    const engine = new LocalEngine();
    const db = await engine.start();
    try {
      await db.query('set statement_timeout = 0');
      const t = performance.now();
      const err = await db.query('DO $$ BEGIN LOOP END LOOP; END $$', undefined, { timeoutMs: 800 }).catch((e) => e);
      expect(err).toBeInstanceOf(QueryTimeoutError);
      expect((err as QueryTimeoutError).engineDead).toBe(false);
      expect(performance.now() - t).toBeLessThan(5000);
      expect((await db.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      // and nothing keeps running on the server
      const active = await db.query(`select count(*)::int as n from pg_stat_activity where query like 'DO $$ BEGIN LOOP%' and state = 'active'`);
      expect(active.rows[0]!.n).toBe(0);
    } finally {
      await engine.stop();
    }
  });

  it('applies the supabase preset twice on the same cluster (roles are cluster-wide)', async () => {
    const preset = loadPreset('supabase');
    const engine = new LocalEngine();
    const db = await engine.start();
    try {
      await db.exec(preset.sql);
      await db.exec(preset.sql);
      // a second database on the same cluster: roles already exist there
      await db.query('create database second');
      const other = await engine.connect('second');
      await other.exec(preset.sql);
      const roles = await db.query<{ rolname: string; rolbypassrls: boolean }>(
        `select rolname, rolbypassrls from pg_roles where rolname in ('anon', 'authenticated', 'service_role', 'authenticator') order by 1`,
      );
      expect(roles.rows.map((r) => r.rolname)).toEqual(['anon', 'authenticated', 'authenticator', 'service_role']);
      expect(roles.rows.find((r) => r.rolname === 'service_role')!.rolbypassrls).toBe(true);
      // auth.uid() reads both claim styles the way Supabase does
      const uid = '9b2f7a43-8d3c-4c53-9d3e-1c4f0b6a2e11';
      await db.query(`select set_config('request.jwt.claims', $1, false)`, [JSON.stringify({ sub: uid, role: 'authenticated' })]);
      expect((await db.query(`select auth.uid()::text as u, auth.role() as r, auth.jwt() ->> 'sub' as s`)).rows[0]).toEqual({ u: uid, r: 'authenticated', s: uid });
      await db.query(`select set_config('request.jwt.claims', '', false), set_config('request.jwt.claim.sub', $1, false)`, [uid]);
      expect((await db.query(`select auth.uid()::text as u`)).rows[0]).toEqual({ u: uid });
      // default privileges reach tables created later in public
      await db.query('create table public.notes (id int)');
      const g = await db.query<{ ok: boolean }>(`select has_table_privilege('anon', 'public.notes', 'SELECT') as ok`);
      expect(g.rows[0]!.ok).toBe(true);
      const rls = await db.query(`select relrowsecurity from pg_class where oid = 'storage.objects'::regclass`);
      expect(rls.rows[0]).toEqual({ relrowsecurity: true });
    } finally {
      await engine.stop();
    }
  });

  it('url engine: runs in a transaction that is rolled back and refuses what would escape it', async () => {
    const local = new LocalEngine();
    await local.start();
    try {
      const url = local.url();
      const engine = new UrlEngine({ url });
      const db = await engine.start();
      expect(db.rollbackOnly).toBe(true);
      await db.exec('create table will_vanish (id int); insert into will_vanish values (1)');
      expect((await db.query('select count(*)::int as n from will_vanish')).rows[0]).toEqual({ n: 1 });
      await expect(db.query('commit')).rejects.toThrow(/transaction control/);
      await expect(db.exec('select 1; commit')).rejects.toThrow(/transaction control/);
      await expect(db.query('create index concurrently i on will_vanish (id)')).rejects.toThrow(/cannot run inside a transaction block/);
      await expect(db.query('vacuum will_vanish')).rejects.toThrow(/not run on the url database/);
      await engine.stop();
      const check = await local.connect();
      expect((await check.query(`select to_regclass('public.will_vanish') as r`)).rows[0]).toEqual({ r: null });
      expect(redactUrl('postgresql://u:pw@host/db')).toBe('postgresql://u:***@host/db');
    } finally {
      await local.stop();
    }
  });
});

describe('where the throw-away cluster is made', () => {
  const GiB = 1024 ** 3;
  const tmpfs = (free: number) => () => ({ type: 0x01021994, bsize: 4096, bavail: free / 4096 });
  it('is /dev/shm when it is a tmpfs with room, else the OS temp folder; TMPDIR when the user set it', () => {
    expect(clusterParent({}, tmpfs(8 * GiB))).toBe('/dev/shm');
    expect(clusterParent({}, tmpfs(MIN_RAM_FOLDER_BYTES - 4096))).toBe(os.tmpdir());
    expect(clusterParent({}, () => ({ type: 0xef53, bsize: 4096, bavail: (100 * GiB) / 4096 }))).toBe(os.tmpdir());
    expect(clusterParent({}, () => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }); })).toBe(os.tmpdir());
    expect(clusterParent({ TMPDIR: os.tmpdir() }, tmpfs(8 * GiB))).toBe(os.tmpdir());
  });
});
