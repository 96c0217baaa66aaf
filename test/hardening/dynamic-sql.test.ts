// dynamic-sql-in-function: an EXECUTE whose string screening cannot resolve is a finding that names
// the function and the line, medium in a plain function, high in SECURITY DEFINER and trigger functions.
import { describe, expect, it } from 'vitest';
import dynamicSqlInFunction from '../../rules/dynamic-sql-in-function.js';
import { reviewInline } from '../../src/analysis/inline.js';

const run = async (sql: string) => (await reviewInline({ changed: [sql] }, [dynamicSqlInFunction])).findings.filter((f) => f.ruleId === 'dynamic-sql-in-function');

describe('dynamic-sql-in-function', () => {
  it('names the function and the exact line of each unresolved EXECUTE', async () => {
    const sql = [
      'CREATE TABLE public.t (id int);', // 1
      'CREATE FUNCTION public.f(a text) RETURNS void', // 2
      'LANGUAGE plpgsql AS $$', // 3
      'DECLARE x text;', // 4
      'BEGIN', // 5
      "  EXECUTE 'SELECT 1';", // 6: constant, screened
      "  x := 'CO' || 'PY';", // 7
      "  EXECUTE x || ' (SELECT 1) TO PROGRAM ' || quote_literal(a);", // 8
      "  EXECUTE format('SELECT %I FROM t', a);", // 9: fixed shape
      "  EXECUTE format('%s', a);", // 10
      'END $$;', // 11
    ].join('\n');
    const found = await run(sql);
    expect(found.map((f) => [f.object, f.line, f.severity])).toEqual([
      ['public.f', 8, 'medium'],
      ['public.f', 10, 'medium'],
    ]);
    expect(found[0]!.message).toContain('(line 8)');
  });

  it.each([
    ['concatenation', "EXECUTE 'COPY (SELECT 1) TO ' || 'PROGRAM ' || quote_literal(cmd);"],
    ['chr()', "EXECUTE chr(67) || chr(79) || chr(80) || chr(89) || ' (SELECT 1) TO PROGRAM ' || quote_literal(cmd);"],
    ['decode()', "EXECUTE convert_from(decode('Q09QWQ==', 'base64'), 'utf8') || ' (SELECT 1) TO PROGRAM ' || quote_literal(cmd);"],
    ["format('%s')", "EXECUTE format('%s (SELECT 1) TO PROGRAM %L', 'CO' || 'PY', cmd);"],
  ])('is high in a trigger function and in SECURITY DEFINER (%s)', async (_name, exec) => {
    const trig = await run(`CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE cmd text := 'id';\nBEGIN\n  ${exec}\n  RETURN NEW;\nEND $$;`);
    expect(trig.map((f) => [f.object, f.line, f.severity])).toEqual([['public.trg', 4, 'high']]);
    const definer = await run(`CREATE FUNCTION public.d(cmd text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$\nBEGIN\n  ${exec}\nEND $$;`);
    expect(definer.map((f) => [f.object, f.line, f.severity])).toEqual([['public.d', 3, 'high']]);
    expect(definer[0]!.message).toMatch(/SECURITY DEFINER/);
  });

  it('says nothing about SQL functions, constant EXECUTEs and %I/%L templates', async () => {
    expect(await run('CREATE FUNCTION public.s() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;')).toEqual([]);
    expect(await run("CREATE FUNCTION public.p(t text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('TRUNCATE %I', t); EXECUTE 'VACUUM'; END $$;")).toEqual([]);
  });
});
