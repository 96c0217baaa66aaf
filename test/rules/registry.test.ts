import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseRuleDoc } from '../../src/analysis/rule-docs.js';

const dir = join(import.meta.dirname, '../../rules');
const files = readdirSync(dir);
const modules = files.filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_')).map((f) => f.slice(0, -3));
const docs = files.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
const REQUIRED_SECTIONS = ['Problem', 'Bad', 'Good', 'Safe alternative', 'When not to use', 'Postgres docs'];

describe('rule registry', () => {
  it('registers exactly the rule modules in rules/', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...modules].sort());
  });
  it('has one doc per rule and no doc without a rule', () => {
    expect([...docs].sort()).toEqual([...modules].sort());
  });
  it('names each module after its rule id', async () => {
    for (const id of modules) {
      const mod = await import(join(dir, `${id}.ts`));
      expect(mod.default.id).toBe(id);
    }
  });
  it('has unique ids', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
  it.each(docs)('doc %s has the required sections and examples', (id) => {
    const doc = parseRuleDoc(readFileSync(join(dir, `${id}.md`), 'utf8'));
    expect(doc.id).toBe(id);
    for (const s of REQUIRED_SECTIONS) expect(doc.sections.has(s), `${id}.md lacks "## ${s}"`).toBe(true);
    const rule = rules.find((r) => r.id === id)!;
    expect(doc.sections.get('Postgres docs') ?? '').toMatch(/https:\/\//);
    if (rule.phase === 'static') {
      expect(doc.examples.some((e) => e.role === 'bad'), `${id}.md has no bad example`).toBe(true);
      expect(doc.examples.some((e) => e.role === 'good'), `${id}.md has no good example`).toBe(true);
    }
  });
});
