// A throw-away local PostgreSQL server for the benchmarks' floors and fixtures: initdb, start on a
// private socket, run `fn`, stop, remove. As root, the server runs as the postgres OS user (initdb
// refuses root), as the local engine does.
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clusterParent, type findPgBinaries } from '../src/engines/local.js';
import { REVIEW_SERVER_SETTINGS } from '../src/engines/server-settings.js';
import { run } from './util.js';

export type PgBinaries = NonNullable<ReturnType<typeof findPgBinaries>>;

/** What `fn` gets: the binaries and the arguments that reach the server as postgres. */
export interface LocalServer {
  bin: (name: string) => string;
  /** `-h <socket dir> -p <port> -U postgres`, for psql and pg_dump. */
  connArgs: string[];
}

function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root and there is no postgres OS user for initdb');
  const f = line.split(':');
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

/**
 * initdb + start + `fn` + stop, all inside the call (so a timed caller times all of it). With
 * `engineSettings`, what the local engine does: initdb --no-sync, its server settings
 * (REVIEW_SERVER_SETTINGS), its folder (in memory where it can be, see clusterParent). Without, a
 * plain server in the temp folder. `stopped` is called once the server is down, before its folder is removed.
 */
export function withLocalServer<T>(bins: PgBinaries, engineSettings: boolean, fn: (server: LocalServer) => T, stopped?: () => void): T {
  const dir = mkdtempSync(path.join(engineSettings ? clusterParent() : os.tmpdir(), 'pgreview-bench-server-'));
  const as = serverUser();
  chmodSync(dir, 0o700);
  if (as) chownSync(dir, as.uid, as.gid);
  const data = path.join(dir, 'data');
  const port = String(20000 + Math.floor(Math.random() * 40000));
  const bin = (b: string) => path.join(bins.binDir, b);
  const opts = ['-c', "listen_addresses=''", '-c', `unix_socket_directories=${dir}`, ...(engineSettings ? Object.entries(REVIEW_SERVER_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`]) : [])];
  try {
    const init = run(bin('initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', ...(engineSettings ? ['--no-sync'] : [])], { cwd: dir, ...as });
    if (init.code !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const start = run(bin('pg_ctl'), ['-D', data, '-o', [...opts, '-p', port].join(' '), '-w', '-l', path.join(dir, 'log'), 'start'], { cwd: dir, ...as });
    if (start.code !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}${start.stdout}`);
    try {
      return fn({ bin, connArgs: ['-h', dir, '-p', port, '-U', 'postgres'] });
    } finally {
      run(bin('pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], { cwd: dir, ...as });
      stopped?.();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `psql -f` of every file in order, errors counted, not stopped at. */
export function psqlFiles(server: LocalServer, files: string[]): { errors: number } {
  const psql = run(server.bin('psql'), ['-X', '-q', ...server.connArgs, '-v', 'ON_ERROR_STOP=0', ...files.flatMap((f) => ['-f', f]), 'postgres'], {
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=error' },
  });
  return { errors: (psql.stderr.match(/ERROR:/g) ?? []).length };
}
