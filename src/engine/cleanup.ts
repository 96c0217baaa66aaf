// Engines own temp dirs and processes: these must go away on normal exit, on errors and on Ctrl-C.
// Each engine registers a synchronous last-resort cleanup; stop() unregisters it after a clean shutdown.

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
let installed = false;

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

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  // Re-raise so the default behaviour (exit with 128+n) happens unless someone else handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runAll);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Register a synchronous cleanup; returns the function that unregisters it. */
export function registerCleanup(fn: Cleanup): () => void {
  install();
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
  };
}
