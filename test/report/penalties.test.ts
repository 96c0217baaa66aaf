// The confidence line of both renderers sums a factor's penalties ("engine limit −9"), largest first.
import { describe, expect, it } from 'vitest';
import { penaltiesByFactor } from '../../src/report/facts.js';

describe('confidence penalties by factor', () => {
  it('sums repeated factors and orders by total', () => {
    const factors = [
      { factor: 'engine limit', penalty: 3 },
      { factor: 'probes not run', penalty: 5 },
      { factor: 'engine limit', penalty: 3 },
      { factor: 'engine limit', penalty: 3 },
    ];
    expect(penaltiesByFactor(factors)).toEqual([
      ['engine limit', 9],
      ['probes not run', 5],
    ]);
  });
});
