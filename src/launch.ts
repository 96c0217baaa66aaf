// Start the real entry (the CLI or the action) in a child Node with --liftoff-only.
// Why: Node 24's V8 recompiles the parser's and PGlite's WASM with its optimising tier, which costs
// about 2 s of CPU and 1 GB of memory per run; Liftoff alone is plenty for parsing and small
// databases (measured: 2.9 s → 0.9 s and 1.18 GB → 117 MB for a static review). V8 ignores the flag
// when set from inside a running process, and refuses it in NODE_OPTIONS, hence the child.
// PGREVIEW_NO_LIFTOFF=1 runs the entry in this process instead.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export async function launch(entryUrl: URL, args: string[]): Promise<void> {
  if (process.env.PGREVIEW_NO_LIFTOFF === '1' || process.execArgv.includes('--liftoff-only')) {
    await import(entryUrl.href);
    return;
  }
  const child = spawn(process.execPath, ['--liftoff-only', ...process.execArgv, fileURLToPath(entryUrl), ...args], {
    stdio: 'inherit',
  });
  // The child owns the engines: let it clean up on Ctrl-C or a job cancel, then exit with it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  await new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      process.exitCode = code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1);
      resolve();
    });
    child.on('error', (e) => {
      process.stderr.write(`pgreview: could not start Node with --liftoff-only (${e.message}); set PGREVIEW_NO_LIFTOFF=1 to run in-process\n`);
      process.exitCode = 2;
      resolve();
    });
  });
}
