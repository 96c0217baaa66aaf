// Action inputs (action.yml) → typed values. Every input has a default in action.yml; the
// defaults here only matter when the action runs outside a workflow (tests, local runs).
import * as core from '@actions/core';
import type { EngineId, LayoutId, PresetId, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';

export type FailOn = Severity | 'never';

export interface ActionInputs {
  token: string;
  workingDirectory: string;
  /** Migration folders relative to the working directory; empty = auto-detect in it. */
  migrations: string[];
  layout?: LayoutId;
  preset?: PresetId;
  /** undefined (input auto or empty) lets `engine` in the config file decide, else auto. */
  engine?: EngineId;
  /** An explicitly requested engine that cannot start falls back to the next (auto always does); undefined = config. */
  engineFallback?: boolean;
  /** undefined = the config file's postgresImage, else the docker engine's default image. */
  postgresImage?: string;
  databaseUrl?: string;
  failOn: FailOn;
  comment: boolean;
  prNumber?: number;
  /** .pgreview.yml path relative to the working directory, read from the base commit. */
  config?: string;
  /** Production statistics (docs/stats-json.md): a file from `pgreview stats`, or a read-only URL to collect them. */
  statsFile?: string;
  statsUrl?: string;
  /** Keep the database after the base history in the Actions cache (docs/action.md). */
  cache: boolean;
}

const LAYOUTS: LayoutId[] = ['supabase', 'prisma', 'drizzle', 'golang-migrate', 'dbmate', 'flyway', 'diesel', 'postgres-migrations', 'popx', 'plain'];
const PRESETS: PresetId[] = ['supabase', 'neon', 'plain'];
const ENGINES: EngineId[] = ['auto', 'pglite', 'docker', 'local', 'url', 'none'];

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = core.getInput(name).trim();
  if (!v || v === 'auto-detect') return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`input ${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

/** true/false inputs; anything else is an error rather than a silent default. */
function bool(name: string, fallback?: boolean): boolean | undefined {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new Error(`input ${name} must be true or false (got "${v}")`);
}

export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  const databaseUrl = core.getInput('database-url') || undefined;
  // Keep secrets out of the log even if a later message echoes them.
  if (token) core.setSecret(token);
  if (databaseUrl) core.setSecret(databaseUrl);
  const statsUrl = core.getInput('stats-url') || undefined;
  if (statsUrl) core.setSecret(statsUrl);
  const pr = core.getInput('pr-number').trim().replace(/^#/, '');
  if (pr && !/^\d+$/.test(pr)) throw new Error(`input pr-number must be a pull request number (got "${pr}")`);
  const failOn = core.getInput('fail-on').trim().toLowerCase() || 'critical';
  if (!(SEVERITIES as readonly string[]).includes(failOn) && failOn !== 'never') {
    throw new Error(`input fail-on must be one of ${SEVERITIES.join(', ')}, never (got "${failOn}")`);
  }
  return {
    token,
    workingDirectory: core.getInput('working-directory').trim() || '.',
    migrations: core
      .getInput('migrations')
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    layout: oneOf('layout', LAYOUTS),
    preset: oneOf('preset', PRESETS),
    // auto is the input's default: a config file that names an engine wins over it.
    engine: oneOf('engine', ENGINES) === 'auto' ? undefined : oneOf('engine', ENGINES),
    engineFallback: bool('engine-fallback'),
    postgresImage: core.getInput('postgres-image').trim() || undefined,
    databaseUrl,
    failOn: failOn as FailOn,
    comment: bool('comment', true)!,
    prNumber: pr ? Number(pr) : undefined,
    config: core.getInput('config').trim() || undefined,
    statsFile: core.getInput('stats-file').trim() || undefined,
    statsUrl,
    cache: bool('cache', true)!,
  };
}
