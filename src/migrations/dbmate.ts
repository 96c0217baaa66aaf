// dbmate files hold both directions: `-- migrate:up [options]` … `-- migrate:down [options]` ….
// Sections are cut exactly where dbmate cuts them (pkg/dbmate/migration.go parseMigrationContents):
// up = from the up directive to the down directive, down = from the down directive to the end,
// directive lines included (they are comments), so statement lines stay true to the file.

import type { SqlSource } from '../types.js';
import type { ReadProblem } from './read.js';

const UP_RE = /^--\s*migrate:up(\s*$|\s+\S+)/m;
const DOWN_RE = /^--\s*migrate:down(\s*$|\s+\S+)$/m;

export function hasDbmateMarker(text: string): boolean {
  return UP_RE.test(text);
}

export interface DbmateSections {
  up: SqlSource;
  down?: SqlSource;
  upOptions: string;
  downOptions: string;
  problems: ReadProblem[];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function options(block: string): string {
  const first = block.split('\n', 1)[0] ?? '';
  return first.replace(/^--\s*migrate:(up|down)/, '').trim();
}

export function splitDbmate(file: string, text: string, bom: boolean): DbmateSections {
  const problems: ReadProblem[] = [];
  const up = UP_RE.exec(text);
  const down = DOWN_RE.exec(text);
  const section = (start: number, end: number): SqlSource => ({
    file,
    text: text.slice(start, end),
    startLine: lineAt(text, start),
    startByte: Buffer.byteLength(text.slice(0, start), 'utf8'),
    ...(bom && start === 0 ? { bom: true } : {}),
  });
  if (!up) {
    problems.push({ reason: 'format', message: "dbmate requires each migration to define an up block with '-- migrate:up'" });
    return { up: section(0, text.length), upOptions: '', downOptions: '', problems };
  }
  const before = text.slice(0, up.index);
  for (const [i, l] of before.split('\n').entries()) {
    if (/^\s*$/.test(l.replace(/^\ufeff/, '')) || /^\s*--/.test(l)) continue;
    problems.push({ reason: 'format', line: i + 1, message: "dbmate does not run statements that precede the '-- migrate:up' block: it rejects the file" });
    break;
  }
  if (!down) {
    problems.push({ reason: 'format', line: lineAt(text, up.index), message: "dbmate requires a '-- migrate:down' block (it may be empty): it rejects the file" });
    const upSrc = section(up.index, text.length);
    return { up: upSrc, upOptions: options(upSrc.text), downOptions: '', problems };
  }
  if (down.index < up.index) {
    problems.push({ reason: 'format', line: lineAt(text, down.index), message: "dbmate requires '-- migrate:up' to appear before '-- migrate:down'" });
    const upSrc = section(up.index, text.length);
    return { up: upSrc, upOptions: options(upSrc.text), downOptions: '', problems };
  }
  const upSrc = section(up.index, down.index);
  const downSrc = section(down.index, text.length);
  return { up: upSrc, down: downSrc, upOptions: options(upSrc.text), downOptions: options(downSrc.text), problems };
}
