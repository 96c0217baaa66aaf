// Settings of a throw-away review server, the same for the local and docker engines.

export const REVIEW_SERVER_SETTINGS: Readonly<Record<string, string>> = {
  // Nothing on a review server outlives the run: durability only costs time.
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_connections: '20',
  // Dynamic shared memory as files in the data directory, removed with it: as POSIX segments in
  // /dev/shm, each server killed at a time limit left 1 MB there for good.
  dynamic_shared_memory_type: 'mmap',
  // The lock table holds max_locks_per_transaction × (max_connections + background processes) locks.
  // With 20 connections and the default 64 that is about 2,700, a third of a default production
  // server's 7,800: a migration locking thousands of objects in one transaction (a squashed schema,
  // many partitions) that applies in production failed here with "out of shared memory". 1024 gives
  // about 43,000 (some 15 MB of shared memory).
  max_locks_per_transaction: '1024',
  // A review database holds a few thousand rows: JIT compiling a query costs more than running it
  // (2.5 s for the rehearsal's seeding insert on trigger.dev), and would count in statement timings.
  jit: 'off',
};
