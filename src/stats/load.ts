// Production statistics as a review uses them: from a stats file (`--stats`, action `stats-file`,
// `.pgreview.yml` `stats:`) or collected at the start of the review from a read-only URL
// (`stats-url`, from a secret). Only the collector ever connects to that URL; no PR SQL goes there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogSnapshot } from '../live/catalog.js';
import { STATS_FORMAT, STATS_VERSION, type StatsFile } from './format.js';
import { collectStatsFromUrl, StatsError } from './collect.js';

export interface ProductionStats {
  /** Where the figures came from, for messages: never the URL. */
  source: string;
  stats: StatsFile;
  /** stats.catalog as a CatalogSnapshot (oid and relfilenode 0: they are not stored). */
  catalog: CatalogSnapshot;
}

export function parseStats(text: string, label: string): StatsFile {
  let raw: any;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StatsError(`${label} is not JSON: ${(e as Error).message}`);
  }
  if (raw?.format !== STATS_FORMAT) throw new StatsError(`${label} is not a pgreview stats file (format is ${JSON.stringify(raw?.format)}, expected "${STATS_FORMAT}")`);
  if (raw.version !== STATS_VERSION) throw new StatsError(`${label} has stats format version ${raw.version}; this pgreview reads version ${STATS_VERSION} (re-run pgreview stats)`);
  for (const k of ['server', 'relations', 'indexes', 'catalog', 'settings']) {
    if (!raw[k] || typeof raw[k] !== 'object') throw new StatsError(`${label} lacks "${k}"`);
  }
  // Figures drive severities: a hand-edited file with a non-number in them is refused, not guessed at.
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  for (const [name, f] of Object.entries<any>(raw.relations)) {
    const bad = ['relpages', 'tableBytes', 'toastBytes', 'indexBytes', 'totalBytes', 'liveTuples', 'deadTuples', 'inserted', 'updated', 'deleted'].find((k) => !num(f?.[k]));
    if (bad || !(f.reltuples === null || num(f.reltuples))) throw new StatsError(`${label}: relations["${name}"].${bad ?? 'reltuples'} is not a count`);
  }
  for (const k of ['schemas', 'relations', 'columns', 'constraints', 'indexes', 'policies', 'triggers', 'functions', 'extensions', 'enums']) {
    if (!raw.catalog[k] || typeof raw.catalog[k] !== 'object') throw new StatsError(`${label} lacks catalog.${k}`);
  }
  return raw as StatsFile;
}

export function toProduction(stats: StatsFile, source: string): ProductionStats {
  const relations: CatalogSnapshot['relations'] = {};
  for (const [name, r] of Object.entries(stats.catalog.relations)) relations[name] = { ...r, oid: 0, relfilenode: 0 };
  return { source, stats, catalog: { ...stats.catalog, relations } };
}

/** `label` names the file in messages (a repository path, not a local absolute one). */
export function readStatsFile(file: string, cwd = process.cwd(), label = file): ProductionStats {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new StatsError(`cannot read the stats file ${label}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const stats = parseStats(text, label);
  return toProduction(stats, `${label}, collected ${stats.collectedAt} from PostgreSQL ${stats.server.version}`);
}

/** Stats for a review: the file when given, else collected from the URL, else none. */
export async function loadProductionStats(s: { statsFile?: string; statsUrl?: string; statsLabel?: string; repoRoot: string }): Promise<ProductionStats | undefined> {
  if (s.statsFile) {
    const abs = path.resolve(s.statsFile);
    const rel = path.relative(s.repoRoot, abs);
    return readStatsFile(abs, undefined, s.statsLabel ?? (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.basename(abs)));
  }
  if (s.statsUrl) {
    const stats = await collectStatsFromUrl(s.statsUrl);
    return toProduction(stats, `the stats URL, read at ${stats.collectedAt} from PostgreSQL ${stats.server.version}`);
  }
  return undefined;
}
