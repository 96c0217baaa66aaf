// Stage "roles": the roles the migrations use but never create, made up on the review server
// (external-roles.ts) before the migrations that name them run, and again after an engine restart.
import type { ParsedSource } from '../../types.js';
import { createExternalRoles } from '../external-roles.js';
import { errorOf } from './errors.js';
import type { TraceRun } from './run.js';

/** The roles the migrations use but never create (external-roles.ts), as the superuser, recorded on the run. */
export async function createRoles(run: TraceRun, parsed: ParsedSource[], alsoIn?: string[], record = true): Promise<void> {
  if (run.stopped || !run.main.alive) return;
  try {
    await run.asSuperuser();
    const { created, failed } = await createExternalRoles(run.main, parsed, run.role, run.limit(30_000));
    if (record) run.externalRoles.push(...created);
    alsoIn?.push(...created);
    run.externalRolesFailed.push(...failed);
  } catch (e) {
    run.externalRolesFailed.push(`(${errorOf(e).message})`);
  }
  await run.asRole().catch((e) => run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`));
}
