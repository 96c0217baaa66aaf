// Engines own temp dirs, processes and containers: these must go away on normal exit, on errors and
// on Ctrl-C or a cancelled job. Each engine registers a synchronous last-resort cleanup; stop()
// unregisters it after a clean shutdown.
//
// An interrupted review must never look like a finished one: on SIGINT/SIGTERM/SIGHUP the cleanups
// run and the process exits at once with 128 + the signal's number, so no report, comment or exit 0
// can follow. We always exit ourselves rather than re-raising only when no one else listens: other
// libraries listen too (testcontainers' lock file pulls in signal-exit, which stays out of the way
// when another listener exists), so "someone else handles it" meant nobody stopped the run.

import { constants } from 'node:os';

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
let exitHooked = false;
let signalsHooked = false;
let exiting = false;
/** Set when the CLI or the action installed the handlers: then every interrupt is announced. */
let announce = false;

export const HANDLED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function runAll(): void {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      fn();
    } catch {
      // best effort: keep cleaning the rest
    }
  }
}

/** 128 + the signal number: what a shell reports for a process ended by that signal (130 for SIGINT). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 15);
}

function onSignal(signal: NodeJS.Signals): void {
  if (exiting) return; // the launcher forwards the terminal's Ctrl-C a second time
  exiting = true;
  if (announce || cleanups.size > 0) process.stderr.write(`pgreview: interrupted by ${signal}; ${cleanups.size > 0 ? 'removing the live engine; ' : ''}no report is written\n`);
  runAll();
  process.exit(signalExitCode(signal));
}

/**
 * Install the signal handlers. The CLI and the action call this first thing, so an interrupt at any
 * moment (before, during or after an engine starts) ends the run without a report.
 */
export function installSignalHandlers(opts: { announce?: boolean } = { announce: true }): void {
  if (opts.announce) announce = true;
  if (signalsHooked) return;
  signalsHooked = true;
  for (const s of HANDLED_SIGNALS) process.on(s, onSignal);
}

/** Register a synchronous cleanup; returns the function that unregisters it. */
export function registerCleanup(fn: Cleanup): () => void {
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', runAll);
  }
  // An engine used as a library (tests, embedders) is still removed on Ctrl-C.
  installSignalHandlers({ announce: false });
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
  };
}
