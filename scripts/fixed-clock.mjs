// Preloaded (node --import) into the process that builds the shipped PGlite snapshots, and into its
// worker threads: PostgreSQL writes the time into its data dir (pg_control's system identifier and
// checkpoint time, WAL records) and the file system stamps every file. A clock that starts at a fixed
// instant and moves 1 ms per reading, and a seeded random source, make two builds write the same bytes.
const EPOCH = Date.UTC(2020, 0, 1);
let now = EPOCH;
Date.now = () => (now += 1);
let mono = 0;
performance.now = () => (mono += 0.001);
let seed = 0x9e3779b9;
globalThis.crypto.getRandomValues = (array) => {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  return array;
};
Math.random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
