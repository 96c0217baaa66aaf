// Stage "plan": before anything runs, decide per statement what is refused (screening), what runs as
// other SQL (allow-listed superuser extensions, platform stand-ins) and what is left out because it
// names a role that is a superuser only on the review engine.
import type { ParsedSource, Statement } from '../../types.js';
import { createScreenContext, screenStatement, type ScreenContext } from '../../analysis/screen.js';
import type { Plan, RefusedStatement, StandIn, StandInDef } from './types.js';

/**
 * Extensions that need a superuser (not `trusted` in their control file) and that pgreview creates
 * for a migration through presets' pgreview_admin.create_extension() — the same list is in that
 * function's body, which is what enforces it. Anything else that needs a superuser fails as the
 * migration role, as it would on a managed platform that does not offer it.
 */
export const SUPERUSER_EXTENSIONS = [
  'vector', 'pg_uuidv7', 'bloom', 'earthdistance', 'pg_stat_statements', 'postgis', 'postgis_topology', 'pg_graphql', 'pgjwt', 'pg_hashids', 'pgstattuple', 'pg_buffercache', 'amcheck',
  // Only presets/supabase.sql allows these (Supabase offers them to its non-superuser postgres role).
  'moddatetime', 'autoinc', 'insert_username', 'refint', 'pgrowlocks', 'pg_prewarm', 'postgres_fdw', 'dblink', 'pg_walinspect', 'pg_visibility',
  'pg_freespacemap', 'pageinspect', 'file_fdw', 'intagg', 'xml2', 'sslinfo', 'pg_surgery',
];

