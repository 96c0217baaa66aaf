// .pgreview.yml: the repository's standing settings. CLI flags and action inputs override it.
// Validation is strict on purpose: a typo in a rule id or a key silently ignored is a review that
// quietly checks less than its author thinks.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEVERITIES, type EngineId, type LayoutId, type OutputFormat, type PresetId, type Settings, type Severity } from './types.js';

export const LAYOUTS: readonly LayoutId[] = ['supabase', 'prisma', 'drizzle', 'golang-migrate', 'dbmate', 'flyway', 'diesel', 'postgres-migrations', 'popx', 'plain'];
export const PRESETS: readonly PresetId[] = ['supabase', 'neon', 'plain'];
export const ENGINES: readonly EngineId[] = ['auto', 'pglite', 'docker', 'local', 'url', 'none'];
export const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json', 'sarif'];
export const CONFIG_NAMES = ['.pgreview.yml', '.pgreview.yaml'];

/** What a config file may say. Paths are absolute (resolved against the config file's folder). */
export interface PgreviewConfig {
  /** Absolute path of the file read; absent when there was no config file. */
  path?: string;
  layout?: LayoutId;
  preset?: PresetId;
  /** Migration folders, absolute. */
  paths?: string[];
  pgVersion?: number;
  exposedSchemas?: string[];
  failOn?: Severity;
  rules?: Record<string, Severity | 'off'>;
  exclude?: string[];
  engine?: EngineId;
  /** An explicitly named engine that cannot start falls back to the next one (auto always does). */
  engineFallback?: boolean;
  /** Container image for the docker engine. */
  postgresImage?: string;
  rows?: number;
  expectedRows?: Record<string, number>;
  /** Production statistics file (absolute), from `pgreview stats`. */
  stats?: string;
  /** Where rule docs live: rule links become `<docsUrl>/<rule-id>.md`. */
  docsUrl?: string;
  /** Fail the check (exit 1) on an inconclusive verdict too. */
  failOnInconclusive?: boolean;
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

const KEYS = ['layout', 'preset', 'paths', 'pgVersion', 'exposedSchemas', 'failOn', 'rules', 'exclude', 'engine', 'engineFallback', 'postgresImage', 'rows', 'expectedRows', 'stats', 'docsUrl', 'failOnInconclusive'] as const;

function oneOf<T extends string>(file: string, key: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new ConfigError(`${key}: ${JSON.stringify(v)} is not allowed; use one of ${allowed.join(', ')}`, file);
  }
  return v as T;
}

function stringList(file: string, key: string, v: unknown): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.trim() !== '')) {
    throw new ConfigError(`${key}: expected a list of strings, got ${JSON.stringify(v)}`, file);
  }
  return list.map((x: string) => x.trim());
}

function positiveInt(file: string, key: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(`${key}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`, file);
  }
  return v;
}

function plainObject(file: string, key: string, v: unknown): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ConfigError(`${key}: expected a mapping (key: value lines), got ${JSON.stringify(v)}`, file);
  }
  return v as Record<string, unknown>;
}

