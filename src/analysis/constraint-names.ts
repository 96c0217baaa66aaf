// The names PostgreSQL gives constraints written without one (makeObjectName, ChooseConstraintName,
// ChooseForeignKeyConstraintNameAddition in src/backend/commands/indexcmds.c and catalog/pg_constraint.c),
// so that a fix which re-adds a constraint NOT VALID, then validates it, names the one Postgres made.
// Measured on PostgreSQL 17 (pg_constraint): test/rules/constraint-names.test.ts.
import { columnRefs, MAX_IDENTIFIER_BYTES } from './ast.js';

/** The first `bytes` bytes of `s` in UTF-8, cut at a character boundary (pg_mbcliplen). */
function clipBytes(s: string, bytes: number): string {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= bytes) return s;
  let n = bytes;
  // A UTF-8 continuation byte (10xxxxxx) belongs to the character before it.
  while (n > 0 && (buf[n]! & 0xc0) === 0x80) n--;
  return buf.subarray(0, n).toString('utf8');
}

/**
 * `name1_name2_label` within 63 bytes: the longer of name1 and name2 is shortened first, one byte at a
 * time, and the label never (makeObjectName).
 */
export function makeObjectName(name1: string, name2: string | undefined, label: string): string {
  const whole = name2 === undefined ? `${name1}_${label}` : `${name1}_${name2}_${label}`;
  if (Buffer.byteLength(whole) <= MAX_IDENTIFIER_BYTES) return whole;
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 === undefined ? 0 : Buffer.byteLength(name2);
  const overhead = (name2 === undefined ? 0 : 1) + Buffer.byteLength(label) + 1;
  const avail = MAX_IDENTIFIER_BYTES - overhead;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const a = clipBytes(name1, n1);
  return name2 === undefined ? `${a}_${label}` : `${a}_${clipBytes(name2, n2)}_${label}`;
}

/**
 * ChooseConstraintName: makeObjectName(name1, name2, label), then with `label1`, `label2`… while
 * `taken` says the name is used (Postgres asks the whole schema's constraints and the names the same
 * command gave before).
 */
export function chooseConstraintName(name1: string, name2: string | undefined, label: string, taken: (name: string) => boolean): string {
  let name = makeObjectName(name1, name2, label);
  for (let pass = 1; taken(name); pass++) name = makeObjectName(name1, name2, `${label}${pass}`);
  return name;
}

/**
 * The column an unnamed CHECK is named after: the one column its expression reads, else none
 * (`<table>_check`). Postgres decides by the columns of the expression, not by where it was written.
 */
function checkNameColumn(expr: any): string | undefined {
  const cols = new Set(columnRefs(expr).map((r) => r[r.length - 1]!).filter(Boolean));
  return cols.size === 1 ? [...cols][0] : undefined;
}

/** Key columns joined with `_`, stopped once past 63 bytes (ChooseForeignKeyConstraintNameAddition, ChooseIndexNameAddition). */
export function columnNameAddition(columns: string[]): string {
  let out = '';
  for (const c of columns) {
    out = out ? `${out}_${c}` : c;
    if (Buffer.byteLength(out) > MAX_IDENTIFIER_BYTES) break;
  }
  return out;
}

/** The name Postgres gives an unnamed CHECK (`expr`) or FOREIGN KEY (`columns`) on `table`. */
export function defaultConstraintName(table: string, con: { contype: string; raw_expr?: any }, columns: string[], taken: (name: string) => boolean): string {
  return con.contype === 'CONSTR_FOREIGN'
    ? chooseConstraintName(table, columnNameAddition(columns), 'fkey', taken)
    : chooseConstraintName(table, checkNameColumn(con.raw_expr), 'check', taken);
}
