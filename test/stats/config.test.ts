// `.pgreview.yml` `stats:` resolves against the config file; the --stats flag (or action input) wins.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { applyConfig, ConfigError, validateConfig } from '../../src/config.js';

describe('stats in .pgreview.yml', () => {
  it('resolves the stats file against the config file and lets an explicit setting win', () => {
    const cfg = validateConfig({ stats: 'ops/stats.json' }, '/repo/.pgreview.yml');
    expect(cfg.stats).toBe(path.resolve('/repo/ops/stats.json'));
    expect(applyConfig({ dir: '/repo/db' }, cfg).statsFile).toBe(path.resolve('/repo/ops/stats.json'));
    expect(applyConfig({ dir: '/repo/db', statsFile: '/tmp/other.json' }, cfg).statsFile).toBe('/tmp/other.json');
    expect(applyConfig({ dir: '/repo/db' }, validateConfig({}, '/repo/.pgreview.yml')).statsFile).toBeUndefined();
  });
  it('refuses a stats value that is not a path', () => {
    expect(() => validateConfig({ stats: 42 }, '/repo/.pgreview.yml')).toThrow(ConfigError);
    expect(() => validateConfig({ stats: '  ' }, '/repo/.pgreview.yml')).toThrow(/stats: expected the path/);
  });
});
