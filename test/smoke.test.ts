import { describe, expect, it } from 'vitest';
import { loadParser, parseSource } from '../src/sql/parse.js';

describe('parser smoke', () => {
  it('parses a statement with a span', async () => {
    await loadParser();
    const r = parseSource({ file: 'a.sql', text: 'select 1;', startLine: 1, startByte: 0 }, { migration: { id: 'a' } as any, direction: 'up' });
    expect(r.statements[0]!.span.line).toBe(1);
  });
});
