// Fuzz: thousands of generated and mutated inputs through parse + static review (every registered rule
// plus the hardening rules). Zero unhandled exceptions and zero "could not check this statement"
// internal findings. Deterministic: a seeded PRNG, fixed counts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules as registered } from '../../rules/index.js';
import { hardeningRules } from '../../rules/_hardening.js';
import { reviewInline, type InlineReview } from '../../src/analysis/inline.js';
import { loadParser } from '../../src/sql/parse.js';
import type { Rule } from '../../src/analysis/rules.js';

const rules: Rule[] = [...registered.filter((r) => !hardeningRules.some((h) => h.id === r.id)), ...hardeningRules];
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const HAVE_CORPUS = fs.existsSync(CORPUS);
const GENERATED = 6_000;
const MUTATED = 6_000;

beforeAll(loadParser);

/** mulberry32: tiny, fast, good enough to pick grammar branches. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

// ---- generated SQL: a small grammar with hostile identifiers ----
const WORDS = ['users', 'orders', 'id', 'name', 'tenant_id', 'status', 'auth', 'public', 'select', 'table', 'user', 'order', 'x'];
const UNICODE = ['ünïcødé', '日本語', 'emoji_😀', 'ñ', 'Ωmega', 'a\u0301', 'zero\u200bwidth', 'rtl_\u202eevil'];
const TYPES = ['int', 'integer', 'bigint', 'serial', 'text', 'varchar(20)', 'char(3)', 'timestamp', 'timestamptz', 'json', 'jsonb', 'uuid', 'vector(3)', 'numeric(10,2)', 'boolean', 'text[]', 'my_enum'];

function ident(r: Rng): string {
  switch (r.int(7)) {
    case 0:
      return `"${r.pick(WORDS)}""q${r.int(9)}"`; // embedded quote
    case 1:
      return `"${r.pick(UNICODE)}"`;
    case 2:
      return 'x'.repeat(60 + r.int(80)); // over 63 bytes
    case 3:
      return `"${r.pick(UNICODE).repeat(10 + r.int(20))}"`; // long multi-byte
    case 4:
      return `${r.pick(WORDS)}_${r.int(1000)}`;
    case 5:
      return `"${r.pick(['select', 'table', 'user', 'order', 'Mixed Case', ' space ', ''])}"`.replace('""', '"e"');
    default:
      return r.pick(WORDS.filter((w) => !['select', 'table', 'user', 'order'].includes(w)));
  }
}
const qname = (r: Rng) => (r.chance(0.3) ? `${ident(r)}.${ident(r)}` : ident(r));
const expr = (r: Rng): string =>
  r.pick([
    () => String(r.int(100)),
    () => `'${r.pick(WORDS)}'`,
    () => 'now()',
    () => 'gen_random_uuid()',
    () => 'auth.uid()',
    () => `(select auth.uid()) = ${ident(r)}`,
    () => `${ident(r)} IS NOT NULL`,
    () => 'true',
    () => `current_setting('app.tenant')::uuid`,
    () => `pg_read_file('/etc/passwd')`,
    () => `${ident(r)} = ANY(ARRAY[1,2])`,
  ])();

function column(r: Rng): string {
  const parts = [ident(r), r.pick(TYPES)];
  if (r.chance(0.3)) parts.push('NOT NULL');
  if (r.chance(0.2)) parts.push(`DEFAULT ${expr(r)}`);
  if (r.chance(0.1)) parts.push('PRIMARY KEY');
  if (r.chance(0.1)) parts.push(`REFERENCES ${qname(r)}(id)`);
  if (r.chance(0.05)) parts.push('GENERATED ALWAYS AS IDENTITY');
  return parts.join(' ');
}

function plBody(r: Rng): string {
  const stmts: string[] = [];
  for (let i = r.int(4); i >= 0; i--)
    stmts.push(
      r.pick([
        () => `PERFORM ${expr(r)};`,
        () => `EXECUTE '${r.pick(['SELECT 1', "COPY t FROM PROGRAM ''id''", 'DROP TABLE x', "SELECT pg_read_file(''/x'')"])}';`,
        () => `EXECUTE format('ALTER TABLE %I ADD COLUMN %I int', '${r.pick(WORDS)}', 'c');`,
        () => `EXECUTE ${ident(r)};`,
        () => `INSERT INTO ${qname(r)} VALUES (${expr(r)});`,
        () => `IF ${expr(r)} THEN RAISE NOTICE 'x'; END IF;`,
        () => `NEW.${ident(r)} := ${expr(r)};`,
        () => 'RETURN NEW;',
        () => 'RETURN NULL;',
      ])(),
    );
  return stmts.join('\n  ');
}

function statement(r: Rng): string {
  return r.pick([
    () => `CREATE TABLE ${r.chance(0.3) ? 'IF NOT EXISTS ' : ''}${qname(r)} (${Array.from({ length: 1 + r.int(5) }, () => column(r)).join(', ')})`,
    () => `CREATE ${r.chance(0.3) ? 'UNIQUE ' : ''}INDEX ${r.chance(0.4) ? 'CONCURRENTLY ' : ''}${r.chance(0.8) ? ident(r) + ' ' : ''}ON ${qname(r)} ${r.chance(0.2) ? 'USING hnsw ' : ''}(${ident(r)}${r.chance(0.2) ? ' vector_cosine_ops' : ''})`,
    () => `CREATE POLICY ${ident(r)} ON ${qname(r)} ${r.chance(0.3) ? 'AS RESTRICTIVE ' : ''}FOR ${r.pick(['ALL', 'SELECT', 'INSERT', 'UPDATE', 'DELETE'])} ${r.chance(0.5) ? `TO ${r.pick(['anon', 'authenticated', 'public', ident(r)])} ` : ''}USING (${expr(r)})`,
    () =>
      `CREATE ${r.chance(0.3) ? 'OR REPLACE ' : ''}FUNCTION ${qname(r)}() RETURNS ${r.pick(['trigger', 'void', 'int', 'text'])} LANGUAGE ${r.pick(['plpgsql', 'plpgsql', 'sql', 'plpython3u'])} ${r.chance(0.3) ? 'SECURITY DEFINER ' : ''}${r.chance(0.3) ? 'SET search_path = public ' : ''}AS $fn$\nBEGIN\n  ${plBody(r)}\nEND\n$fn$`,
    () => `DO $$\nBEGIN\n  ${plBody(r)}\nEND\n$$`,
    () => `ALTER TABLE ${qname(r)} ${r.pick([() => `ADD COLUMN ${column(r)}`, () => `ALTER COLUMN ${ident(r)} SET NOT NULL`, () => `ALTER COLUMN ${ident(r)} TYPE ${r.pick(TYPES)}`, () => 'ENABLE ROW LEVEL SECURITY', () => `DROP COLUMN ${ident(r)}`, () => `RENAME TO ${ident(r)}`, () => `ADD CONSTRAINT ${ident(r)} FOREIGN KEY (${ident(r)}) REFERENCES ${qname(r)}(id)${r.chance(0.5) ? ' NOT VALID' : ''}`])()}`,
    () => `DROP ${r.pick(['TABLE', 'INDEX', 'SCHEMA', 'FUNCTION', 'POLICY x ON'])} ${r.chance(0.5) ? 'IF EXISTS ' : ''}${qname(r)}${r.chance(0.3) ? ' CASCADE' : ''}`,
    () => `GRANT ${r.pick(['ALL', 'SELECT', 'INSERT, UPDATE'])} ON ${qname(r)} TO ${r.pick(['anon', 'authenticated', ident(r)])}`,
    () => `CREATE EXTENSION IF NOT EXISTS ${r.pick(['vector', 'pgcrypto', '"uuid-ossp"', 'plperlu', ident(r)])}`,
    () => `SET ${r.pick(['lock_timeout', 'statement_timeout', 'search_path'])} = '${r.int(10)}s'`,
    () => r.pick(['BEGIN', 'COMMIT', 'ROLLBACK']),
    () => `COPY ${qname(r)} FROM ${r.pick(['STDIN', "'/etc/passwd'", "PROGRAM 'id'"])}`,
    () => `UPDATE ${qname(r)} SET ${ident(r)} = ${expr(r)}${r.chance(0.5) ? ` WHERE ${expr(r)}` : ''}`,
    () => `-- pgreview-ignore ${r.pick(['untrusted-capability', 'rls-not-enabled', 'nope'])}${r.chance(0.5) ? ': reason' : ''}\nSELECT 1`,
    () => tokens(r),
  ])();
}

const TOKENS = ['CREATE', 'TABLE', 'INDEX', 'ON', '(', ')', ',', 'ALTER', 'ADD', 'COLUMN', 'NOT', 'NULL', 'DEFAULT', "'", '"', '$$', '$a$', '/*', '*/', '--', 'SELECT', 'FROM', 'WHERE', '=', '::', 'int', 'text', 'POLICY', 'USING', 'FUNCTION', 'RETURNS', 'LANGUAGE', 'plpgsql', 'AS', 'BEGIN', 'END', ';', 'DO', 'EXECUTE', 'COPY', 'PROGRAM', '\\', 'E\'\\x', 'U&"\\0041"', '1e999', '-', '[', ']', '{{', '}}'];
function tokens(r: Rng): string {
  return Array.from({ length: 1 + r.int(25) }, () => (r.chance(0.2) ? ident(r) : r.pick(TOKENS))).join(r.pick([' ', '\n', '']));
}

