// action.yml as the runner loads it: a strict YAML 1.2 parse (duplicate keys are errors, as in the
// runner's parser) and the parts of the runner's action schema a node action must satisfy. Every
// workflow in .github/workflows, and every example workflow in the docs, must parse and pass only
// inputs the action declares (the runner only warns on unknown inputs, so a typo silently does nothing).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from './harness.js';

function strictYaml(file: string, text = readFileSync(file, 'utf8')): any {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, strict: true, prettyErrors: true });
  if (doc.errors.length) throw new Error(`${path.relative(ROOT, file)} is not valid YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS();
}

const action = strictYaml(path.join(ROOT, 'action.yml'));
const declared = new Set(Object.keys(action.inputs ?? {}));

/** Problems with action.yml against the runner's schema for a node action; empty when valid. */
function schemaProblems(a: any): string[] {
  const problems: string[] = [];
  const allowedTop = ['name', 'description', 'author', 'inputs', 'outputs', 'runs', 'branding'];
  for (const k of Object.keys(a)) if (!allowedTop.includes(k)) problems.push(`unknown top-level key ${k}`);
  for (const k of ['name', 'description']) if (typeof a[k] !== 'string' || !a[k].trim()) problems.push(`${k} must be a non-empty string`);
  for (const [name, input] of Object.entries<any>(a.inputs ?? {})) {
    if (typeof input?.description !== 'string' || !input.description.trim()) problems.push(`input ${name} has no description`);
    if ('default' in input && typeof input.default !== 'string') problems.push(`input ${name}: default must be a string, got ${JSON.stringify(input.default)}`);
    if ('required' in input && typeof input.required !== 'boolean') problems.push(`input ${name}: required must be a boolean`);
    for (const k of Object.keys(input)) if (!['description', 'required', 'default', 'deprecationMessage'].includes(k)) problems.push(`input ${name}: unknown key ${k}`);
  }
  for (const [name, output] of Object.entries<any>(a.outputs ?? {})) {
    if (typeof output?.description !== 'string' || !output.description.trim()) problems.push(`output ${name} has no description`);
    for (const k of Object.keys(output)) if (k !== 'description') problems.push(`output ${name}: unknown key ${k} (value is for composite actions)`);
  }
  if (a.runs?.using !== 'node24') problems.push(`runs.using must be node24, got ${a.runs?.using}`);
  if (typeof a.runs?.main !== 'string') problems.push('runs.main is missing');
  else if (!existsSync(path.join(ROOT, a.runs.main))) problems.push(`runs.main ${a.runs.main} does not exist`);
  for (const k of ['pre', 'post']) if (a.runs?.[k] && !existsSync(path.join(ROOT, a.runs[k]))) problems.push(`runs.${k} does not exist`);
  return problems;
}

/** `with:` keys of steps that use this action (`./` in this repository, pgreview/pgreview@… in docs). */
function actionSteps(workflow: any): { job: string; with: Record<string, unknown> }[] {
  const out: { job: string; with: Record<string, unknown> }[] = [];
  for (const [job, j] of Object.entries<any>(workflow?.jobs ?? {})) {
    for (const step of j?.steps ?? []) {
      if (typeof step?.uses === 'string' && (step.uses === './' || step.uses.startsWith('pgreview/pgreview@'))) out.push({ job, with: step.with ?? {} });
    }
  }
  return out;
}

describe('action.yml', () => {
  it('parses as strict YAML 1.2 and meets the runner schema for a node24 action', () => {
    expect(schemaProblems(action)).toEqual([]);
    expect(action.inputs.engine.default).toBe('auto');
  });

  it('the schema check itself rejects what the runner rejects', () => {
    expect(() => strictYaml('x.yml', 'a:\n  description: needs `pull-requests: write` to comment\n')).toThrow(/not valid YAML/);
    expect(() => strictYaml('x.yml', 'a: 1\na: 2\n')).toThrow(/not valid YAML/);
    const broken = { ...action, inputs: { x: { default: 3 } }, outputs: { y: {} }, runs: { using: 'node16' } };
    expect(schemaProblems(broken)).toEqual([
      'input x has no description',
      'input x: default must be a string, got 3',
      'output y has no description',
      'runs.using must be node24, got node16',
      'runs.main is missing',
    ]);
  });

  it('every input the action reads is declared, and every declared input is read', () => {
    const src = readFileSync(path.join(ROOT, 'src/action/inputs.ts'), 'utf8');
    const read = new Set([...src.matchAll(/getInput\('([^']+)'/g), ...src.matchAll(/oneOf\('([^']+)'/g), ...src.matchAll(/bool\('([^']+)'/g)].map((m) => m[1]!));
    expect([...read].sort()).toEqual([...declared].sort());
  });
});

describe('workflows that use the action', () => {
  const dir = path.join(ROOT, '.github/workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s parses and passes only declared inputs', (f) => {
    const wf = strictYaml(path.join(dir, f));
    expect(wf.jobs).toBeTypeOf('object');
    for (const step of actionSteps(wf)) for (const k of Object.keys(step.with)) expect(declared, `${f} job ${step.job}: input ${k}`).toContain(k);
  });

  it('the example workflows in README.md and docs/ parse and pass only declared inputs', () => {
    const docs = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    let checked = 0;
    for (const doc of docs) {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
        if (!/uses: pgreview\/pgreview@/.test(m[1]!) || !/^jobs:/m.test(m[1]!)) continue;
        const wf = strictYaml(path.join(ROOT, doc), m[1]!);
        for (const step of actionSteps(wf)) {
          checked++;
          for (const k of Object.keys(step.with)) expect(declared, `${doc}: input ${k}`).toContain(k);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
