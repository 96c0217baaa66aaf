// Supabase Storage: files are rows of storage.objects, and a file's bucket and folder path decide
// who may read or write it (`bucket_id = 'avatars' AND (storage.foldername(name))[1] = auth.uid()::text`).
// When the pull request changes the policies on storage.objects, each bucket they name is probed
// like a table: user A's files live in A's folder, user B's in B's, and neither may reach the other's.
import { randomUUID } from 'node:crypto';
import type { ProbeInput } from './types.js';
import type { Database } from '../../engines/database.js';
import { attempt } from './util.js';
import type { ExtraOverrides } from './rls-roles.js';

export const STORAGE_OBJECTS = 'storage.objects';

/** A bucket to probe, with the values that put a file in a user's folder of it. */
export interface StorageTarget {
  bucket: string;
  extra: ExtraOverrides;
  /** What a client can change on a file (move it: its path and bucket); owner and owner_id are the storage server's. */
  movable: string[];
}

/** Buckets named by the storage.objects policies the pull request added or changed (none: not applicable). */
export function storageBuckets(input: ProbeInput): string[] {
  const { before, after } = input.trace;
  if (!before || !after || !after.relations[STORAGE_OBJECTS]) return [];
  const policies = (snap: typeof after) => Object.entries(snap.policies).filter(([, p]) => p.table === STORAGE_OBJECTS);
  const was = new Map(policies(before).map(([k, p]) => [k, JSON.stringify(p)]));
  const changed = policies(after).filter(([k, p]) => was.get(k) !== JSON.stringify(p));
  if (!changed.length) return [];
  const buckets = new Set<string>();
  for (const [, p] of changed) {
    for (const expr of [p.qual, p.withCheck]) {
      // bucket_id = 'avatars'::text, 'avatars'::text = bucket_id, bucket_id = ANY (ARRAY['a'::text, 'b'::text])
      for (const m of (expr ?? '').matchAll(/bucket_id\s*=\s*(?:ANY\s*\(ARRAY\[([^\]]*)\]|'((?:[^']|'')*)')|'((?:[^']|'')*)'(?:::text)?\s*=\s*bucket_id/gi)) {
        const names = m[1] ? [...m[1].matchAll(/'((?:[^']|'')*)'/g)].map((x) => x[1]!) : [m[2] ?? m[3]!];
        for (const n of names) buckets.add(n.replace(/''/g, "'"));
      }
    }
  }
  return buckets.size ? [...buckets].sort() : ['pgreview-probe'];
}

let fileNo = 0;

/**
 * Policies of `bucket` that cast the whole file name to uuid (`rls_asset((name)::uuid)`, grida's
 * assets): there a file is named by an id, not a folder path, and a path would fail the cast.
 */
function namedById(bucket: string, input?: ProbeInput): boolean {
  const quoted = `'${bucket.replace(/'/g, "''")}'`;
  return Object.values(input?.trace.after?.policies ?? {}).some(
    (p) => p.table === STORAGE_OBJECTS && [p.qual, p.withCheck].some((e) => !!e && e.includes(quoted) && /(?<![\w.)])\(name\)::uuid|(?<![\w.()])name::uuid/.test(e)),
  );
}

/** The file values of a user's folder in `bucket`: name `<uid>/…` (or an id where the policies say so), owner and owner_id the user. */
export function storageTarget(bucket: string, input?: ProbeInput): StorageTarget {
  const byId = namedById(bucket, input);
  return {
    bucket,
    // A new id is not another user's file: the name moves a file into B's ownership only as a folder path.
    movable: byId ? ['bucket_id'] : ['name', 'bucket_id'],
    extra: (u) => ({ bucket_id: bucket, name: byId ? randomUUID() : `${u.uid}/pgreview-probe-${++fileNo}.txt`, owner: u.uid, owner_id: u.uid }),
  };
}

/** Make the bucket exist (the probe's scope is rolled back). A string says why it could not. */
export async function ensureBucket(db: Database, bucket: string): Promise<string | undefined> {
  const r = await attempt(db, `insert into storage.buckets (id, name) values ($1, $1) on conflict do nothing`, [bucket], { keep: true });
  return r.ok ? undefined : `could not create bucket ${bucket}: ${r.error.message}`;
}