function generated(r: Rng): string {
  return Array.from({ length: 1 + r.int(6) }, () => statement(r) + r.pick([';\n', ';\n', ';', '\n', ';;\n'])).join('');
}

// ---- mutations of real migrations ----
function mutate(r: Rng, text: string): string {
  let buf = Buffer.from(text, 'utf8');
  for (let n = 1 + r.int(3); n > 0; n--) {
    const at = buf.length ? r.int(buf.length) : 0;
    switch (r.int(8)) {
      case 0: // byte flip (may break UTF-8: decoded with replacement characters below)
        if (buf.length) buf[at] = buf[at]! ^ (1 << r.int(8));
        break;
      case 1: // truncate
        buf = buf.subarray(0, at);
        break;
      case 2: {
        // duplicate a span
        const len = r.int(Math.min(400, buf.length - at + 1));
        buf = Buffer.concat([buf.subarray(0, at + len), buf.subarray(at, at + len), buf.subarray(at + len)]);
        break;
      }
      case 3: // delete semicolons
        buf = Buffer.from(buf.toString('latin1').replace(/;/g, () => (r.chance(0.5) ? '' : ';')), 'latin1');
        break;
      case 4: // inject hostile bytes
        buf = Buffer.concat([buf.subarray(0, at), Buffer.from(r.pick(['\u0000', '\ufeff', '\r\n', "'", '"', '$$', '/*', 'E\'\\', '$x$', '\u2028'])), buf.subarray(at)]);
        break;
      case 5: // CRLF everywhere
        buf = Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
        break;
      case 6: // delete a span
        buf = Buffer.concat([buf.subarray(0, at), buf.subarray(at + r.int(200))]);
        break;
      default: // splice in a generated statement
        buf = Buffer.concat([buf.subarray(0, at), Buffer.from(`;\n${statement(r)};\n`), buf.subarray(at)]);
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}

interface Outcome {
  ran: number;
  statements: number;
  failures: { input: string; error: string }[];
}

async function run(inputs: Iterable<InlineReview>, withRules: Rule[] = rules): Promise<Outcome> {
  const out: Outcome = { ran: 0, statements: 0, failures: [] };
  for (const input of inputs) {
    out.ran++;
    try {
      const res = await reviewInline(input, withRules);
      out.statements += res.sources.reduce((n, s) => n + s.statements.length, 0);
      for (const f of res.findings) if (f.title.includes('could not check')) out.failures.push({ input: JSON.stringify(input).slice(0, 2000), error: `${f.title}: ${f.message}` });
    } catch (e) {
      out.failures.push({ input: JSON.stringify(input).slice(0, 2000), error: String((e as Error)?.stack ?? e) });
    }
  }
  return out;
}

function* generatedInputs(seed: number, n: number): Generator<InlineReview> {
  const r = prng(seed);
  for (let i = 0; i < n; i++) {
    const changed = { sql: generated(r), down: r.chance(0.2) ? generated(r) : undefined, transactional: r.chance(0.5) };
    yield {
      base: r.chance(0.4) ? [generated(r)] : [],
      changed: [changed],
      settings: { preset: r.pick([undefined, 'supabase', 'plain'] as const), pgVersion: r.pick([10, 11, 14, 17]) },
      layout: r.pick(['plain', 'supabase', 'prisma'] as const),
    };
  }
}

describe('fuzz harness', () => {
  it('is deterministic and catches a crashing rule', async () => {
    expect([...generatedInputs(7, 3)]).toEqual([...generatedInputs(7, 3)]);
    const boom: Rule = { id: 'boom', phase: 'static', severity: 'low', category: 'style', title: 'boom', check: () => { throw new Error('kaboom'); } };
    const o = await run(generatedInputs(7, 3), [boom]);
    expect(o.failures.length).toBeGreaterThan(0);
    expect(o.failures[0]!.error).toMatch(/kaboom/);
  });
});

describe('fuzz: generated SQL', () => {
  it(`${GENERATED} generated inputs: no exceptions, no rule crashes`, async () => {
    const t0 = performance.now();
    const o = await run(generatedInputs(0x5eed, GENERATED));
    console.log(`[fuzz] generated: ${o.ran} inputs, ${o.statements} statements parsed, ${Math.round(performance.now() - t0)} ms`);
    expect(o.failures.slice(0, 5)).toEqual([]);
    expect(o.ran).toBe(GENERATED);
    expect(o.statements).toBeGreaterThan(GENERATED); // the grammar mostly produces SQL that parses
  }, 120_000);
});

function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.sql')) out.push(p);
    }
  };
  walk(CORPUS);
  return out.sort();
}

