// Loaded with `node --import` into a measured process: reports its peak RSS (KB) on stderr when it
// exits. VmHWM from /proc/self/status, not getrusage's maxRSS: Linux carries maxRSS over from the
// parent across fork+exec, so a child of a large process would report the parent's size. Worker
// threads (PGlite) share the process's memory and count.
import { readFileSync } from 'node:fs';
process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    // not Linux: getrusage is all there is
  }
  process.stderr.write(`\n@@pgreview-bench maxRSS=${kb}\n`);
});