/** Validate an already-parsed config object; `file` names it in errors. */
export function validateConfig(raw: unknown, file: string): PgreviewConfig {
  const cfg: PgreviewConfig = { path: file };
  if (raw === null || raw === undefined) return cfg; // an empty file is a valid, empty config
  const obj = plainObject(file, 'the file', raw);
  const base = path.dirname(file);
  for (const [key, v] of Object.entries(obj)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(`unknown key "${key}"; known keys are ${KEYS.join(', ')}`, file);
    }
    if (v === null || v === undefined) continue; // `key:` with no value: not set
    switch (key as (typeof KEYS)[number]) {
      case 'layout':
        cfg.layout = oneOf(file, key, v, LAYOUTS);
        break;
      case 'preset':
        cfg.preset = oneOf(file, key, v, PRESETS);
        break;
      case 'engine':
        cfg.engine = oneOf(file, key, v, ENGINES);
        break;
      case 'engineFallback':
        if (typeof v !== 'boolean') throw new ConfigError(`engineFallback: expected true or false, got ${JSON.stringify(v)}`, file);
        cfg.engineFallback = v;
        break;
      case 'postgresImage':
        if (typeof v !== 'string' || !/^[\w][\w.\-/:@]*$/.test(v.trim())) throw new ConfigError(`postgresImage: expected an image reference such as pgvector/pgvector:pg17, got ${JSON.stringify(v)}`, file);
        cfg.postgresImage = v.trim();
        break;
      case 'failOn':
        cfg.failOn = oneOf(file, key, v, SEVERITIES);
        break;
      case 'paths':
        cfg.paths = stringList(file, key, v).map((p) => path.resolve(base, p));
        break;
      case 'exclude':
        cfg.exclude = stringList(file, key, v);
        break;
      case 'exposedSchemas':
        cfg.exposedSchemas = stringList(file, key, v);
        break;
      case 'pgVersion': {
        // Accept "16" as well as 16: YAML users quote versions out of habit.
        const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
        cfg.pgVersion = positiveInt(file, key, n, 10, 99);
        break;
      }
      case 'rows':
        cfg.rows = positiveInt(file, key, v, 0, 100_000_000);
        break;
      case 'docsUrl':
        if (typeof v !== 'string' || !/^https?:\/\/\S+$/.test(v)) throw new ConfigError(`docsUrl: expected an http(s) URL, got ${JSON.stringify(v)}`, file);
        cfg.docsUrl = v.endsWith('/') ? v : `${v}/`;
        break;
      case 'failOnInconclusive':
        if (typeof v !== 'boolean') throw new ConfigError(`failOnInconclusive: expected true or false, got ${JSON.stringify(v)}`, file);
        cfg.failOnInconclusive = v;
        break;
      case 'rules': {
        const rules: Record<string, Severity | 'off'> = {};
        for (const [id, sev] of Object.entries(plainObject(file, key, v))) {
          if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new ConfigError(`rules: "${id}" is not a rule id (lowercase words joined by dashes)`, file);
          // YAML 1.1 habits: `off`/`no`/`false` may arrive as boolean false.
          const value = sev === false ? 'off' : sev;
          rules[id] = oneOf(file, `rules.${id}`, value, ['off', ...SEVERITIES] as const);
        }
        cfg.rules = rules;
        break;
      }
      case 'stats': {
        if (typeof v !== 'string' || !v.trim()) throw new ConfigError(`stats: expected the path of a stats file (pgreview stats --output), got ${JSON.stringify(v)}`, file);
        cfg.stats = path.resolve(base, v.trim());
        break;
      }
      case 'expectedRows': {
        const rows: Record<string, number> = {};
        for (const [table, n] of Object.entries(plainObject(file, key, v))) rows[table] = positiveInt(file, `expectedRows.${table}`, n, 0, Number.MAX_SAFE_INTEGER);
        cfg.expectedRows = rows;
        break;
      }
    }
  }
  return cfg;
}

/**
 * Read `.pgreview.yml` (or `.pgreview.yaml`) from `dir`, or `explicitPath` when given (then it must
 * exist). Without a config file it returns an empty config (no `path`), so callers can read
 * `config.x ?? default` without a check. Rejects with ConfigError on invalid content.
 * The YAML parser is imported only when there is a file to parse: in the bundle it is its own
 * chunk (~250 KB), ~6 ms of CPU to load on every run that has no config file.
 */
export async function loadConfig(dir: string, explicitPath?: string): Promise<PgreviewConfig> {
  let file: string | undefined;
  if (explicitPath) {
    file = path.resolve(dir, explicitPath);
    if (!fs.existsSync(file)) throw new ConfigError('config file not found', file);
  } else {
    file = CONFIG_NAMES.map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
    if (!file) return {};
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read: ${(e as Error).message}`, file);
  }
  // The default export: yaml is CommonJS, whose named exports Node's import() finds but the
  // bundle's chunk for it does not give.
  const { default: yaml } = await import('yaml');
  let raw: unknown;
  try {
    raw = yaml.parse(text, { uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    throw new ConfigError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`, file);
  }
  return validateConfig(raw, file);
}

/**
 * Settings with every default filled in. Defaults, and why:
 * - failOn 'critical': exit non-zero only for critical findings (the migration will fail to deploy,
 *   lose data, or expose rows). High findings still show in the verdict and the comment, but do
 *   not fail CI until a team opts in with failOn: high; a new check that blocks merges on its
 *   first day gets switched off. The CLI uses the same default.
 * - engine 'auto' (url → docker → local → pglite), pgVersion 17, format 'text'.
 * - statementTimeoutMs 30 s and totalTimeoutMs 10 min bound the live run.
 */
