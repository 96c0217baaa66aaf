// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));

// src/launch.ts
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { constants } from "node:os";
async function launch(entryUrl, args) {
  if (process.env.PGREVIEW_NO_LIFTOFF === "1" || process.execArgv.includes("--liftoff-only")) {
    await import(entryUrl.href);
    return;
  }
  const child = spawn(process.execPath, ["--liftoff-only", ...process.execArgv, fileURLToPath(entryUrl), ...args], {
    stdio: "inherit"
  });
  const forwarded = /* @__PURE__ */ new Set();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      forwarded.add(signal);
      child.kill(signal);
    });
  }
  await new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      if (signal) {
        if (!forwarded.has(signal)) process.stderr.write(`pgreview: the review process was killed by ${signal}; no report was written
`);
        process.exitCode = 128 + (constants.signals[signal] ?? 0);
      } else process.exitCode = code ?? 1;
      resolve();
    });
    child.on("error", (e) => {
      process.stderr.write(`pgreview: could not start Node with --liftoff-only (${e.message}); set PGREVIEW_NO_LIFTOFF=1 to run in-process
`);
      process.exitCode = 2;
      resolve();
    });
  });
}

export {
  launch
};
