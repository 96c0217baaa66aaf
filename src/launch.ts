// Start the real entry (the CLI or the action) in a child Node with --liftoff-only.
// Why: Node 24's V8 recompiles the parser's and PGlite's WASM with its optimising tier, which costs
// about 2 s of CPU and 1 GB of memory per run; Liftoff alone is plenty for parsing and small
// databases (measured: 2.9 s → 0.9 s and 1.18 GB → 117 MB for a static review). V8 ignores the flag
// when set from inside a running process, and refuses it in NODE_OPTIONS, hence the child.
// PGREVIEW_NO_LIFTOFF=1 runs the entry in this process instead.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:os';

export async function launch(entryUrl: URL, args: string[]): Promise<void> {
  if (process.env.PGREVIEW_NO_LIFTOFF === '1' || process.execArgv.includes('--liftoff-only')) {
    await import(entryUrl.href);
    return;
  }
  const child = spawn(process.execPath, ['--liftoff-only', ...process.execArgv, fileURLToPath(entryUrl), ...args], {
    stdio: 'inherit',
  });
  // The child owns the engines: let it clean up on Ctrl-C or a job cancel, then exit with it. A
  // terminal's Ctrl-C reaches both processes; the child ignores the repeat.
  const forwarded = new Set<NodeJS.Signals>();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      forwarded.add(signal);
      child.kill(signal);
    });
  }
  await new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      if (signal) {
        // Killed before it could exit on its own (SIGKILL, the OOM killer, a signal it does not
        // handle): say so, and exit the way a shell reports that signal.
        if (!forwarded.has(signal)) process.stderr.write(`pgreview: the review process was killed by ${signal}; no report was written\n`);
        process.exitCode = 128 + (constants.signals[signal] ?? 0);
      } else process.exitCode = code ?? 1;
      resolve();
    });
    child.on('error', (e) => {
      process.stderr.write(`pgreview: could not start Node with --liftoff-only (${e.message}); set PGREVIEW_NO_LIFTOFF=1 to run in-process\n`);
      process.exitCode = 2;
      resolve();
    });
  });
}