export function defaultSettings(partial: Partial<Settings> = {}): Settings {
  const dir = path.resolve(partial.dir ?? process.cwd());
  return {
    ...partial,
    dir,
    repoRoot: path.resolve(partial.repoRoot ?? dir),
    engine: partial.engine ?? 'auto',
    failOn: partial.failOn ?? 'critical',
    format: partial.format ?? 'text',
    pgVersion: partial.pgVersion ?? 17,
    pgVersionSet: partial.pgVersionSet ?? partial.pgVersion !== undefined,
    rules: partial.rules ?? {},
    exclude: partial.exclude ?? [],
    statementTimeoutMs: partial.statementTimeoutMs ?? 30_000,
    totalTimeoutMs: partial.totalTimeoutMs ?? 600_000,
    docsBase: partial.docsBase ?? defaultDocsBase(),
  };
}

/** package.json of pgreview itself: one folder up from src/ (tsx) and from dist/ (the bundle). */
function ownPackage(): { version?: string; repository?: string | { url?: string } } | undefined {
  try {
    return JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
}

/** "git+https://github.com/o/r.git", "github:o/r" or "o/r" → https://github.com/o/r */
export function repositoryUrl(repository: string | { url?: string } | undefined): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (short) return `https://github.com/${short[1]!.replace(/\.git$/, '')}`;
  const m = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(raw);
  return m ? `https://${m[1]}/${m[2]}` : undefined;
}

/**
 * Where rule links point when .pgreview.yml sets no docsUrl: the action's own repository at the ref
 * the workflow uses (GITHUB_ACTION_REPOSITORY@GITHUB_ACTION_REF; for `uses: ./`, the repository at
 * GITHUB_SHA), else package.json's `repository` at this version's tag, else the rules folder of the
 * installed package (a path that exists).
 */
export function defaultDocsBase(env: NodeJS.ProcessEnv = process.env): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const refPath = (ref: string) => encodeURIComponent(ref).replace(/%2F/g, '/');
  if (env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF) {
    return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${refPath(env.GITHUB_ACTION_REF)}/rules/`;
  }
  // `uses: ./` (the action is the checked-out repository itself): GitHub leaves the two above empty.
  if (env.GITHUB_ACTION_PATH && env.GITHUB_WORKSPACE && env.GITHUB_REPOSITORY && env.GITHUB_SHA && path.resolve(env.GITHUB_ACTION_PATH) === path.resolve(env.GITHUB_WORKSPACE)) {
    return `${server}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/rules/`;
  }
  const pkg = ownPackage();
  const repo = repositoryUrl(pkg?.repository);
  if (repo && pkg?.version) return `${repo}/blob/v${pkg.version}/rules/`;
  return new URL('../rules/', import.meta.url).href;
}

/**
 * Config file values under explicit settings: anything set in `partial` (flags, action inputs)
 * wins; `rules` merge per rule id; `exclude` lists are concatenated. `paths[0]` becomes `dir`
 * when no dir was given (only one migrations folder is reviewed per run).
 */
export function applyConfig(partial: Partial<Settings>, config: PgreviewConfig | undefined): Settings {
  if (!config) return defaultSettings(partial);
  const merged: Partial<Settings> = {
    layout: config.layout,
    preset: config.preset,
    pgVersion: config.pgVersion,
    exposedSchemas: config.exposedSchemas,
    failOn: config.failOn,
    engine: config.engine,
    engineFallback: config.engineFallback,
    postgresImage: config.postgresImage,
    rows: config.rows,
    expectedRows: config.expectedRows,
    statsFile: config.stats,
    docsBase: config.docsUrl,
    failOnInconclusive: config.failOnInconclusive,
    dir: config.paths?.[0],
    // The config file sits at the repository root by convention.
    repoRoot: config.path ? path.dirname(config.path) : undefined,
  };
  for (const [k, v] of Object.entries(partial)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  merged.rules = { ...(config.rules ?? {}), ...(partial.rules ?? {}) };
  merged.exclude = [...(config.exclude ?? []), ...(partial.exclude ?? [])];
  if (config.path) merged.configPath = config.path;
  for (const k of Object.keys(merged) as (keyof Settings)[]) if (merged[k] === undefined) delete merged[k];
  return defaultSettings(merged);
}
