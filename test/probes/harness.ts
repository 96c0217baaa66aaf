// Runs probes the way the live review (src/live/review.ts) does (migrations traced as the migration role with the afterBase
// hook, then the probes as the probe role), on a reused engine that is reset between cases: the
// public schema is recreated and the preset re-run.
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { inlineSet, inlineSettings, type InlineMigration } from '../../src/analysis/inline.js';
import { parseMigrations, type StaticResult } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced, MIGRATOR_ROLE, type TraceResult } from '../../src/live/trace.js';
import { ProbeSession } from '../../src/live/probe-role.js';
import { afterFirstApply, readEngineGaps } from '../../src/live/gaps.js';
import { prepareProbes, runProbes, probes as registered, type Probe, type ProbeInput } from '../../src/live/probes.js';
import type { LayoutId, ProbeResult, Settings, Finding } from '../../src/types.js';

export const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine({ prepare: presetPrepare('supabase') })]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine({ prepare: presetPrepare('supabase') })]);

export interface Case {
  base?: (string | InlineMigration)[];
  changed: (string | InlineMigration)[];
  settings?: Partial<Settings>;
  layout?: LayoutId;
  probes?: Probe[];
}

export interface CaseResult {
  results: ProbeResult[];
  findings: Omit<Finding, 'fingerprint'>[];
  trace: TraceResult;
  input: ProbeInput;
}

export class Harness {
  db!: Database;
  session!: ProbeSession;
  private dirty = false;
  constructor(private readonly engine: Engine) {}

  async start(): Promise<this> {
    await loadParser();
    this.db = await this.engine.start();
    this.session = await ProbeSession.open(this.engine, this.db, MIGRATOR_ROLE);
    return this;
  }

  async stop(): Promise<void> {
    await this.session?.close();
    return this.engine.stop();
  }

  /** Back to the prepared state: public recreated, the preset re-applied (it is idempotent), no users, no storage policies or files. */
  async reset(): Promise<void> {
    if (!this.dirty) return;
    // storage lives outside public: the policies and files a case added go too.
    await this.db.exec(`drop schema public cascade; create schema public; delete from auth.users;
      do $$ declare p record; begin
        for p in select policyname, tablename from pg_policies where schemaname = 'storage' loop
          execute format('drop policy %I on storage.%I', p.policyname, p.tablename);
        end loop;
      end $$;
      delete from storage.objects; delete from storage.buckets;`);
    await this.db.exec(presetPrepare('supabase').sql);
    this.dirty = false;
  }

  async run(c: Case): Promise<CaseResult> {
    await this.reset();
    this.dirty = true;
    const settings = inlineSettings({ engine: 'pglite', ...c.settings });
    const set = inlineSet({ base: c.base, changed: c.changed, layout: c.layout });
    const sources = parseMigrations(set);
    const staticResult = { findings: [], suppressed: [], sources, models: new Map(), reviewed: [], exposedSchemas: settings.exposedSchemas ?? ['public'], supabase: true } as unknown as StaticResult;
    const list = c.probes ?? registered;
    const base = { settings, set, sources, staticResult, preset: 'supabase' as const, history: '', gaps: await readEngineGaps(this.db, sources) };
    let prepared: Record<string, unknown> | undefined;
    const asRole = this.engine.connectAs ? await this.engine.connectAs(MIGRATOR_ROLE) : undefined;
    try {
      const trace = await applyTraced(this.db, sources.filter((s) => s.direction === 'up'), {
        statementTimeoutMs: 30_000,
        totalTimeoutMs: 120_000,
        runAs: { role: MIGRATOR_ROLE, db: asRole },
        afterBase: async (db) => void (prepared = await this.session.run(db, (pdb) => prepareProbes({ ...base, db: pdb }, list))),
      });
      return await this.session.run(this.db, async (pdb) => {
        const input: ProbeInput = { ...base, db: pdb, trace, prepared, gaps: afterFirstApply(base.gaps, trace) };
        const out = await runProbes(input, list);
        return { results: out.results, findings: out.findings, trace, input };
      });
    } finally {
      await asRole?.close();
    }
  }
}
