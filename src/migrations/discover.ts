// Finding the migrations in a folder: which tool's layout it is, which files the tool reads, in
// which order, and which up/down files belong together. Nothing here decides base vs changed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LayoutId, Migration, MigrationSet, Settings, SqlSource } from '../types.js';
import { hasDbmateMarker, splitDbmate } from './dbmate.js';
import { matchesAny } from './glob.js';
import {
  byteCompare,
  flywayVersionCompare,
  layoutOfTx,
  naturalCompare,
  numericCompare,
  transactionFor,
  TX,
} from './layouts.js';
import { isBlank, readSqlFile, type FileRead, type ReadProblem } from './read.js';

export interface Ctx {
  settings: Settings;
  repoRoot: string;
  reads: Map<string, FileRead>;
  skipped: { path: string; reason: string }[];
  warnings: MigrationSet['warnings'];
  lists: Map<string, Entry[]>;
  /** fs.existsSync answers, by absolute path (see exists()). */
  exists: Map<string, boolean>;
  /** What exists() learnt with lstat about files that are not symbolic links: reading them needs it again. */
  lstats: Map<string, fs.Stats>;
}

export interface Entry {
  name: string;
  abs: string;
  dir: boolean;
}

/** A migration before its status is known, with every file that belongs to it. */
export interface Draft {
  migration: Omit<Migration, 'status'>;
  /** Repo-relative paths of the files that make up this migration (up, down, metadata). */
  files: string[];
  /** Repo-relative path of the file whose content runs "up" (for history-rewrite checks). */
  upFile: string;
  /** dbmate: the up section is only part of the file. */
  dbmate?: boolean;
}

export function rel(ctx: Ctx, abs: string): string {
  return relativePosix(ctx.repoRoot, abs);
}

/**
 * path.relative(root, abs) with forward slashes. Planning asks it several times for every file; for
 * the usual case, a normalised absolute path below the root, the answer is the rest of the path
 * (what path.relative computes by resolving and comparing both paths segment by segment).
 */
export function relativePosix(root: string, abs: string): string {
  if (path.sep === '/') {
    const prefix = root.endsWith('/') ? root : root + '/';
    if (root.startsWith('/') && abs.startsWith(prefix)) {
      const rest = abs.slice(prefix.length);
      // '.' and '..' segments, doubled and trailing slashes need path.relative's normalising.
      if (rest && !rest.startsWith('.') && !rest.startsWith('/') && !rest.includes('/.') && !rest.includes('//') && !rest.endsWith('/')) return rest;
    }
  }
  return path.relative(root, abs).split(path.sep).join('/');
}

function read(ctx: Ctx, abs: string): FileRead {
  let r = ctx.reads.get(abs);
  if (!r) {
    r = readSqlFile(abs, ctx.repoRoot, ctx.lstats.get(abs));
    ctx.reads.set(abs, r);
  }
  return r;
}

const SQL_RE = /\.sql$/i;

/** Directory entries sorted byte-wise, minus excluded ones (recorded as skipped). */
export function list(ctx: Ctx, dirAbs: string): Entry[] {
  const cached = ctx.lists.get(dirAbs);
  if (cached) return cached;
  const entries = listUncached(ctx, dirAbs);
  ctx.lists.set(dirAbs, entries);
  return entries;
}

