// Hostile migrations through review() on the pglite and local engines: every case is contained
// (not executed, or stopped by the client-enforced time limit), ends with a finding, leaves nothing
// behind, and the review goes on with the migrations after it. Timings go to BENCHMARKS.md.
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review, renderReport } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { findPgBinaries, LocalEngine } from '../../src/engines/local.js';
import { ruleById } from '../../rules/index.js';
import type { EngineId, Report } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const tag = randomBytes(6).toString('hex');
const pwned = (c: string) => `/tmp/pgreview-pwned-${tag}-${c}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');
const timings: string[] = [];

function folder(files: Record<string, string>): string {
  const dir = tempDir('pgreview-hostile-');
  for (const [f, sql] of Object.entries(files)) writeFileSync(path.join(dir, f), sql);
  return dir;
}

const SCREENED: Record<string, string> = {
  '0001_base.sql': 'CREATE TABLE public.t (id int PRIMARY KEY, body text);',
  '0002_copy_program.sql': `COPY public.t (body) FROM PROGRAM 'touch ${pwned('a')}';\nCOPY (SELECT 1) TO PROGRAM 'touch ${pwned('b')}';`,
  '0003_read_files.sql': `SELECT pg_read_file('/etc/passwd');\nSELECT pg_ls_dir('/');`,
  '0004_lo_import.sql': `SELECT lo_import('/etc/passwd');`,
  '0005_plpython.sql': `CREATE FUNCTION public.py() RETURNS text LANGUAGE plpython3u AS $$\nopen('${pwned('c')}', 'w').write('x')\n$$;`,
  '0006_alter_system.sql': `ALTER SYSTEM SET log_statement = 'none';`,
  '0007_load.sql': `LOAD '/tmp/evil.so';`,
  '0008_dblink.sql': `SELECT dblink_connect('host=203.0.113.7 user=x');`,
  '0009_do_copy.sql': `DO $$\nBEGIN\n  EXECUTE 'COPY public.t (body) FROM PROGRAM ''touch ${pwned('d')}''';\nEND\n$$;`,
  '0010_hidden_function.sql': `CREATE FUNCTION public.sneaky() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch ${pwned('e')}''';\nEND\n$$;\nSELECT public.sneaky();`,
  '0011_session_authorization.sql': `RESET SESSION AUTHORIZATION;\nSELECT set_config('session_authorization', 'postgres', false);`,
  // Dynamic SQL screening cannot read: contained by the role (local) or by the WASM engine (PGlite).
  '0012_dynamic.sql': `DO $$\nBEGIN\n  EXECUTE convert_from(decode('${b64(`COPY (SELECT 1) TO PROGRAM 'touch ${pwned('f')}'`)}', 'base64'), 'utf8');\nEND\n$$;`,
  '0013_good.sql': 'CREATE TABLE public.good_after (id int PRIMARY KEY);',
};

const TIMEOUTS: Record<string, string> = {
  '0001_base.sql': 'CREATE TABLE public.t (id int PRIMARY KEY);',
  '0002_loop.sql': 'DO $$ BEGIN LOOP END LOOP; END $$;',
  '0003_sleep.sql': 'SET statement_timeout = 0;\nSELECT pg_sleep(3600);',
  '0004_memory.sql': 'SELECT array_agg(g) FROM generate_series(1, 1000000000) g;',
  '0005_good.sql': 'CREATE TABLE public.after_timeouts (id int PRIMARY KEY);',
};

const ENV_LEAK: Record<string, string> = {
  '0001_base.sql': 'CREATE TABLE public.t (id int PRIMARY KEY);',
  // Whatever the server can see ends up in the error text, and so in the report.
  '0002_show_settings.sql': `DO $$\nBEGIN\n  RAISE EXCEPTION 'LEAK %', (SELECT string_agg(name || '=' || coalesce(setting, ''), ';') FROM pg_settings);\nEND\n$$;`,
  '0003_current_setting.sql': `DO $$\nBEGIN\n  RAISE EXCEPTION 'LEAK %', current_setting('data_directory');\nEND\n$$;`,
  '0004_good.sql': 'CREATE TABLE public.after_env (id int PRIMARY KEY);',
};

const FAKE_ENV = { GITHUB_TOKEN: `ghs_fake${tag}`, INPUT_GITHUB_TOKEN: `input${tag}`, ACTIONS_RUNTIME_TOKEN: `actions${tag}` };

// The local engine's clusters go under os.tmpdir(); this file gives its local reviews a private one
// (TMPDIR), so that clusters started by other test files running in parallel are not counted.
const localDirs = () => readdirSync(os.tmpdir()).filter((d) => d.startsWith('pgreview-local-'));
function postgresProcs(): string[] {
  const root = os.tmpdir();
  try {
    return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(`${root}/pgreview-local-`) && /postgres/.test(l));
  } catch {
    return [];
  }
}

const engines: EngineId[] = ['pglite', ...(findPgBinaries() ? (['local'] as const) : [])];

beforeAll(() => Object.assign(process.env, FAKE_ENV));
afterAll(() => {
  for (const k of Object.keys(FAKE_ENV)) delete process.env[k];
  console.log(`hostile-live timings:\n${timings.join('\n')}`);
});

describe.each(engines)('hostile migrations on %s', (engine) => {
  const dirs: string[] = [];
  let beforeLocal: string[] = [];
  let beforeProcs: string[] = [];
  const savedTmp = process.env.TMPDIR;
  let privateTmp: string | undefined;
  beforeAll(() => {
    if (engine === 'local') {
      privateTmp = tempDir('pgreview-hostile-tmp-');
      chmodSync(privateTmp, 0o755); // the server runs as the postgres OS user when tests run as root
      process.env.TMPDIR = privateTmp;
    }
    beforeLocal = localDirs();
    beforeProcs = postgresProcs();
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    if (privateTmp) {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
      rmSync(privateTmp, { recursive: true, force: true });
    }
  });
  const run = async (files: Record<string, string>, extra: Record<string, unknown> = {}): Promise<{ report: Report; ms: number; md: string }> => {
    const dir = folder(files);
    dirs.push(dir);
    const changed = Object.keys(files).filter((f) => !f.startsWith('0001_'));
    const t = performance.now();
    const report = await review(inlineSettings({ dir, repoRoot: dir, engine, changed, statementTimeoutMs: 1500, totalTimeoutMs: 60_000, ...extra }));
    const ms = performance.now() - t;
    const md = renderReport(report, 'markdown');
    expect(md.length).toBeGreaterThan(100);
    if (engine === 'local') {
      // the throw-away cluster is gone: no temp dir, no server process
      expect(localDirs().filter((d) => !beforeLocal.includes(d))).toEqual([]);
      expect(postgresProcs().filter((p) => !beforeProcs.includes(p))).toEqual([]);
    }
    return { report, ms, md };
  };

  it('does not execute screened capabilities, reports each, and goes on', async () => {
    const { report, ms, md } = await run(SCREENED);
    timings.push(`${engine}: ${Object.keys(SCREENED).length - 2} screened cases + a good migration in one review: ${Math.round(ms)} ms`);
    for (const c of 'abcdef') expect(existsSync(pwned(c)), `payload ${c} ran`).toBe(false);
    const byFile = (f: string) => report.migrations.find((m) => m.file.endsWith(f))!;
    for (const f of Object.keys(SCREENED).filter((f) => !/0001_|0012_|0013_/.test(f))) {
      const findings = report.findings.filter((x) => x.file.endsWith(f) && x.ruleId === 'untrusted-capability');
      expect(findings.length, f).toBeGreaterThan(0);
      expect(findings.some((x) => x.severity === 'critical' && /did NOT execute/.test(x.message)), f).toBe(true);
      const trace = byFile(f).trace ?? [];
      expect(trace.length, f).toBeGreaterThan(0);
      // every statement of these files that screening flagged was skipped, none ran with an error
      expect(trace.filter((t) => t.skipped?.startsWith('not executed:')).length, f).toBeGreaterThan(0);
      expect(trace.filter((t) => !t.skipped && t.error && !/permission denied|does not exist/.test(t.error.message)), f).toEqual([]);
    }
    // dynamic SQL: reported low, executed where contained, and it could not run a program
    expect(report.findings.some((x) => x.file.endsWith('0012_dynamic.sql') && x.ruleId === 'untrusted-capability' && x.severity === 'low')).toBe(true);
    const dyn = byFile('0012_dynamic.sql');
    if (engine === 'local') expect(dyn.error?.message).toMatch(/permission denied|must be superuser|pg_execute_server_program/);
    // On this self-hosted (plain) preset a denied statement may be retried as the superuser: never a
    // screened one, and never the dynamic SQL the role was denied.
    expect(report.preset).toBe('plain');
    expect(report.migrations.flatMap((m) => (m.trace ?? []).filter((t) => t.asSuperuser).map((t) => `${m.file}:${t.line}`))).toEqual([]);
    expect(report.engine!.limits.filter((l) => /ran as superuser/.test(l))).toEqual([]);
    expect(byFile('0013_good.sql').applied).toBe('applied');
    expect(md).toContain('untrusted-capability');
  }, 90_000);

  it('stops endless statements, sleeps and memory bombs with the client limit and goes on', async () => {
    const { report, ms } = await run(TIMEOUTS);
    timings.push(`${engine}: loop + pg_sleep(3600) after statement_timeout=0 + array_agg over 1e9 rows (limit 1500 ms each) + a good migration: ${Math.round(ms)} ms`);
    for (const f of ['0002_loop.sql', '0003_sleep.sql', '0004_memory.sql']) {
      const m = report.migrations.find((x) => x.file.endsWith(f))!;
      expect(m.applied, f).toBe('failed');
      const stopped = m.trace!.find((t) => t.error)!;
      expect(stopped.error!.message, f).toMatch(/exceeded the 1500 ms time limit \(stopped by pgreview/);
      timings.push(`  ${engine} ${f}: stopped after ${Math.round(stopped.durationMs)} ms (${/stopped by pgreview: ([^)]*)/.exec(stopped.error!.message)![1]})`);
      const named = report.findings.filter((x) => x.file.endsWith(f) && /1500 ms/.test(x.message));
      expect(named.length, f).toBeGreaterThan(0);
      if (ruleById('statement-timeout')) expect(named.some((x) => x.ruleId === 'statement-timeout'), f).toBe(true);
    }
    // No wall-clock assertion (it failed on a loaded machine): each statement above was stopped by
    // the client limit (its message says so), and a run that never stopped would hit the test's timeout.
    expect(report.migrations.find((x) => x.file.endsWith('0005_good.sql'))!.applied).toBe('applied');
  }, 90_000);

  it('cannot read the runner environment through the server', async () => {
    const { report, md } = await run(ENV_LEAK);
    const all = md + JSON.stringify(report);
    for (const v of Object.values(FAKE_ENV)) expect(all).not.toContain(v);
    expect(all).toContain('LEAK'); // the attempt did run and its text is in the report
    expect(report.migrations.find((x) => x.file.endsWith('0004_good.sql'))!.applied).toBe('applied');
  }, 60_000);

  if (engine === 'local') {
    it('starts postgres with a scrubbed environment (/proc/<postmaster>/environ)', async () => {
      const e = new LocalEngine();
      const db = await e.start();
      try {
        const pid = Number(readFileSync(path.join(e.socketDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
        const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
        const names = env.map((l) => l.split('=')[0]!);
        expect(names.filter((n) => /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/.test(n) || /TOKEN|SECRET|PASSWORD/.test(n))).toEqual([]);
        for (const v of Object.values(FAKE_ENV)) expect(env.join('\n')).not.toContain(v);
      } finally {
        await db.close();
        await e.stop();
      }
    }, 60_000);
  }
});
