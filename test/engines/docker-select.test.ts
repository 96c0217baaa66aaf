import { describe, expect, it } from 'vitest';
import { DockerEngine, containerConfig, detectContainerRuntime, nodeSupportsDocker, runtimeSockets, DEFAULT_POSTGRES_IMAGE, RUN_LABEL } from '../../src/engines/docker.js';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyConfig, loadConfig } from '../../src/config.js';
import { chooseEngine, createEngine, EngineStartError, startEngine } from '../../src/engines/auto.js';
import { EngineUnavailableError } from '../../src/engines/database.js';
import { scrubbedEnv } from '../../src/engines/env.js';
import { choosePreset, loadPreset, presetPrepare } from '../../src/live/presets.js';
import { tempDir } from '../temp-dirs.js';

describe('docker engine configuration (no daemon needed)', () => {
  it('uses pgvector/pgvector:pg17 by default, a given image otherwise, and only POSTGRES_* in the container', () => {
    const c = containerConfig();
    expect(c.image).toBe(DEFAULT_POSTGRES_IMAGE);
    expect(c.image).toBe('pgvector/pgvector:pg17');
    expect(Object.keys(c.env).sort()).toEqual(['POSTGRES_DB', 'POSTGRES_PASSWORD', 'POSTGRES_USER']);
    expect(c.password.length).toBeGreaterThanOrEqual(20);
    expect(containerConfig().password).not.toBe(c.password);
    expect(c.command[0]).toBe('postgres');
    expect(c.command).toEqual(expect.arrayContaining(['-c', 'fsync=off']));
    expect(c.command).toEqual(expect.arrayContaining(['-c', 'jit=off']));
    expect(c.tmpfs).toHaveProperty('/var/lib/postgresql/data');
    expect(containerConfig({ image: 'pgvector/pgvector:pg15' }).image).toBe('pgvector/pgvector:pg15');
    expect(new DockerEngine({ image: 'postgres:16' }).describe()).toMatchObject({ id: 'docker', pgvector: false });
  });

  it('knows which Node runs testcontainers 12', () => {
    expect(nodeSupportsDocker('20.20.2')).toBe(false);
    expect(nodeSupportsDocker('22.21.9')).toBe(false);
    expect(nodeSupportsDocker('22.22.0')).toBe(true);
    expect(nodeSupportsDocker('24.1.0')).toBe(true);
  });

  it('detects a missing container runtime', async () => {
    expect(runtimeSockets({ DOCKER_HOST: 'unix:///x/d.sock' })[0]).toBe('/x/d.sock');
    const rt = await detectContainerRuntime({ ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock', XDG_RUNTIME_DIR: '/nonexistent' });
    // The default socket may still answer (a daemon runs here); the named one never does.
    if (!rt.available) expect(rt.detail).toMatch(/no container runtime/);
    else expect(rt.detail).not.toContain('/nonexistent');
  });

  it('starts where a runtime answers (and removes its container), or says clearly why it cannot', async () => {
    const engine = new DockerEngine();
    const started = await engine.start().then(
      (db) => ({ db }),
      (error: unknown) => ({ error }),
    );
    if ('error' in started) {
      expect(started.error).toBeInstanceOf(EngineUnavailableError);
      expect(String((started.error as Error).message)).toMatch(/Node ≥ 22\.22|container runtime/);
      return;
    }
    try {
      const r = await started.db.query<{ v: string }>("select current_setting('server_version') as v");
      expect(engine.describe().serverVersion).toBe(r.rows[0]!.v.split(' ')[0]);
      expect(engine.describe().description).toContain(`PostgreSQL ${engine.describe().serverVersion}`);
      expect(labelled(engine.label)).toHaveLength(1);
    } finally {
      await engine.stop();
    }
    expect(labelled(engine.label)).toEqual([]);
  }, 180_000);
});

/** Containers (running or not) carrying this engine's run label. */
function labelled(label: string): string[] {
  const r = spawnSync('docker', ['ps', '-aq', '--filter', `label=${RUN_LABEL}=${label}`], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

describe('an engine that cannot start', () => {
  const missingImage = { engine: 'docker' as const, postgresImage: 'pgreview.invalid/no-such-image:0' };

  it('requested explicitly: one EngineStartError naming the engine and the way out, nothing started', async () => {
    const err = await startEngine(missingImage).catch((e) => e);
    expect(err).toBeInstanceOf(EngineStartError);
    expect(err.failures.map((f: { id: string }) => f.id)).toEqual(['docker']);
    expect(err.message).toMatch(/^the docker engine could not start: .+ \(pass --engine-fallback/);
    expect(err.message).not.toContain('\n');
  }, 120_000);

  it('with engineFallback: the next engine starts and its reason says which failed and why', async () => {
    const started = (await startEngine({ ...missingImage, engineFallback: true }))!;
    try {
      expect(started.failures.map((f) => f.id)).toEqual(['docker']);
      const info = started.engine.describe();
      expect(['local', 'pglite']).toContain(info.id);
      expect(info.reason).toMatch(new RegExp(`^fell back to ${info.id}: docker could not start \\(.+\\)`));
      expect(info.startFailures).toEqual(started.failures);
      expect((await started.db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await started.engine.stop();
    }
  }, 120_000);

  it('auto falls back past every engine that fails, in auto order, and fails only when none is left', async () => {
    // Production on 15 (pgVersion): local 15 is not older than it, so it comes before PGlite (17).
    const probe = { dockerRuntime: { available: true, detail: 'container runtime at /var/run/docker.sock' }, nodeVersion: '24.0.0', localBinaries: { binDir: '/x', version: '15.1', extensions: new Set<string>() }, pgVersion: 15 };
    expect(chooseEngine(probe).id).toBe('docker');
    // What startEngine feeds chooseEngine after docker, then local, failed.
    expect(chooseEngine({ ...probe, dockerRuntime: { available: false, detail: 'docker could not start (pull failed)' } })).toMatchObject({ id: 'local' });
    expect(chooseEngine({ ...probe, dockerRuntime: { available: false, detail: 'docker could not start (pull failed)' }, localBinaries: undefined })).toMatchObject({ id: 'pglite' });
    const started = (await startEngine({ engine: 'auto', postgresImage: missingImage.postgresImage }))!;
    try {
      const info = started.engine.describe();
      if (started.failures.length) expect(info.reason).toMatch(/^fell back to (local|pglite): docker could not start/);
      else expect(info.id).not.toBe('docker'); // no runtime here: auto never tried docker
    } finally {
      await started.engine.stop();
    }
  }, 120_000);
});

describe('engine selection', () => {
  const none = { available: false, detail: 'no container runtime socket answers' };
  it('url → docker → local → pglite, with a reason', () => {
    expect(chooseEngine({ databaseUrl: 'postgres://x', dockerRuntime: none, nodeVersion: '24.0.0' }).id).toBe('url');
    expect(chooseEngine({ dockerRuntime: { available: true, detail: 'container runtime at /var/run/docker.sock' }, nodeVersion: '24.0.0' })).toMatchObject({ id: 'docker' });
    const old = chooseEngine({ dockerRuntime: { available: true, detail: 'x' }, nodeVersion: '20.20.2', localBinaries: { binDir: '/usr/lib/postgresql/15/bin', version: '15' }, pgVersion: 15 });
    expect(old.id).toBe('local');
    expect(old.reason).toMatch(/Node 20\.20\.2 is older than 22\.22/);
    const pg = chooseEngine({ dockerRuntime: none, nodeVersion: '24.0.0' });
    expect(pg.id).toBe('pglite');
    expect(pg.reason).toMatch(/no local PostgreSQL binaries/);
  });

  it('creates the requested engine and none for engine none', async () => {
    expect(await createEngine({ engine: 'none' })).toBeUndefined();
    expect((await createEngine({ engine: 'pglite' }))!.describe().id).toBe('pglite');
    await expect(createEngine({ engine: 'url' })).rejects.toBeInstanceOf(EngineUnavailableError);
    const auto = await createEngine({ engine: 'auto' });
    expect(auto!.describe().reason).not.toBe('requested');
  });

  it('scrubs the server environment down to PATH, locale and TZ', () => {
    expect(scrubbedEnv({ PATH: '/bin', LANG: 'C.UTF-8', TZ: 'UTC', GITHUB_TOKEN: 't', INPUT_X: 'y', ACTIONS_RUNTIME_TOKEN: 'z', AWS_SECRET_ACCESS_KEY: 's', HOME: '/root' })).toEqual({
      PATH: '/bin',
      LANG: 'C.UTF-8',
      TZ: 'UTC',
    });
  });
});

describe('presets', () => {
  const st = (sql: string) => ({ sql, file: 'm/1.sql', span: { line: 3, column: 1, endLine: 3, endColumn: 1, start: 0, end: 0 } });
  it('chooses supabase for the supabase layout or Supabase auth in the SQL, plain otherwise', () => {
    expect(choosePreset('supabase', []).id).toBe('supabase');
    expect(choosePreset('plain', [st('create policy p on t using (user_id = auth.uid())')])).toMatchObject({ id: 'supabase', reason: expect.stringContaining('m/1.sql:3') });
    expect(choosePreset('prisma', [st('create table t (user_id uuid references auth.users (id))')]).id).toBe('supabase');
    expect(choosePreset('drizzle', [st(`select auth.jwt() ->> 'email'`)]).id).toBe('supabase');
    expect(choosePreset('prisma', [st('create table t (id int)'), st('create table auth_users (id int)')]).id).toBe('plain');
  });

  it('loads readable SQL files and keys the cache per preset', () => {
    for (const id of ['supabase', 'neon', 'plain'] as const) expect(loadPreset(id).sql.length).toBeGreaterThan(0);
    expect(loadPreset('supabase').sql).toMatch(/CREATE OR REPLACE FUNCTION auth\.uid\(\)/);
    expect(presetPrepare('neon').key).toBe('preset-neon');
  });
});

describe('engine settings in .pgreview.yml', async () => {
  it('postgresImage and engineFallback are read, validated, and flags win over them', async () => {
    const dir = tempDir('pgreview-config-');
    try {
      writeFileSync(path.join(dir, '.pgreview.yml'), 'engine: docker\nengineFallback: true\npostgresImage: pgvector/pgvector:pg16\n');
      const config = await loadConfig(dir);
      expect(applyConfig({ dir }, config)).toMatchObject({ engine: 'docker', engineFallback: true, postgresImage: 'pgvector/pgvector:pg16' });
      expect(applyConfig({ dir, postgresImage: 'postgres:17', engineFallback: false }, config)).toMatchObject({ postgresImage: 'postgres:17', engineFallback: false });
      writeFileSync(path.join(dir, '.pgreview.yml'), 'engineFallback: "yes"\n');
      await expect(loadConfig(dir)).rejects.toThrow(/engineFallback: expected true or false/);
      writeFileSync(path.join(dir, '.pgreview.yml'), 'postgresImage: "bad image; rm -rf /"\n');
      await expect(loadConfig(dir)).rejects.toThrow(/postgresImage: expected an image reference/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
