// The base cache in the action: entries live in RUNNER_TEMP for the job and persist between runs in
// the Actions cache (@actions/cache), restored on a miss (once the review knows the key) and saved
// after the review. The cache service being absent, slow or failing is a line in the log, never a
// failed review: the base is then replayed, as without a cache.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Settings } from '../types.js';

/** The Actions cache key of a base cache entry. */
export const actionsCacheKey = (key: string) => `pgreview-base-${key}`;

export interface ActionsBaseCache {
  settings: NonNullable<Settings['baseCache']>;
  /** Save the entries this run wrote (after the review); says why not when it cannot. */
  saveAll(): Promise<void>;
}

/**
 * pull_request_target runs in the base branch's cache scope while the PR's SQL runs in the same job:
 * it restores but never saves, so nothing a PR run touched lands where base-branch runs read.
 */
export function actionsBaseCache(opts: { eventName: string; log?: (line: string) => void } = { eventName: '' }): ActionsBaseCache {
  const log = opts.log ?? ((line: string) => core.info(line));
  const dir = path.join(process.env.RUNNER_TEMP || tmpdir(), 'pgreview-base-cache');
  const pending: { key: string; dir: string }[] = [];
  const canSave = opts.eventName !== 'pull_request_target';
  return {
    settings: {
      dir,
      remote: {
        async restore(key, entryDir) {
          try {
            // Loaded only here: the Azure SDK behind it is large, and most runs find the entry locally or need none.
            const { isFeatureAvailable, restoreCache } = await import('@actions/cache');
            if (!isFeatureAvailable()) {
              log('pgreview: the Actions cache service is not available here; the base history is replayed');
              return false;
            }
            // restoreCache turns a failing service into a warning and a miss: both replay the base.
            const hit = await restoreCache([entryDir], actionsCacheKey(key));
            log(hit ? `pgreview: base history restored from the Actions cache (${hit})` : `pgreview: base history not in the Actions cache (no entry ${actionsCacheKey(key)}, or the service did not answer); it is replayed`);
            return !!hit;
          } catch (e) {
            log(`pgreview: the Actions cache could not be read (${oneLine(e)}); the base history is replayed`);
            return false;
          }
        },
        saved(key, entryDir) {
          if (canSave) pending.push({ key, dir: entryDir });
        },
      },
    },
    async saveAll() {
      if (!canSave) return log('pgreview: pull_request_target runs do not save the base cache (they run in the base branch scope)');
      if (!pending.length) return;
      const { isFeatureAvailable, saveCache } = await import('@actions/cache');
      if (!isFeatureAvailable()) return log('pgreview: the Actions cache service is not available here; the base history was not saved');
      for (const entry of pending.splice(0)) {
        try {
          // saveCache turns a failing service into a warning; -1 says nothing was reserved.
          const id = await saveCache([entry.dir], actionsCacheKey(entry.key));
          log(id === -1 ? `pgreview: the base history was not saved to the Actions cache (see the warning above)` : `pgreview: base history saved to the Actions cache as ${actionsCacheKey(entry.key)}`);
        } catch (e) {
          // Another job saving the same key first is normal (ReserveCacheError); anything else is said, never fatal.
          log(`pgreview: the base history was not saved to the Actions cache (${oneLine(e)})`);
        }
      }
    },
  };
}

function oneLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 300);
}
