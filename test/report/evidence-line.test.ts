import { describe, expect, it } from 'vitest';
import { evidenceLine } from '../../src/report/render/common.js';

describe('evidence line', () => {
  it('leaves out empty lists, empty text and missing values, and keeps the rest in order', () => {
    // The not-idempotent finding's evidence: nothing reinserted, no catalog difference.
    const line = evidenceLine({ failures: [{ line: 1, code: '42701' }], reinserted: [], catalog: [], note: '', gone: null, transactionMode: 'per-migration' });
    expect(line).toBe('failures: line=1, code=42701 · transactionMode: per-migration');
  });
});
