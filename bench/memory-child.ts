// Run by bench/memory.ts in a fresh process: one static review of every corpus folder, in-process,
// then prints this process's peak RSS. A separate process so that nothing else the bench did counts.
import path from 'node:path';
import { review } from '../src/review.js';
import { defaultSettings } from '../src/config.js';
import { CORPUS, corpusFolders } from './util.js';

import { readFileSync } from 'node:fs';

/** Peak RSS (KB) of this process: VmHWM (getrusage's maxRSS carries the parent's size over fork+exec). */
function peakKB(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

const mode = process.argv[2] ?? 'static';
const before = peakKB();
if (mode === 'static') {
  for (const f of corpusFolders()) await review(defaultSettings({ dir: path.join(CORPUS, f), engine: 'none', format: 'json' }));
}
process.stdout.write(JSON.stringify({ mode, maxRSSKB: peakKB(), baselineKB: before }) + '\n');
