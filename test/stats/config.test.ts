// `.pgreview.yml` `stats:` resolves against the config file; the --stats flag (or action input) wins.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { applyConfig, ConfigError, defaultSettings, validateConfig } from '../../src/config.js';
import { review } from '../../src/review.js';

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

describe('the stats URL is only read', () => {
  it('refuses to use the stats URL as the database the pull request runs on', async () => {
    const url = 'postgresql://reader@db.invalid/app';
    await expect(review(defaultSettings({ dir: '/nonexistent', engine: 'url', databaseUrl: url, statsUrl: url }))).rejects.toThrow(/never runs pull request SQL on the database it reads production statistics from/);
  });
});
