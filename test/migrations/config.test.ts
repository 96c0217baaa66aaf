import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfig, ConfigError, defaultDocsBase, defaultSettings, loadConfig, type PgreviewConfig } from '../../src/config.js';
import { write } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

describe('.pgreview.yml', () => {
  it('reads every key and resolves paths against the file', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      '.pgreview.yml': [
        'layout: supabase',
        'preset: supabase',
        'paths: [supabase/migrations]',
        'pgVersion: "16"',
        'exposedSchemas: [public, api]',
        'failOn: medium',
        'rules:',
        '  require-concurrent-index: off',
        '  rls-disabled: critical',
        'exclude: ["**/seed*.sql"]',
        'engine: docker',
        'rows: 10000',
        'expectedRows:',
        '  public.orders: 5000000',
      ].join('\n'),
    });
    const c = await loadConfig(root);
    expect(c).toEqual({
      path: path.join(root, '.pgreview.yml'),
      layout: 'supabase',
      preset: 'supabase',
      paths: [path.join(root, 'supabase/migrations')],
      pgVersion: 16,
      exposedSchemas: ['public', 'api'],
      failOn: 'medium',
      rules: { 'require-concurrent-index': 'off', 'rls-disabled': 'critical' },
      exclude: ['**/seed*.sql'],
      engine: 'docker',
      rows: 10000,
      expectedRows: { 'public.orders': 5000000 },
    });
    const s = applyConfig({ failOn: 'critical', rules: { 'rls-disabled': 'high' } }, c);
    expect(s.failOn).toBe('critical');
    expect(s.rules).toEqual({ 'require-concurrent-index': 'off', 'rls-disabled': 'high' });
    expect(s.dir).toBe(path.join(root, 'supabase/migrations'));
    expect(s.repoRoot).toBe(root);
    expect(s.configPath).toBe(path.join(root, '.pgreview.yml'));
    expect(s.engine).toBe('docker');
  });

  it('no file: empty config; explicit missing file: error', async () => {
    const root = tempDir('pgreview-mig-');
    expect(await loadConfig(root)).toEqual({});
    await expect(loadConfig(root, 'nope.yml')).rejects.toThrow(/nope\.yml: config file not found/);
  });

  it('unknown keys and wrong values name the key, the file and the allowed values', async () => {
    const root = tempDir('pgreview-mig-');
    const f = path.join(root, '.pgreview.yml');
    write(root, { '.pgreview.yml': 'layuot: prisma\n' });
    await expect(loadConfig(root)).rejects.toThrow(ConfigError);
    await expect(loadConfig(root)).rejects.toThrow(`${f}: unknown key "layuot"`);
    write(root, { '.pgreview.yml': 'failOn: severe\n' });
    await expect(loadConfig(root)).rejects.toThrow(/failOn: "severe" is not allowed; use one of critical, high, medium, low, info/);
    write(root, { '.pgreview.yml': 'layout: rails\n' });
    await expect(loadConfig(root)).rejects.toThrow(/use one of supabase, prisma, drizzle, golang-migrate, dbmate, flyway, diesel, postgres-migrations, popx, plain/);
    write(root, { '.pgreview.yml': 'rules:\n  some-rule: loud\n' });
    await expect(loadConfig(root)).rejects.toThrow(/rules\.some-rule: "loud" is not allowed; use one of off, critical/);
    write(root, { '.pgreview.yml': 'pgVersion: 7\n' });
    await expect(loadConfig(root)).rejects.toThrow(/pgVersion: expected a whole number from 10 to 99/);
    write(root, { '.pgreview.yml': 'paths: 3\n' });
    await expect(loadConfig(root)).rejects.toThrow(/paths: expected a list of strings/);
    write(root, { '.pgreview.yml': 'a: [\n' });
    await expect(loadConfig(root)).rejects.toThrow(/not valid YAML/);
    write(root, { '.pgreview.yml': '' });
    expect(await loadConfig(root)).toEqual({ path: f });
  });

  it('defaultSettings fills every default', () => {
    const s = defaultSettings({ dir: '/x' });
    expect(s).toEqual({
      dir: '/x',
      repoRoot: '/x',
      engine: 'auto',
      failOn: 'critical',
      format: 'text',
      pgVersion: 17,
      pgVersionSet: false,
      rules: {},
      exclude: [],
      statementTimeoutMs: 30000,
      totalTimeoutMs: 600000,
      docsBase: defaultDocsBase(),
    });
  });

  it('remembers whether production’s version was stated (rules judge PostgreSQL 18 syntax by it)', () => {
    expect(defaultSettings({ dir: '/x', pgVersion: 17 }).pgVersionSet).toBe(true);
    expect(applyConfig({ dir: '/x' }, { pgVersion: 16 } as PgreviewConfig)).toMatchObject({ pgVersion: 16, pgVersionSet: true });
    expect(applyConfig({ dir: '/x' }, {} as PgreviewConfig)).toMatchObject({ pgVersion: 17, pgVersionSet: false });
  });
});

describe('rule doc links', () => {
  it('point at the action’s own repository and ref when run as an action', () => {
    expect(defaultDocsBase({ GITHUB_ACTION_REPOSITORY: 'acme/pgreview', GITHUB_ACTION_REF: 'v1.2.0' })).toBe('https://github.com/acme/pgreview/blob/v1.2.0/rules/');
    expect(defaultDocsBase({ GITHUB_ACTION_REPOSITORY: 'acme/pgreview', GITHUB_ACTION_REF: 'feature/x', GITHUB_SERVER_URL: 'https://ghe.example.com' })).toBe(
      'https://ghe.example.com/acme/pgreview/blob/feature/x/rules/',
    );
    // uses: ./ — the action is the repository under review, at the commit being run.
    expect(defaultDocsBase({ GITHUB_ACTION_PATH: '/w/app', GITHUB_WORKSPACE: '/w/app', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc123' })).toBe(
      'https://github.com/acme/app/blob/abc123/rules/',
    );
  });

  it('otherwise at package.json’s repository at this version, or at the installed rules folder, which exists', () => {
    const base = defaultDocsBase({});
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
    if (pkg.repository) expect(base).toMatch(new RegExp(`/blob/v${pkg.version}/rules/$`));
    else {
      expect(base.startsWith('file://')).toBe(true);
      expect(fs.existsSync(new URL('ban-drop-table.md', base))).toBe(true);
    }
  });

  it('docsUrl in .pgreview.yml wins', async () => {
    const root = tempDir('pgreview-docs-');
    fs.writeFileSync(path.join(root, '.pgreview.yml'), 'docsUrl: https://docs.example.com/pgreview/rules\nfailOnInconclusive: true\n');
    const s = applyConfig({ dir: root }, await loadConfig(root));
    expect(s.docsBase).toBe('https://docs.example.com/pgreview/rules/');
    expect(s.failOnInconclusive).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
