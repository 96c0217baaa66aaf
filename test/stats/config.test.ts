// `.pgreview.yml` `stats:` resolves against the config file; the --stats flag (or action input) wins.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { applyConfig, ConfigError, defaultSettings, validateConfig } from '../../src/config.js';
import { review } from '../../src/review.js';
import { parseStats } from '../../src/stats/load.js';

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

describe('a stats file is checked before its figures are used', () => {
  const good = { format: 'pgreview-stats', version: 1, server: {}, settings: {}, indexes: {}, catalog: Object.fromEntries(['schemas', 'relations', 'columns', 'constraints', 'indexes', 'policies', 'triggers', 'functions', 'extensions', 'enums'].map((k) => [k, {}])) };
  const figures = { reltuples: 10, relpages: 1, tableBytes: 8192, toastBytes: 0, indexBytes: 0, totalBytes: 8192, liveTuples: 10, deadTuples: 0, inserted: 10, updated: 0, deleted: 0 };
  it('refuses other formats, other versions and figures that are not counts', () => {
    expect(parseStats(JSON.stringify({ ...good, relations: { 'public.t': figures } }), 's.json').relations['public.t']!.reltuples).toBe(10);
    expect(() => parseStats('{"format":"other"}', 's.json')).toThrow(/not a pgreview stats file/);
    expect(() => parseStats(JSON.stringify({ ...good, version: 2, relations: {} }), 's.json')).toThrow(/version 2/);
    expect(() => parseStats(JSON.stringify({ ...good, relations: { 'public.t': { ...figures, reltuples: '250' } } }), 's.json')).toThrow(/reltuples is not a count/);
    expect(() => parseStats('not json', 's.json')).toThrow(/not JSON/);
  });
});
