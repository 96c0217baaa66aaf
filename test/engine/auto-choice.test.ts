import { describe, expect, it } from 'vitest';
import { chooseEngine, localExtensions } from '../../src/engine/select.js';
import { findPgBinaries } from '../../src/engine/local.js';

const noDocker = { available: false, detail: 'no Docker socket' };

describe('auto engine choice with the extensions the migrations need', () => {
  const local = { binDir: '/usr/lib/postgresql/15/bin', version: '15.18', extensions: new Set(['pgcrypto', 'uuid-ossp']) };

  it('keeps local binaries when they have every extension', () => {
    const c = chooseEngine({ dockerRuntime: noDocker, nodeVersion: '20.20.2', localBinaries: local, needsExtensions: ['pgcrypto'] });
    expect(c.id).toBe('local');
  });

  it('prefers PGlite when local lacks pgvector and says why', () => {
    const c = chooseEngine({ dockerRuntime: noDocker, nodeVersion: '20.20.2', localBinaries: local, needsExtensions: ['vector'] });
    expect(c.id).toBe('pglite');
    expect(c.reason).toMatch(/lacks vector/);
  });

  it('stays on local when PGlite lacks the extension too (it would fail either way)', () => {
    const c = chooseEngine({ dockerRuntime: noDocker, nodeVersion: '20.20.2', localBinaries: local, needsExtensions: ['pg_graphql'] });
    expect(c.id).toBe('local');
  });

  it('reads the extensions a real local installation ships', () => {
    const bins = findPgBinaries();
    if (!bins) return expect(bins).toBeUndefined();
    const ext = localExtensions(bins.binDir, bins.version);
    expect(ext?.has('pgcrypto')).toBe(true);
  });
});
