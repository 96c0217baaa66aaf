// A trigger that fails only because of the review engine is not the pull request's failure: an error
// that follows from an extension the engine lacks is not verified, and a call that a platform
// extension's stand-in does not accept (pgreview's pgmq has the usual signatures, not all of them) is
// a could-not-verify finding at medium, never a critical one. A trigger's own error stays critical.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triggerProbe } from '../../src/live/probes/trigger.js';
import { engines, Harness } from './harness.js';

const JOBS = `CREATE TABLE public.jobs (id bigint PRIMARY KEY, path text NOT NULL);`;
/** grida's 20250503 trigger: pgmq.send takes jsonb, json_build_object gives json. */
const enqueue = (body: string) => `CREATE FUNCTION public.enqueue_job() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${body}
  RETURN NEW;
END;
$$;
CREATE TRIGGER enqueue_on_insert AFTER INSERT ON public.jobs FOR EACH ROW EXECUTE FUNCTION public.enqueue_job();`;

describe.each(engines)('triggers that fail only on the review engine, and guards, on %s', (name, make) => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
  });
  afterAll(() => h.stop());

  it("a call pgmq's stand-in does not accept is a medium could-not-verify finding, not a critical failure", async () => {
    const r = await h.run({
      base: [`CREATE EXTENSION IF NOT EXISTS pgmq;\nSELECT pgmq.create('jobs');\n${JOBS}`],
      changed: [enqueue(`PERFORM pgmq.send(queue_name := 'jobs', msg := json_build_object('id', NEW.id));`)],
      probes: [triggerProbe],
    });
    expect(r.trace.standIns).toEqual([expect.objectContaining({ extension: 'pgmq', schema: 'pgmq', schemas: ['pgmq'], line: 1 })]);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.object])).toEqual([['trigger-failed', 'medium', 'public.jobs.enqueue_on_insert']]);
    expect(r.findings[0]!.title).toMatch(/could not be verified: it calls pgmq in a form pgreview's stand-in does not accept/);
    expect(r.findings[0]!.message).toMatch(/function pgmq\.send\(queue_name => unknown, msg => json\) does not exist/);
    expect(r.findings[0]!.evidence).toMatchObject({ couldNotVerify: true, standIn: 'pgmq' });
  });

  it("a stand-in without a schema of its own (pgjwt, in extensions beside the user's objects): a call it does not accept is not the trigger's failure", async () => {
    const r = await h.run({
      base: [`CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;\nCREATE EXTENSION IF NOT EXISTS pgjwt WITH SCHEMA extensions;\n${JOBS}`],
      changed: [enqueue(`PERFORM extensions.sign(NEW.id);`)],
      probes: [triggerProbe],
    });
    expect(r.trace.standIns).toEqual([expect.objectContaining({ extension: 'pgjwt', schema: 'extensions', schemas: [], file: '0001_base.sql', line: 2 })]);
    // sign is a name pgjwt defines (extension-objects.ts), and the engine lacks the real pgjwt: not verified.
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.notProbed).toEqual([expect.stringMatching(/enqueue_on_insert: not verified: function extensions\.sign\(bigint\) does not exist: the "pgjwt" extension is not available/)]);
  });

  it('the same trigger with jsonb runs on the stand-in; one calling a function that exists nowhere is still critical', async () => {
    const ok = await h.run({
      base: [`CREATE EXTENSION IF NOT EXISTS pgmq;\nSELECT pgmq.create('jobs');\n${JOBS}`],
      changed: [enqueue(`PERFORM pgmq.send(queue_name := 'jobs', msg := jsonb_build_object('id', NEW.id));`)],
      probes: [triggerProbe],
    });
    expect(ok.findings).toEqual([]);
    expect(ok.results[0]!.status).toBe('passed');
    const bad = await h.run({ base: [JOBS], changed: [enqueue(`PERFORM public.no_such_function(NEW.id);`)], probes: [triggerProbe] });
    expect(bad.findings.map((f) => [f.ruleId, f.severity])).toEqual([['trigger-failed', 'critical']]);
    expect(bad.results[0]!.status).toBe('failed');
  });

  it('a trigger that reads a custom setting the writing session sets (app.user_id) is a medium could-not-verify finding; read with missing_ok, none; a setting that exists nowhere is still critical', async () => {
    const stamp = (read: string) => `ALTER TABLE public.jobs ADD COLUMN created_by text;
CREATE FUNCTION public.stamp_job() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_by := ${read};
  RETURN NEW;
END;
$$;
CREATE TRIGGER stamp_on_insert BEFORE INSERT ON public.jobs FOR EACH ROW EXECUTE FUNCTION public.stamp_job();`;
    const session = await h.run({ base: [JOBS], changed: [stamp(`current_setting('app.user_id')`)], probes: [triggerProbe] });
    expect(session.findings.map((f) => [f.ruleId, f.severity, f.object])).toEqual([['trigger-failed', 'medium', 'public.jobs.stamp_on_insert']]);
    expect(session.findings[0]!.title).toBe('Trigger stamp_on_insert on public.jobs fails unless the writing session sets app.user_id');
    expect(session.findings[0]!.evidence).toMatchObject({ couldNotVerify: true, sessionSettings: ['app.user_id'] });
    const missingOk = await h.run({ base: [JOBS], changed: [stamp(`current_setting('app.user_id', true)`)], probes: [triggerProbe] });
    expect(missingOk.findings).toEqual([]);
    // Not a custom (dotted) name: no session can set it, every insert fails.
    const nowhere = await h.run({ base: [JOBS], changed: [stamp(`current_setting('no_such_setting')`)], probes: [triggerProbe] });
    expect(nowhere.findings.map((f) => [f.ruleId, f.severity])).toEqual([['trigger-failed', 'critical']]);
    // A request.* name PostgREST does not set is unset in every API request too.
    const legacy = await h.run({ base: [JOBS], changed: [stamp(`current_setting('request.jwt.claim.email')`)], probes: [triggerProbe] });
    expect(legacy.findings.map((f) => [f.ruleId, f.severity])).toEqual([['trigger-failed', 'critical']]);
  });

  it.runIf(name === 'local')('a trigger that needs an extension the engine lacks (pgvector on PostgreSQL 15 here) is not verified: no finding, the probe partial', async () => {
    const r = await h.run({
      base: [JOBS],
      changed: [`CREATE EXTENSION IF NOT EXISTS vector;\n${enqueue(`PERFORM vector_dims('[1,2,3]'::vector);`)}`],
      probes: [triggerProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.status).toBe('partial');
    expect(r.results[0]!.notProbed!.join('\n')).toMatch(/public\.jobs\.enqueue_on_insert: not verified: .*vector/);
  });

  /** supabase/storage's 0055-prevent-direct-deletes, on a table of the PR's own. */
  const guard = (body: string, event: string) => `CREATE FUNCTION public.protect_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${body}
  RETURN NULL;
END;
$$;
CREATE TRIGGER protect_jobs BEFORE ${event} ON public.jobs FOR EACH STATEMENT EXECUTE FUNCTION public.protect_jobs();`;

  it('a guard refusing a write with its own RAISE is doing its job: no finding, the refusal said in the details', async () => {
    const r = await h.run({
      base: [JOBS],
      changed: [guard(`IF coalesce(current_setting('app.allow_delete', true), 'false') <> 'true' THEN
    RAISE EXCEPTION 'Direct deletion is not allowed. Use the API instead.' USING ERRCODE = '42501';
  END IF;`, 'DELETE')],
      probes: [triggerProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.status).toBe('passed');
    expect(r.results[0]!.details!.join('\n')).toMatch(/public\.jobs\.protect_jobs: DELETE refused by the trigger's own RAISE: Direct deletion is not allowed\. Use the API instead\..*a guard/);
  });

  it('a guard on INSERT too (the probe row is refused by the RAISE, not by a constraint)', async () => {
    const r = await h.run({ base: [JOBS], changed: [guard(`RAISE EXCEPTION 'jobs are created by the scheduler only';`, 'INSERT')], probes: [triggerProbe] });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/public\.jobs\.protect_jobs: INSERT refused by the trigger's own RAISE: jobs are created by the scheduler only/);
  });

  it("an error Postgres raises inside the trigger (not a RAISE) is still the trigger's failure", async () => {
    const r = await h.run({ base: [JOBS], changed: [guard(`PERFORM 1 / 0;`, 'DELETE')], probes: [triggerProbe] });
    expect(r.findings.map((f) => [f.ruleId, f.object])).toEqual([['trigger-failed', 'public.jobs.protect_jobs']]);
    expect(r.findings[0]!.message).toMatch(/DELETE failed: division by zero/);
  });

  it('a RAISE in an EXCEPTION handler passes a caught error on: the trigger fails, it is no guard (critical when the caught error hits every write)', async () => {
    const r = await h.run({
      base: [JOBS],
      changed: [guard(`BEGIN
    INSERT INTO public.no_such_audit (job) VALUES (1);
  EXCEPTION WHEN others THEN
    RAISE EXCEPTION 'could not audit the delete: %', SQLERRM;
  END;`, 'DELETE')],
      probes: [triggerProbe],
    });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.object])).toEqual([['trigger-failed', 'critical', 'public.jobs.protect_jobs']]);
    expect(r.findings[0]!.message).toMatch(/DELETE failed: could not audit the delete: relation "public\.no_such_audit" does not exist/);
    expect(r.results[0]!.details!.join('\n')).not.toMatch(/refused by the trigger's own RAISE/);
  });

  it('a re-raise of a row-dependent error (a check of another table) is a failure too; a bare RAISE keeps the caught error itself', async () => {
    const audit = `CREATE TABLE public.audit (n int CHECK (n < 0));`;
    const wrapped = await h.run({
      base: [JOBS, audit],
      changed: [guard(`INSERT INTO public.audit VALUES (1);
EXCEPTION WHEN check_violation THEN
  RAISE EXCEPTION 'audit refused: %', SQLERRM;`, 'DELETE')],
      probes: [triggerProbe],
    });
    expect(wrapped.findings.map((f) => [f.ruleId, f.severity])).toEqual([['trigger-failed', 'high']]);
    expect(wrapped.findings[0]!.message).toMatch(/DELETE failed: audit refused: new row for relation "audit" violates check constraint/);
    const bare = await h.run({
      base: [JOBS, audit],
      changed: [guard(`INSERT INTO public.audit VALUES (1);
EXCEPTION WHEN others THEN
  RAISE;`, 'DELETE')],
      probes: [triggerProbe],
    });
    expect(bare.findings.map((f) => [f.ruleId, f.severity])).toEqual([['trigger-failed', 'high']]);
    expect(bare.findings[0]!.message).toMatch(/DELETE failed: new row for relation "audit" violates check constraint/);
  });

  it('a guard RAISE after a block whose handler swallowed an error is still a guard', async () => {
    const r = await h.run({
      base: [JOBS],
      changed: [guard(`BEGIN
    PERFORM 1 / 0;
  EXCEPTION WHEN division_by_zero THEN
    NULL;
  END;
  RAISE EXCEPTION 'jobs are deleted by the scheduler only';`, 'DELETE')],
      probes: [triggerProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/DELETE refused by the trigger's own RAISE: jobs are deleted by the scheduler only/);
  });

  it("supabase/storage's 0055-prevent-direct-deletes as it is in the corpus: both guards refuse on purpose, no finding", async () => {
    const file = readFileSync(new URL('../../../shared/corpus/supabase__storage/tenant/0055-prevent-direct-deletes.sql', import.meta.url), 'utf8');
    const r = await h.run({ changed: [file], probes: [triggerProbe] });
    expect(r.findings).toEqual([]);
    const details = r.results[0]!.details!.join('\n');
    expect(details).toMatch(/storage\.buckets\.protect_buckets_delete: DELETE refused by the trigger's own RAISE: Direct deletion from storage tables is not allowed/);
    expect(details).toMatch(/storage\.objects\.protect_objects_delete: DELETE refused by the trigger's own RAISE/);
  });
});
