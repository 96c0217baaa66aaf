// Temporary folders of a test file, removed when its tests are done (test/remove-temp-dirs.ts runs
// removeTempDirs after every file): one run of the suite used to leave ~70 folders and ~130 MB
// (the base-cache tests' runner folders hold 39 MB each) in the machine's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made = new Set<string>();

/** A new folder under the temp folder, named `prefix` + random suffix, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
}
