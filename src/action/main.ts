// The bundled action (dist/action.js), started by dist/index.js (src/action/index.ts).
import * as core from '@actions/core';
import { run } from './run.js';
import { installSignalHandlers } from '../engines/cleanup.js';
import { flushRequestLog } from '../github/octokit.js';
import { logUntrusted } from '../github/workflow-commands.js';

// A cancelled job (SIGINT, then SIGTERM) removes the engine and ends the step without a report,
// comment or status (see cleanup.ts).
installSignalHandlers();

/** The GitHub API requests of a failed run, folded, for whoever debugs it (quiet on a good run). */
function showRequestLog(): void {
  const lines = flushRequestLog();
  if (!lines.length) return;
  core.startGroup(`GitHub API requests (${lines.length})`);
  logUntrusted(lines.join('\n'));
  core.endGroup();
}

run()
  .then((outcome) => {
    if (outcome.failed) showRequestLog();
  })
  .catch((e: unknown) => {
    showRequestLog();
    core.setFailed(`pgreview: ${(e as Error)?.message ?? e}`);
  })
  .finally(() => {
    // An engine that leaves a handle open (a container, a worker) must not hang the job; unref'd,
    // so a clean run exits at once.
    setTimeout(() => process.exit(), 10_000).unref();
  });