function listUncached(ctx: Ctx, dirAbs: string): Entry[] {
  let dirents: fs.Dirent[];
  try {
    dirents = fs.readdirSync(dirAbs, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: Entry[] = [];
  const exclude = ctx.settings.exclude;
  // path.join(dirAbs, name) for every entry, the folder normalised once: a name from readdir is one
  // plain segment, so below a normalised absolute POSIX folder joining is appending.
  const folder = path.join(dirAbs, '.');
  const prefix = path.sep === '/' && folder.startsWith('/') ? (folder === '/' ? '/' : folder + '/') : undefined;
  for (const d of dirents) {
    const abs = prefix !== undefined ? prefix + d.name : path.join(dirAbs, d.name);
    const glob = exclude.length ? matchesAny(rel(ctx, abs), exclude) : undefined;
    if (glob) {
      ctx.skipped.push({ path: rel(ctx, abs), reason: `excluded by "${glob}"` });
      continue;
    }
    // Symlinked folders are not walked (loops, escapes); symlinked files are checked when read.
    if (d.isSymbolicLink()) {
      let isDir = false;
      try {
        isDir = fs.statSync(abs).isDirectory();
      } catch {
        // dangling link: treat as a file, reading it reports the problem
      }
      if (isDir) {
        ctx.skipped.push({ path: rel(ctx, abs), reason: 'symbolic link to a folder: not followed' });
        continue;
      }
      out.push({ name: d.name, abs, dir: false });
      continue;
    }
    if (d.isDirectory()) out.push({ name: d.name, abs, dir: true });
    else if (d.isFile()) out.push({ name: d.name, abs, dir: false });
  }
  return out.sort((a, b) => byteCompare(a.name, b.name));
}

/**
 * fs.existsSync, asked once per path: detection and the layouts' readers look at the same files.
 * One lstat answers it for anything but a symbolic link, and is kept for reading the file.
 */
export function exists(ctx: Ctx, abs: string): boolean {
  let found = ctx.exists.get(abs);
  if (found === undefined) {
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(abs, { throwIfNoEntry: false });
    } catch {
      st = undefined; // what existsSync says for any error
    }
    if (st && !st.isSymbolicLink()) ctx.lstats.set(abs, st);
    found = st === undefined ? false : st.isSymbolicLink() ? fs.existsSync(abs) : true;
    ctx.exists.set(abs, found);
  }
  return found;
}

/** path.join(folder.abs, name) for a plain file name: the entry's path is already normalised. */
function inside(folder: Entry, name: string): string {
  return folder.abs + path.sep + name;
}

// ---------------------------------------------------------------------------------------------
// Detection

export interface Detection {
  /** Key into TX: a layout id or a golang-migrate variant (maragudk, authelia). */
  key: string;
  layout: LayoutId;
  reason: string;
  /** The tool's name for messages. */
  tool: string;
}

const PRISMA_DIR = /^\d{14}_.+/;
const DIESEL_DIR = /^[\d-]+_.+/;
const FLYWAY_RE = /^(?:[VU]\d+(?:[._]\d+)*__.+|R__.+)\.sql$/;
const UPDOWN_RE = /[._](up|down)\.sql$/i;
const AUTHELIA_RE = /^V(\d+)\.(.+)\.(up|down)\.sql$/;
const GOLANG_RE = /^(\d+)_(.*)\.(down|up)\.(.*)$/;
const DRIZZLE_RE = /^(\d+)_(.+)\.sql$/;
const PGM_RE = /^(-?\d+)[-_]?(.*)\.(sql|js)$/i;
const SUPABASE_RE = /^(\d+)_(.*)\.sql$/;
const TS14_RE = /^\d{14}_.+\.sql$/;
// ory/popx (x/popx/match.go): version_name[.dialect][.autocommit].(up|down).(sql|fizz)
const POPX_RE = /^(\d+)_([^.]+)(\.[a-z0-9]+)?(|\.autocommit)\.(up|down)\.(sql|fizz)$/;
/** pop's canonical dialect names (pop.CanonicalDialect). */
const POPX_DIALECTS: Record<string, string> = { postgres: 'postgres', postgresql: 'postgres', pg: 'postgres', cockroach: 'cockroach', cockroachdb: 'cockroach', crdb: 'cockroach', mysql: 'mysql', sqlite3: 'sqlite3', sqlite: 'sqlite3' };

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Which tool's layout `dirAbs` is, or undefined when it holds no migrations itself. */
export function detect(ctx: Ctx, dirAbs: string, entries: Entry[], forced?: LayoutId): Detection | undefined {
  const files = entries.filter((e) => !e.dir);
  const sql = files.filter((e) => SQL_RE.test(e.name));
  const dirs = entries.filter((e) => e.dir);
  if (forced) return detectForced(forced, sql);
  const prismaDirs = dirs.filter((d) => PRISMA_DIR.test(d.name) && exists(ctx, inside(d, 'migration.sql')));
  const lock = files.some((f) => f.name === 'migration_lock.toml');
  // Diesel's folders are looked for (an up.sql in each) only when Prisma's lock file does not
  // already decide, nor the count of folders with a Diesel-like name (Prisma's match it too).
  const dieselNamed = dirs.filter((d) => DIESEL_DIR.test(d.name));
  let dieselDirs: Entry[] | undefined;
  const diesel = () => (dieselDirs ??= dieselNamed.filter((d) => exists(ctx, inside(d, 'up.sql'))));
  const journal = exists(ctx, path.join(dirAbs, 'meta', '_journal.json'));
  const n = sql.length;

  if (prismaDirs.length > 0 && (lock || prismaDirs.length >= dieselNamed.length || prismaDirs.length >= diesel().length)) {
    return {
      key: 'prisma', tool: "Prisma Migrate",
      layout: 'prisma',
      reason: `found ${plural(prismaDirs.length, 'folder')} named <timestamp>_name/migration.sql${lock ? ' with migration_lock.toml' : ''}: Prisma Migrate`,
    };
  }
  if (diesel().length > 0) {
    return { key: 'diesel', tool: "Diesel", layout: 'diesel', reason: `found ${plural(diesel().length, 'folder')} named <version>_name/ holding up.sql (and down.sql): Diesel` };
  }
  if (n === 0 && !journal) return undefined;

  // popx before golang-migrate: both end in .up.sql, only popx names a dialect or .autocommit.
  const popx = files.filter((f) => {
    const m = POPX_RE.exec(f.name);
    return m && ((m[3] && (POPX_DIALECTS[m[3].slice(1)] || m[3] === '.autocommit')) || m[4] || m[6] === 'fizz');
  }).length;
  if (popx > 0) {
    return { key: 'popx', tool: 'ory/popx', layout: 'popx', reason: `found ${plural(popx, 'file')} named <version>_name.<dialect|autocommit>.up.sql: ory/popx (Kratos, Keto, Hydra)` };
  }
  const dbmate = sql.filter((f) => hasDbmateMarker(read(ctx, f.abs).text)).length;
  if (dbmate > 0 && dbmate * 2 >= n) {
    return { key: 'dbmate', tool: "dbmate", layout: 'dbmate', reason: `found ${plural(n, 'file')} of which ${dbmate} have '-- migrate:up' / '-- migrate:down' sections: dbmate` };
  }
  const flyway = sql.filter((f) => FLYWAY_RE.test(f.name)).length;
  if (flyway > 0 && flyway * 2 >= n) {
    return { key: 'flyway', tool: "Flyway", layout: 'flyway', reason: `found ${plural(flyway, 'file')} named V<version>__name.sql / R__name.sql: Flyway` };
  }
  const updown = sql.filter((f) => UPDOWN_RE.test(f.name));
  if (updown.length > 0 && updown.length * 2 >= n) {
    const authelia = updown.filter((f) => AUTHELIA_RE.test(f.name)).length;
    if (authelia * 2 >= updown.length) {
      return { key: 'authelia', tool: "Authelia's migrator", layout: 'golang-migrate', reason: `found ${plural(authelia, 'file')} named V<NNNN>.Name.up.sql / .down.sql: Authelia's Go migrator (golang-migrate family)` };
    }
    const ups = updown.filter((f) => /[._]up\.sql$/i.test(f.name));
    const nums = ups.map((f) => /^(\d+)/.exec(f.name)?.[1]).filter((v): v is string => !!v).map((v) => v.replace(/^0+(?=\d)/, ''));
    const dupes = nums.length - new Set(nums).size;
    const underscore = updown.some((f) => /_(up|down)\.sql$/i.test(f.name));
    if (dupes > 0 || underscore) {
      return {
        key: 'maragudk', tool: "maragudk/migrate",
        layout: 'golang-migrate',
        reason: `found ${plural(updown.length, 'file')} named NNNN_name.up.sql / .down.sql${dupes ? ` with ${plural(dupes, 'repeated number')}` : ''}${underscore ? ' and _up.sql names' : ''}: maragudk/migrate (golang-migrate family, lexical order)`,
      };
    }
    return { key: 'golang-migrate', tool: "golang-migrate", layout: 'golang-migrate', reason: `found ${plural(updown.length, 'file')} named N_name.up.sql / .down.sql: golang-migrate` };
  }
  const breakpoints = sql.filter((f) => read(ctx, f.abs).text.includes('--> statement-breakpoint')).length;
  if (journal || (breakpoints > 0 && sql.every((f) => DRIZZLE_RE.test(f.name)))) {
    const why = [journal ? 'meta/_journal.json' : '', breakpoints ? `'--> statement-breakpoint' in ${plural(breakpoints, 'file')}` : ''].filter(Boolean).join(' and ');
    return { key: 'drizzle', tool: "drizzle-kit", layout: 'drizzle', reason: `found ${plural(n, 'file')} named NNNN_name.sql with ${why}: drizzle-kit` };
  }
  const dashed = sql.filter((f) => /^\d+-.+\.sql$/i.test(f.name)).length;
  const marker = sql.some((f) => read(ctx, f.abs).text.includes('-- postgres-migrations'));
  if ((dashed > 0 && dashed * 2 >= n) || marker) {
    return {
      key: 'postgres-migrations', tool: "postgres-migrations",
      layout: 'postgres-migrations',
      reason: `found ${plural(n, 'file')} named NNNN-name.sql${marker ? " and '-- postgres-migrations' comments" : ''}: postgres-migrations`,
    };
  }
  const ts = sql.filter((f) => TS14_RE.test(f.name)).length;
  const inSupabase = /(^|[\\/])supabase[\\/]migrations$/.test(dirAbs);
  if ((ts > 0 && ts * 2 >= n) || inSupabase) {
    return {
      key: 'supabase', tool: "the Supabase CLI",
      layout: 'supabase',
      reason: `found ${plural(n, 'file')} named <timestamp>_name.sql${inSupabase ? ' in supabase/migrations' : ''}: Supabase CLI`,
    };
  }
  const numbered = sql.filter((f) => /^\d/.test(f.name)).length;
  return {
    key: 'plain', tool: "psql",
    layout: 'plain',
    reason: `found ${plural(n, '.sql file')}${numbered ? ` (${numbered} numbered or timestamped)` : ''} and no marker of a known tool: plain SQL, applied in file-name order`,
  };
}

function detectForced(layout: LayoutId, sql: Entry[]): Detection {
  let key: string = layout;
  if (layout === 'golang-migrate') {
    const updown = sql.filter((f) => UPDOWN_RE.test(f.name));
    if (updown.length && updown.every((f) => AUTHELIA_RE.test(f.name))) key = 'authelia';
    else {
      const nums = updown.filter((f) => /[._]up\.sql$/i.test(f.name)).map((f) => /^(\d+)/.exec(f.name)?.[1]);
      if (new Set(nums).size < nums.length || updown.some((f) => /_(up|down)\.sql$/i.test(f.name))) key = 'maragudk';
    }
  }
  const tool = key === 'authelia' ? "Authelia's migrator" : key === 'maragudk' ? 'maragudk/migrate' : layout;
  return { key, layout, tool, reason: `layout set to ${layout} by configuration` };
}

// ---------------------------------------------------------------------------------------------
// Building migrations

interface Unit {
  id: string;
  version: string;
  name: string;
  up: string; // abs
  down?: string; // abs
  extra?: string; // abs: metadata.toml / .sql.conf
  repeatable?: boolean;
  /** popx `.autocommit.`: the tool runs the file outside a transaction. */
  autocommit?: boolean;
}

function stripSql(name: string): string {
  return name.replace(/\.sql$/i, '');
}

function splitVersionName(stem: string): { version: string; name: string } {
  const m = /^(\d+)[-_.]?(.*)$/s.exec(stem);
  return m ? { version: m[1]!, name: m[2] || stem } : { version: stem, name: stem };
}

/** What every layout's reading of one history folder works with. */
interface Scan {
  ctx: Ctx;
  det: Detection;
  dirAbs: string;
  entries: Entry[];
  files: Entry[];
  dirs: Entry[];
  tool: string;
  skip: (e: Entry, reason: string) => void;
  /** A file that is not .sql: the tool does not run it. */
  nonSql: (e: Entry) => void;
  id: (stem: string) => string;
}

/** Migration units of one history folder, in the tool's order. */
function units(ctx: Ctx, det: Detection, dirAbs: string, entries: Entry[], idPrefix: string): Unit[] {
  const skip = (e: Entry, reason: string) => ctx.skipped.push({ path: rel(ctx, e.abs), reason });
  const scan: Scan = {
    ctx,
    det,
    dirAbs,
    entries,
    files: entries.filter((e) => !e.dir),
    dirs: entries.filter((e) => e.dir),
    tool: det.tool,
    skip,
    nonSql: (e) => skip(e, `not a .sql file: ${det.tool} does not run it`),
    id: (stem) => idPrefix + stem,
  };
  switch (det.key) {
    case 'prisma':
    case 'diesel':
      return prismaOrDieselUnits(scan);
    case 'golang-migrate':
    case 'authelia':
    case 'maragudk':
      return golangMigrateUnits(scan);
    case 'dbmate':
      return dbmateUnits(scan);
    case 'flyway':
      return flywayUnits(scan);
    case 'drizzle':
      return drizzleUnits(scan);
    case 'postgres-migrations':
      return postgresMigrationsUnits(scan);
    case 'popx':
      return popxUnits(scan);
    case 'supabase':
      return supabaseUnits(scan);
    default:
      return plainUnits(scan);
  }
}

/** Prisma and Diesel: one folder per migration (migration.sql; up.sql, down.sql, metadata.toml). */
function prismaOrDieselUnits(scan: Scan): Unit[] {
  const { ctx, det, files, dirs, skip, tool, nonSql, id } = scan;
  const out: Unit[] = [];
  const want = det.key === 'prisma' ? 'migration.sql' : 'up.sql';
  for (const f of files) {
    if (det.key === 'prisma' && f.name === 'migration_lock.toml') skip(f, 'Prisma lock file (records the provider), not a migration');
    else nonSql(f);
  }
  for (const d of dirs) {
    const up = inside(d, want);
    if (!exists(ctx, up)) {
      skip(d, `folder without ${want}: ${tool} does not treat it as a migration`);
      continue;
    }
    if (det.key === 'prisma') {
      const { version, name } = splitVersionName(d.name);
      out.push({ id: id(d.name), version, name, up });
    } else {
      // Diesel: version = text before the first '_', dashes removed (migrations_internals version_from_string).
      const version = d.name.split('_')[0]!.replace(/-/g, '');
      const name = d.name.slice(d.name.indexOf('_') + 1);
      const down = inside(d, 'down.sql');
      const meta = inside(d, 'metadata.toml');
      out.push({
        id: id(d.name),
        version,
        name,
        up,
        down: exists(ctx, down) ? down : undefined,
        extra: exists(ctx, meta) ? meta : undefined,
      });
    }
  }
  // Prisma orders migration folders by name; Diesel by version string.
  if (det.key === 'prisma') out.sort((a, b) => byteCompare(a.id, b.id));
  else out.sort((a, b) => byteCompare(a.version, b.version) || byteCompare(a.id, b.id));
  return out;
}

/** golang-migrate and the tools with its naming (Authelia, maragudk/migrate): <version>_name.(up|down).sql pairs. */
function golangMigrateUnits(scan: Scan): Unit[] {
  const { ctx, det, files, dirs, skip, tool, nonSql, id } = scan;
  for (const d of dirs) skip(d, `sub-folder: ${tool} does not read it`);
  const ups = new Map<string, Unit>();
  const downs = new Map<string, string>();
  for (const f of files) {
    if (!SQL_RE.test(f.name)) {
      nonSql(f);
      continue;
    }
    let key: string | undefined;
    let dir: 'up' | 'down' | undefined;
    let version = '';
    let name = '';
    if (det.key === 'authelia') {
      const m = AUTHELIA_RE.exec(f.name);
      if (m) (key = m[1]!.replace(/^0+(?=\d)/, '')), (dir = m[3] as 'up' | 'down'), (version = m[1]!), (name = m[2]!);
    } else if (det.key === 'maragudk') {
      // maragudk/migrate's own patterns, unescaped dot included: `x_up.sql` matches as well.
      const u = /^([\w-]+).up\.sql$/.exec(f.name);
      const dn = /^([\w-]+).down\.sql/.exec(f.name);
      const m = u ?? dn;
      if (m) {
        key = m[1]!;
        dir = u ? 'up' : 'down';
        ({ version, name } = splitVersionName(m[1]!));
      }
    } else {
      const m = GOLANG_RE.exec(f.name);
      if (m) (key = m[1]!.replace(/^0+(?=\d)/, '')), (dir = m[3] as 'up' | 'down'), (version = m[1]!), (name = m[2]!);
    }
    if (!key || !dir) {
      skip(f, `name does not match ${tool}'s pattern: not run`);
      continue;
    }
    if (dir === 'down') {
      downs.set(key, f.abs);
      continue;
    }
    if (ups.has(key)) {
      skip(f, `second up file for version ${version}: ${tool} refuses duplicate versions`);
      continue;
    }
    const stem = f.name.replace(/[._]up\.sql$/i, '');
    ups.set(key, { id: id(stem), version, name, up: f.abs });
  }
  for (const [key, abs] of downs) {
    const u = ups.get(key);
    if (u) u.down = abs;
    else ctx.skipped.push({ path: rel(ctx, abs), reason: 'down migration without a matching up migration' });
  }
  const list = [...ups.values()];
  if (det.key === 'maragudk') list.sort((a, b) => byteCompare(path.basename(a.up), path.basename(b.up)));
  else list.sort((a, b) => numericCompare(a.version, b.version));
  return list;
}

/** dbmate: <version>_name.sql, up and down sections in one file. */
function dbmateUnits(scan: Scan): Unit[] {
  const { files, dirs, skip, nonSql, id } = scan;
  const out: Unit[] = [];
  for (const d of dirs) skip(d, `sub-folder: dbmate does not read it`);
  for (const f of files) {
    if (!SQL_RE.test(f.name)) nonSql(f);
    else if (!/^\d+.*\.sql$/.test(f.name)) skip(f, 'name does not start with a version number: dbmate does not run it');
    else out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
  }
  return out.sort((a, b) => byteCompare(path.basename(a.up), path.basename(b.up)));
}

/** Flyway: V/U/R scripts found recursively, with their .sql.conf files. */
function flywayUnits(scan: Scan): Unit[] {
  const { ctx, dirAbs, entries, skip, id } = scan;
  // Flyway scans its locations recursively.
  const versioned: Unit[] = [];
  const repeatable: Unit[] = [];
  const undo = new Map<string, string>();
  const confs = new Set<string>();
  const walk = (d: string, es: Entry[], prefix: string) => {
    for (const e of es) {
      if (e.dir) {
        if (!e.name.startsWith('.')) walk(e.abs, list(ctx, e.abs), prefix + e.name + '/');
        continue;
      }
      if (/\.sql\.conf$/i.test(e.name)) {
        confs.add(e.abs);
        continue;
      }
      const v = /^V(\d+(?:[._]\d+)*)__(.+)\.sql$/.exec(e.name);
      const u = /^U(\d+(?:[._]\d+)*)__(.+)\.sql$/.exec(e.name);
      const r = /^R__(.+)\.sql$/.exec(e.name);
      if (v) versioned.push({ id: id(prefix + stripSql(e.name)), version: v[1]!, name: v[2]!, up: e.abs });
      else if (u) undo.set(u[1]!, e.abs);
      else if (r) repeatable.push({ id: id(prefix + stripSql(e.name)), version: '', name: r[1]!, up: e.abs, repeatable: true });
      else if (SQL_RE.test(e.name)) skip(e, 'name does not match V<version>__name.sql, U<version>__name.sql or R__name.sql: Flyway does not run it');
      else skip(e, 'not a .sql file: Flyway does not run it');
    }
    void d;
  };
  walk(dirAbs, entries, '');
  for (const [ver, abs] of undo) {
    const v = versioned.find((x) => flywayVersionCompare(x.version, ver) === 0);
    if (v) v.down = abs;
    else ctx.skipped.push({ path: rel(ctx, abs), reason: 'undo migration without a matching versioned migration' });
  }
  for (const u of [...versioned, ...repeatable]) if (confs.has(u.up + '.conf')) u.extra = u.up + '.conf';
  for (const c of confs) if (![...versioned, ...repeatable].some((u) => u.extra === c)) ctx.skipped.push({ path: rel(ctx, c), reason: 'script config file without its script' });
  versioned.sort((a, b) => flywayVersionCompare(a.version, b.version));
  // Repeatables run after all versioned migrations, ordered by description.
  repeatable.sort((a, b) => byteCompare(a.name, b.name));
  return [...versioned, ...repeatable];
}

/** drizzle-kit: the order of meta/_journal.json, else file names. */
function drizzleUnits(scan: Scan): Unit[] {
  const { ctx, dirAbs, files, dirs, skip, nonSql, id } = scan;
  const out: Unit[] = [];
  for (const d of dirs) if (d.name !== 'meta') skip(d, 'sub-folder: drizzle-kit does not read it');
  const sqlFiles = files.filter((f) => SQL_RE.test(f.name));
  for (const f of files) if (!SQL_RE.test(f.name)) nonSql(f);
  const journalPath = path.join(dirAbs, 'meta', '_journal.json');
  let tags: string[] | undefined;
  if (fs.existsSync(journalPath)) {
    try {
      const j = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries?: { idx?: number; tag?: string }[] };
      tags = (j.entries ?? []).slice().sort((a, b) => (a.idx ?? 0) - (b.idx ?? 0)).map((e) => String(e.tag));
    } catch (e) {
      ctx.warnings.push({ path: rel(ctx, journalPath), kind: 'layout', message: `meta/_journal.json is not valid JSON (${(e as Error).message}): ordering by file name instead` });
    }
  }
  if (tags) {
    const byStem = new Map(sqlFiles.map((f) => [stripSql(f.name), f]));
    for (const t of tags) {
      const f = byStem.get(t);
      if (!f) {
        ctx.warnings.push({ path: rel(ctx, journalPath), kind: 'layout', message: `journal entry "${t}" has no ${t}.sql: drizzle-kit migrate will fail` });
        continue;
      }
      byStem.delete(t);
      out.push({ id: id(t), ...splitVersionName(t), up: f.abs });
    }
    for (const f of byStem.values()) skip(f, 'not listed in meta/_journal.json: drizzle-kit migrate does not run it');
    return out;
  }
  for (const f of sqlFiles) out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
  return out.sort((a, b) => naturalCompare(path.basename(a.up), path.basename(b.up)));
}