export interface PlanContext {
  /** Screen statements and refuse flagged ones. */
  screen: boolean;
  /** The migration role ('' when the migrations run as the superuser). */
  role: string;
  /** Roles that are superusers on the review engine. */
  superusers: Set<string>;
  /** Extensions whose versions need a superuser and are not trusted. */
  needsSuperuser: Set<string>;
  /** Extensions the engine has. */
  available: Set<string>;
  /** Platform extensions the preset can stand in for. */
  standIns: Map<string, StandInDef>;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function roleName(spec: any): string | undefined {
  const r = spec?.RoleSpec ?? spec;
  return r?.roletype === 'ROLESPEC_CSTRING' && typeof r.rolename === 'string' ? r.rolename : undefined;
}

/** The argument of a CREATE EXTENSION option (schema, new_version). */
function extensionOption(node: any, name: string): string | undefined {
  return (node.options ?? []).map((o: any) => o?.DefElem).find((d: any) => d?.defname === name)?.arg?.String?.sval as string | undefined;
}

/** Decide, in execution order, what runs, what is refused and what is rewritten. */
export function planStatements(parsed: ParsedSource[], opts: PlanContext, refused: RefusedStatement[]): Map<Statement, Plan> {
  const plans = new Map<Statement, Plan>();
  const screen = createScreenContext();
  // The engine's superusers as it was read before anything ran, and those the base history makes
  // (it ran in production, and is replayed with superuser fallback): a run from a cached base reads
  // them from the engine, and a fresh one must plan the same.
  const planning = { ...opts, superusers: new Set(opts.superusers) };
  for (const p of parsed) {
    for (const st of p.statements) {
      const plan = planStatement(p, st, planning, screen, refused);
      if (plan.skip || plan.sql) plans.set(st, plan);
      if (p.migration.status === 'base') followSuperuser(st, planning.superusers);
    }
  }
  return plans;
}

/** CREATE ROLE … SUPERUSER adds the role, ALTER ROLE … [NO]SUPERUSER adds or removes it, DROP ROLE removes it. */
function followSuperuser(st: Statement, superusers: Set<string>): void {
  const n = st.node;
  if (st.kind === 'DropRoleStmt') {
    for (const r of n?.roles ?? []) superusers.delete(roleName(r) ?? '');
    return;
  }
  const name = st.kind === 'CreateRoleStmt' ? n?.role : st.kind === 'AlterRoleStmt' ? roleName(n?.role) : undefined;
  if (typeof name !== 'string') return;
  const option = (n.options ?? []).map((o: any) => o?.DefElem).find((d: any) => d?.defname === 'superuser');
  if (!option) return;
  const on = option.arg?.Boolean?.boolval === true || option.arg?.Integer?.ival === 1;
  if (on) superusers.add(name);
  else superusers.delete(name);
}

/** One statement's plan; a refusal is also recorded in `refused`. */
export function planStatement(p: ParsedSource, st: Statement, opts: PlanContext, screen: ScreenContext, refused: RefusedStatement[]): Plan {
  const plan: Plan = {};
  if (opts.screen) {
    const hits = screenStatement(st, screen).filter((h) => h.refuse);
    if (hits.length) {
      refused.push({ migrationId: p.migration.id, file: p.source.file, line: st.span.line, status: p.migration.status, hits });
      return { skip: `not executed: ${[...new Set(hits.map((h) => h.capability))].join(', ')} (${hits.map((h) => h.detail).join('; ')})` };
    }
  }
  const standIn = st.kind === 'CreateExtensionStmt' ? opts.standIns.get(String(st.node?.extname ?? '')) : undefined;
  if (standIn && !opts.available.has(standIn.name)) return standInPlan(p, st, standIn);
  if (opts.role) return asRolePlan(p, st, opts);
  return plan;
}

/** The engine lacks this platform extension: the preset's stand-in creates the same objects. */
function standInPlan(p: ParsedSource, st: Statement, standIn: StandInDef): Plan {
  const n = st.node ?? {};
  const schema = extensionOption(n, 'schema');
  return {
    sql: `select pgreview_admin.create_standin_extension(${lit(standIn.name)}, ${schema ? lit(schema) : 'null'}, ${n.if_not_exists ? 'true' : 'false'})`,
    standIn: { extension: standIn.name, schema: schema ?? standIn.default_schema, schemas: standIn.schemas, file: p.source.file, line: st.span.line, differs: standIn.differs },
  };
}

/** A stand-in as the review's notes say it. */
export function standInNote(s: StandIn): string {
  return `${s.extension} (${s.file}:${s.line}) is a pgreview stand-in, not the real extension: ${s.differs}`;
}

/**
 * As the migration role: allow-listed superuser extensions go through pgreview_admin, and what hands
 * objects or default privileges to a superuser is left out.
 */
function asRolePlan(p: ParsedSource, st: Statement, opts: PlanContext): Plan {
  const n = st.node ?? {};
  // The migration role stands in for the platform's owner role, which is a superuser only here
  // (PGlite and initdb name their superuser postgres; Supabase's and Neon's postgres is not one).
  const skip = (who: string) => ({
    skip: `not executed: ${who} is a superuser on the review engine (on a managed platform it is not); the objects stay owned by ${opts.role}, which stands in for it`,
  });
  if (st.kind === 'CreateExtensionStmt') {
    const ext = String(n.extname ?? '');
    if (!opts.needsSuperuser.has(ext) || !SUPERUSER_EXTENSIONS.includes(ext)) return {};
    const schema = extensionOption(n, 'schema');
    const version = extensionOption(n, 'new_version');
    return {
      sql: `select pgreview_admin.create_extension(${lit(ext)}, ${schema ? lit(schema) : 'current_schema()'}, ${version ? lit(version) : 'null'}, ${n.if_not_exists ? 'true' : 'false'})`,
      superuser: `CREATE EXTENSION ${ext} (${p.source.file}:${st.span.line}) ran as superuser: it is not a trusted extension and is on pgreview's allow-list`,
    };
  }
  if (st.kind === 'AlterOwnerStmt' && opts.superusers.has(roleName(n.newowner) ?? '')) return skip(`OWNER TO ${roleName(n.newowner)}: ${roleName(n.newowner)}`);
  const cmds = n.cmds ?? [];
  if (st.kind === 'AlterTableStmt' && cmds.length > 0 && cmds.every((c: any) => c?.AlterTableCmd?.subtype === 'AT_ChangeOwner' && opts.superusers.has(roleName(c.AlterTableCmd.newowner) ?? ''))) {
    const owner = roleName(cmds[0].AlterTableCmd.newowner);
    return skip(`OWNER TO ${owner}: ${owner}`);
  }
  if (st.kind === 'AlterDefaultPrivilegesStmt') {
    const roles = (n.options ?? [])
      .map((o: any) => o?.DefElem)
      .filter((d: any) => d?.defname === 'roles')
      .flatMap((d: any) => (d.arg?.List?.items ?? []).map(roleName));
    const sup = roles.find((r: string | undefined) => r && opts.superusers.has(r));
    // FOR ROLE postgres: the migration role creates the objects postgres creates on the platform, so
    // the defaults are its own (else the tables a later migration creates miss the platform's grants).
    const forRole = /\bfor\s+(?:role|user)\s+[\s\S]+?\s+(?=in\s+schema\b|grant\b|revoke\b)/i;
    if (sup && roles.every((r: string | undefined) => r && opts.superusers.has(r)) && forRole.test(st.sql)) {
      return { sql: st.sql.replace(forRole, `FOR ROLE ${opts.role} `) };
    }
    if (sup) return skip(`FOR ROLE ${sup}: ${sup}`);
  }
  return {};
}