if (!HAVE_CORPUS) console.warn(`[fuzz] ${CORPUS} is absent: corpus mutation cases are SKIPPED`);

describe.skipIf(!HAVE_CORPUS)('fuzz: mutations of ../shared/corpus files', () => {
  it(`${MUTATED} mutated corpus files (byte flips, truncation, duplication, no semicolons, NUL/BOM/CRLF/unterminated quotes)`, async () => {
    const files = corpusFiles().filter((f) => fs.statSync(f).size < 64 * 1024);
    expect(files.length).toBeGreaterThan(100);
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    const r = prng(0xc0ffee);
    const t0 = performance.now();
    const o = await run(
      (function* () {
        for (let i = 0; i < MUTATED; i++) {
          const k = r.int(texts.length);
          const base = r.chance(0.3) ? [texts[(k + 1) % texts.length]!] : [];
          yield { base, changed: [{ sql: mutate(r, texts[k]!), transactional: r.chance(0.5), file: `m${i}_${path.basename(files[k]!)}` }], settings: { preset: r.pick([undefined, 'supabase'] as const) } };
        }
      })(),
    );
    console.log(`[fuzz] corpus mutations: ${o.ran} inputs from ${files.length} files, ${o.statements} statements parsed, ${Math.round(performance.now() - t0)} ms`);
    expect(o.failures.slice(0, 5)).toEqual([]);
    expect(o.ran).toBe(MUTATED);
  }, 120_000);

  it('every unmutated corpus file reviews without rule crashes', async () => {
    const t0 = performance.now();
    const o = await run(corpusFiles().map((f) => ({ changed: [{ sql: fs.readFileSync(f, 'utf8'), file: path.basename(f) }] })));
    console.log(`[fuzz] corpus as-is: ${o.ran} files, ${o.statements} statements, ${Math.round(performance.now() - t0)} ms`);
    expect(o.failures.slice(0, 5)).toEqual([]);
  }, 120_000);
});