/** postgres-migrations: <integer id>_name.sql in id order. */
function postgresMigrationsUnits(scan: Scan): Unit[] {
  const { files, dirs, skip, nonSql, id } = scan;
  const out: Unit[] = [];
  for (const d of dirs) skip(d, 'sub-folder: postgres-migrations does not read it');
  for (const f of files) {
    const m = PGM_RE.exec(f.name);
    if (!m) {
      if (SQL_RE.test(f.name)) skip(f, 'name does not start with an integer id: postgres-migrations rejects it');
      else nonSql(f);
    } else if (m[3]!.toLowerCase() === 'js') skip(f, 'JavaScript migration: its SQL is generated at run time and not reviewed');
    else out.push({ id: id(stripSql(f.name)), version: m[1]!, name: m[2] || f.name, up: f.abs });
  }
  return out.sort((a, b) => Number(a.version) - Number(b.version) || byteCompare(a.id, b.id));
}

/** ory/popx: per version and direction the .postgres. file if present, else the dialect-less one. */
function popxUnits(scan: Scan): Unit[] {
  const { files, dirs, skip, nonSql, id } = scan;
  const out: Unit[] = [];
  // Per version and direction popx runs the file for its dialect (.postgres.) when there is one,
  // else the dialect-less one; files for other dialects never run on PostgreSQL.
  for (const d of dirs) skip(d, 'sub-folder: popx reads one folder');
  type PopxFile = { e: Entry; version: string; name: string; dialect: string; autocommit: boolean; dir: 'up' | 'down' };
  const byKey = new Map<string, PopxFile[]>();
  for (const f of files) {
    const m = POPX_RE.exec(f.name);
    if (!m) {
      if (SQL_RE.test(f.name)) skip(f, "name does not match popx's <version>_name[.dialect][.autocommit].(up|down).sql: popx does not run it");
      else nonSql(f);
      continue;
    }
    if (m[6] === 'fizz') {
      skip(f, 'fizz migration: popx translates it to SQL at run time; not reviewed');
      continue;
    }
    // `x.autocommit.up.sql` is dialect-less with autocommit (popx match_test.go), not dialect "autocommit".
    if (m[3] === '.autocommit' && !m[4]) [m[3], m[4]] = ['', '.autocommit'];
    const dialect = m[3] ? POPX_DIALECTS[m[3].slice(1)] : 'all';
    if (!dialect) {
      skip(f, `unsupported dialect "${m[3]!.slice(1)}": popx refuses the file`);
      continue;
    }
    const pf: PopxFile = { e: f, version: m[1]!, name: m[2]!, dialect, autocommit: m[4] === '.autocommit', dir: m[5] as 'up' | 'down' };
    const key = `${m[1]}\u0000${m[5]}`;
    byKey.set(key, [...(byKey.get(key) ?? []), pf]);
  }
  const chosen = new Map<string, { up?: PopxFile; down?: PopxFile }>();
  for (const group of byKey.values()) {
    const pick = group.find((g) => g.dialect === 'postgres') ?? group.find((g) => g.dialect === 'all');
    for (const g of group) {
      if (g === pick) continue;
      if (g.dialect === 'all') skip(g.e, `replaced by ${path.basename(pick!.e.name)}: popx runs the .postgres. file for this version on PostgreSQL`);
      else if (g.dialect === 'postgres') skip(g.e, 'second .postgres. file for the same version and direction: popx refuses it');
      else skip(g.e, `for ${g.dialect} only: popx does not run it on PostgreSQL`);
    }
    if (!pick) continue;
    const c = chosen.get(pick.version) ?? {};
    c[pick.dir] = pick;
    chosen.set(pick.version, c);
  }
  for (const [version, c] of chosen) {
    if (!c.up) {
      if (c.down) skip(c.down.e, 'down migration without an up migration for PostgreSQL');
      continue;
    }
    const stem = c.up.e.name.replace(/\.up\.sql$/, '');
    out.push({ id: id(stem), version, name: c.up.name, up: c.up.e.abs, down: c.down?.e.abs, autocommit: c.up.autocommit });
  }
  return out.sort((a, b) => numericCompare(a.version, b.version) || byteCompare(a.id, b.id));
}

