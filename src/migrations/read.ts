// Reading migration files defensively: one bad file becomes a read problem on its migration,
// never an exception that stops the review. Reads are synchronous on purpose: planning touches
// hundreds of small files and sync reads are several times faster than fs/promises for that.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Migration } from '../types.js';

export type ReadProblem = NonNullable<Migration['readProblems']>[number];

/** Files above this are not read at all: no real migration is this big, and reading one could exhaust memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface FileRead {
  abs: string;
  /** Decoded text ('' when it could not be decoded or was not read). */
  text: string;
  bytes: number;
  bom: boolean;
  problems: ReadProblem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1. Only called after TextDecoder refused. */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n = 0;
    let min = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) (n = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (n = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    if (i + n >= buf.length && n > 0) return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (n > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return -1;
}

function lineOfByte(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 10) line++;
  return line;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

let realRootCache: { root: string; real: string } | undefined;
function realRoot(root: string): string {
  if (realRootCache?.root !== root) {
    let real = root;
    try {
      real = fs.realpathSync(root);
    } catch {
      // root missing: compare against the given path
    }
    realRootCache = { root, real };
  }
  return realRootCache.real;
}

/**
 * Read one file as text. Symlinks are followed only when they resolve inside `repoRoot`
 * (a PR could otherwise point a "migration" at /etc/passwd and have it printed in a comment).
 * `lstat`: the file's lstat when the caller just made it (planning asks whether files exist).
 */
export function readSqlFile(abs: string, repoRoot: string, lstat?: fs.Stats): FileRead {
  const out: FileRead = { abs, text: '', bytes: 0, bom: false, problems: [] };
  let st: fs.Stats;
  try {
    st = lstat ?? fs.lstatSync(abs);
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = fs.realpathSync(abs);
      } catch {
        out.problems.push({ reason: 'symlink', message: 'symbolic link whose target does not exist' });
        return out;
      }
      if (!isInside(target, realRoot(repoRoot))) {
        out.problems.push({
          reason: 'symlink',
          message: 'symbolic link pointing outside the repository: not followed',
        });
        return out;
      }
      st = fs.statSync(target);
    }
  } catch (e) {
    out.problems.push({ reason: 'unreadable', message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return out;
  }
  if (!st.isFile()) {
    out.problems.push({ reason: 'unreadable', message: 'not a regular file' });
    return out;
  }
  out.bytes = st.size;
  if (st.size > MAX_FILE_BYTES) {
    out.problems.push({
      reason: 'too-large',
      message: `file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit: not read`,
    });
    return out;
  }
  // The usual file, valid UTF-8 without NUL bytes, is read and decoded in one native call. A NUL or a
  // replacement character (what that decoding makes of invalid bytes, or a real U+FFFD) sends it
  // through the byte-level checks below, which say what is wrong and where.
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    out.problems.push({ reason: 'unreadable', message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return out;
  }
  if (!text.includes('\0') && !text.includes('\ufffd')) {
    out.text = text;
    out.bom = text.charCodeAt(0) === 0xfeff;
    return out;
  }
  return checkBytes(out, abs);
}

/** The bytes of a file whose text held a NUL or a replacement character: binary, bad UTF-8, or fine. */
function checkBytes(out: FileRead, abs: string): FileRead {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(abs);
  } catch (e) {
    out.problems.push({ reason: 'unreadable', message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return out;
  }
  out.bytes = buf.length;
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    out.problems.push({ reason: 'binary', message: 'file contains NUL bytes: binary, not SQL', line: lineOfByte(buf, nul) });
    return out;
  }
  try {
    out.text = decoder.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    out.problems.push({
      reason: 'encoding',
      message: `file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`,
      line: at >= 0 ? lineOfByte(buf, at) : undefined,
    });
    return out;
  }
  out.bom = out.text.charCodeAt(0) === 0xfeff;
  return out;
}

/** Whitespace only (comments count as content: the parser decides what they hold). */
export function isBlank(text: string): boolean {
  return /^[\s\ufeff]*$/.test(text);
}
