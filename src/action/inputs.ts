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
  engine: EngineId;
  postgresImage: string;
  databaseUrl?: string;
  failOn: FailOn;
  comment: boolean;
  prNumber?: number;
  /** .pgreview.yml path relative to the working directory, read from the base commit. */
  config?: string;
  /** Production statistics (docs/stats-json.md): a file from `pgreview stats`, or a read-only URL to collect them. */
  statsFile?: string;
  statsUrl?: string;
}

const LAYOUTS: LayoutId[] = ['supabase', 'prisma', 'drizzle', 'golang-migrate', 'dbmate', 'flyway', 'diesel', 'postgres-migrations', 'plain'];
const PRESETS: PresetId[] = ['supabase', 'neon', 'plain'];
const ENGINES: EngineId[] = ['auto', 'pglite', 'docker', 'local', 'url', 'none'];

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = core.getInput(name).trim();
  if (!v || v === 'auto-detect') return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`input ${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
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
  const comment = core.getInput('comment').trim().toLowerCase();
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
    engine: oneOf('engine', ENGINES, 'docker')!,
    postgresImage: core.getInput('postgres-image').trim() || 'pgvector/pgvector:pg17',
    databaseUrl,
    failOn: failOn as FailOn,
    comment: !['false', 'no', 'off', '0'].includes(comment),
    prNumber: pr ? Number(pr) : undefined,
    config: core.getInput('config').trim() || undefined,
    statsFile: core.getInput('stats-file').trim() || undefined,
    statsUrl,
  };
}