/** The Supabase CLI: <timestamp>_name.sql at the top of supabase/migrations. */
function supabaseUnits(scan: Scan): Unit[] {
  const { files, dirs, skip, nonSql, id } = scan;
  const out: Unit[] = [];
  for (const d of dirs) skip(d, 'sub-folder: the Supabase CLI reads only the top of supabase/migrations');
  for (const f of files) {
    const m = SUPABASE_RE.exec(f.name);
    if (m) out.push({ id: id(stripSql(f.name)), version: m[1]!, name: m[2]!, up: f.abs });
    else if (SQL_RE.test(f.name)) skip(f, 'name does not match <timestamp>_name.sql: the Supabase CLI skips it');
    else nonSql(f);
  }
  return out.sort((a, b) => byteCompare(path.basename(a.up), path.basename(b.up)));
}

/** A plain folder of .sql files, in natural order of their names. */
function plainUnits(scan: Scan): Unit[] {
  const { files, dirs, skip, nonSql, id } = scan;
  const out: Unit[] = [];
  for (const d of dirs) skip(d, 'sub-folder: not read (plain layout reads one folder)');
  for (const f of files) {
    if (SQL_RE.test(f.name)) out.push({ id: id(stripSql(f.name)), ...splitVersionName(stripSql(f.name)), up: f.abs });
    else nonSql(f);
  }
  return out.sort((a, b) => naturalCompare(path.basename(a.up), path.basename(b.up)));
}

