import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../../src/config.js';
import { planMigrations } from '../../src/migrations/index.js';
import type { MigrationSet, Settings } from '../../src/types.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
export const HAVE_CORPUS = fs.existsSync(path.join(CORPUS, 'README.md'));

export function plan(dir: string, extra: Partial<Settings> = {}): Promise<MigrationSet> {
  return planMigrations(defaultSettings({ dir, repoRoot: extra.repoRoot ?? dir, ...extra }));
}

/** Write files (path → content) under root, creating folders. */
export function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}
