// Presets prepare an empty server to look like the platform the migrations target. They are plain
// SQL files in presets/ so a reviewer can read exactly what was assumed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LayoutId, PresetId, Statement } from '../types.js';
import { probeRoleSql } from './probe-role.js';
import { MIGRATOR_ROLE } from './trace.js';

export const PRESET_IDS: readonly PresetId[] = ['supabase', 'neon', 'plain'];

/** The presets folder; a bundle copies presets/ next to it or sets PGREVIEW_PRESETS_DIR. */
export function presetsDir(): string {
  if (process.env.PGREVIEW_PRESETS_DIR) return path.resolve(process.env.PGREVIEW_PRESETS_DIR);
  // ./presets first: the bundle carries its own copy (dist/presets); ../../presets is the repo's, from sources.
  for (const rel of ['./presets', '../../presets']) {
    const p = fileURLToPath(new URL(rel + '/', import.meta.url));
    if (existsSync(path.join(p, 'plain.sql'))) return p;
  }
  throw new Error('presets folder not found (set PGREVIEW_PRESETS_DIR)');
}

export interface Preset {
  id: PresetId;
  sql: string;
  file: string;
}

export function loadPreset(id: PresetId): Preset {
  if (!PRESET_IDS.includes(id)) throw new Error(`unknown preset ${id}`);
  const file = path.join(presetsDir(), `${id}.sql`);
  return { id, sql: readFileSync(file, 'utf8'), file };
}

/**
 * Extensions a preset stands in for where the engine lacks them: the names it inserts into
 * pgreview_admin.standin_extensions (each entry starts a line with `('name', '`).
 */
export function standInExtensions(id: PresetId): string[] {
  const sql = loadPreset(id).sql;
  const at = sql.indexOf('INSERT INTO pgreview_admin.standin_extensions');
  if (at < 0) return [];
  return [...sql.slice(at).matchAll(/^\('([\w-]+)', '/gm)].map((m) => m[1]!);
}

/** What an engine's `prepare` option takes: the key makes the cached PGlite snapshot per preset. */
export function presetPrepare(id: PresetId): { key: string; sql: string } {
  return { key: `preset-${id}`, sql: loadPreset(id).sql };
}

/**
 * The state a review starts from: the preset plus the role the SQL under review runs as. PGlite
 * snapshots it (the bundle ships one per preset, scripts/pglite-snapshots.ts) and restarts from it.
 */
export function reviewPrepare(id: PresetId): { key: string; sql: string } {
  const preset = presetPrepare(id);
  return { key: `${preset.key}-probes`, sql: `${preset.sql}\n${probeRoleSql(MIGRATOR_ROLE)}` };
}

const SUPABASE_SQL = /\bauth\s*\.\s*(?:uid|jwt|role|email)\s*\(|\bauth\s*\.\s*users\b|\bstorage\s*\.\s*(?:objects|buckets)\b|\bto\s+(?:anon|authenticated|service_role)\b/i;

export interface PresetChoice {
  id: PresetId;
  reason: string;
}

/** supabase for the Supabase layout or SQL that uses Supabase's auth/storage/roles; else plain. */
export function choosePreset(layout: LayoutId, statements: Pick<Statement, 'sql' | 'file' | 'span'>[]): PresetChoice {
  if (layout === 'supabase') return { id: 'supabase', reason: 'the migrations use the Supabase CLI layout' };
  for (const s of statements) {
    const m = SUPABASE_SQL.exec(s.sql);
    if (m) return { id: 'supabase', reason: `${s.file}:${s.span.line} uses ${m[0].replace(/\s+/g, ' ')}, which a Supabase project provides` };
  }
  return { id: 'plain', reason: 'no Supabase layout or Supabase objects referenced' };
}