function source(ctx: Ctx, abs: string, r: FileRead): SqlSource {
  return { file: rel(ctx, abs), text: r.text, startLine: 1, startByte: 0, ...(r.bom ? { bom: true } : {}) };
}

/** Read the files of each unit and turn it into a migration draft (status comes later). */
export function buildHistory(ctx: Ctx, det: Detection, dirAbs: string, entries: Entry[], idPrefix: string, history?: string): Draft[] {
  const drafts: Draft[] = [];
  for (const u of units(ctx, det, dirAbs, entries, idPrefix)) {
    const problems: ReadProblem[] = [];
    const upRead = read(ctx, u.up);
    problems.push(...upRead.problems.map((p) => ({ ...p, direction: 'up' as const })));
    const files = [rel(ctx, u.up)];
    let up = source(ctx, u.up, upRead);
    let down: SqlSource | undefined;
    let dbmateOptions: string | undefined;
    if (det.key === 'dbmate' && upRead.problems.length === 0) {
      const s = splitDbmate(rel(ctx, u.up), upRead.text, upRead.bom);
      up = s.up;
      down = s.down;
      dbmateOptions = s.upOptions;
      problems.push(...s.problems.map((p) => ({ ...p, direction: 'up' as const })));
      if (isBlank(up.text.replace(/^--\s*migrate:up[^\n]*/, ''))) problems.push({ reason: 'empty', direction: 'up', line: up.startLine, message: 'the -- migrate:up section is empty' });
    } else if (upRead.problems.length === 0 && isBlank(upRead.text)) {
      problems.push({ reason: 'empty', direction: 'up', line: 1, message: upRead.bytes === 0 ? 'file is empty' : 'file holds only whitespace' });
    }
    if (u.down) {
      const dr = read(ctx, u.down);
      files.push(rel(ctx, u.down));
      down = source(ctx, u.down, dr);
      problems.push(...dr.problems.map((p) => ({ ...p, direction: 'down' as const })));
      if (dr.problems.length === 0 && isBlank(dr.text)) {
        problems.push({ reason: 'empty', direction: 'down', line: 1, message: 'down file is empty: rolling back does nothing' });
      }
    }
    let extraText: string | undefined;
    if (u.extra) {
      files.push(rel(ctx, u.extra));
      try {
        extraText = fs.readFileSync(u.extra, 'utf8');
      } catch {
        problems.push({ reason: 'unreadable', message: `cannot read ${path.basename(u.extra)}` });
      }
    }
    const tx = u.autocommit
      ? { transactional: false, mode: 'none' as const, note: 'ory/popx: a .autocommit. migration runs outside a transaction, each statement committing on its own' }
      : transactionFor(det.key, up.text, {
          dbmateOptions,
          dieselMetadata: det.key === 'diesel' ? extraText : undefined,
          flywayConf: det.key === 'flyway' ? extraText : undefined,
        });
    const migration: Omit<Migration, 'status'> = {
      id: u.id,
      version: u.version,
      name: u.name,
      path: rel(ctx, u.up),
      up,
      ...(down ? { down } : {}),
      transactional: tx.transactional,
      transactionMode: tx.mode,
      transactionNote: tx.note,
      ...('nonTransactionalApart' in tx && tx.nonTransactionalApart ? { nonTransactionalApart: true } : {}),
      ...(u.repeatable ? { repeatable: true } : {}),
      ...(history !== undefined ? { history } : {}),
      ...(problems.length ? { readProblems: problems } : {}),
    };
    drafts.push({ migration, files, upFile: rel(ctx, u.up), dbmate: det.key === 'dbmate' });
  }
  return drafts;
}

export { TX, layoutOfTx };
