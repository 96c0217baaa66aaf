import { describe, expect, it } from 'vitest';
import { chooseEngine, dockerCapabilities, localExtensions } from '../../src/engines/auto.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { standInExtensions } from '../../src/live/presets.js';

const noDocker = { available: false, detail: 'no Docker socket' };
const docker = { available: true, detail: 'Docker at /var/run/docker.sock' };

describe('auto engine choice: the engine that meets the most extensions, not older than production', () => {
  const local = { binDir: '/usr/lib/postgresql/15/bin', version: '15.18', extensions: new Set(['pgcrypto', 'uuid-ossp', 'pg_trgm']) };
  const base = { dockerRuntime: noDocker, nodeVersion: '24.0.0', localBinaries: local };

  it('keeps local binaries when they have every extension and production is not newer', () => {
    const c = chooseEngine({ ...base, needsExtensions: ['pgcrypto'], pgVersion: 15 });
    expect(c.id).toBe('local');
    expect(c.reason).toMatch(/meets 1 of 1 extensions .*pgcrypto for real/);
  });

  it('does not pick an older server than production when a newer one meets as much', () => {
    const c = chooseEngine({ ...base, needsExtensions: ['pgcrypto'], pgVersion: 17 });
    expect(c.id).toBe('pglite');
    expect(c.reason).toMatch(/chosen over PostgreSQL 15, older than production \(17\)/);
  });

  it('prefers PGlite when local lacks pgvector and says why', () => {
    const c = chooseEngine({ ...base, needsExtensions: ['vector'], pgVersion: 15 });
    expect(c.id).toBe('pglite');
    expect(c.reason).toMatch(/local would lack vector/);
  });

  it('counts the preset stand-ins as met on every engine: vector + pg_net is not "no engine has all"', () => {
    const standIns = standInExtensions('supabase');
    expect(standIns).toEqual(expect.arrayContaining(['pg_net', 'pg_cron', 'supabase_vault', 'pgmq', 'pg_jsonschema', 'wrappers']));
    const c = chooseEngine({ ...base, needsExtensions: ['vector', 'pg_net', 'pg_cron'], standIns, pgVersion: 15 });
    expect(c.id).toBe('pglite');
    expect(c.reason).toMatch(/meets 3 of 3 .*vector for real; pg_net, pg_cron by the preset's stand-ins/);
    // Without the stand-ins (plain preset) neither engine has pg_net: the choice still goes by vector.
    expect(chooseEngine({ ...base, needsExtensions: ['vector', 'pg_net'], pgVersion: 15 }).reason).toMatch(/no engine here has pg_net/);
  });

  it('docker (pgvector image, PostgreSQL 17) wins when it meets as much', () => {
    const c = chooseEngine({ ...base, dockerRuntime: docker, needsExtensions: ['vector', 'pg_trgm'], pgVersion: 17, docker: dockerCapabilities('pgvector/pgvector:pg17') });
    expect(c.id).toBe('docker');
    expect(dockerCapabilities('postgres:16-alpine')).toMatchObject({ major: 16 });
    expect(dockerCapabilities('postgres:16-alpine').extensions.has('vector')).toBe(false);
  });

  it('says when the chosen server is older than production and nothing newer is available', () => {
    const c = chooseEngine({ ...base, needsExtensions: ['postgis'], pgVersion: 18 });
    expect(c.reason).toMatch(/no engine here has postgis/);
    expect(c.reason).toMatch(/older than production \(18\)/);
  });

  it('reads the extensions a real local installation ships', () => {
    const bins = findPgBinaries();
    if (!bins) return expect(bins).toBeUndefined();
    const ext = localExtensions(bins.binDir, bins.version);
    expect(ext?.has('pgcrypto')).toBe(true);
  });
});
