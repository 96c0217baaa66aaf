// splitQualified's unquoted fast path splits exactly as its quote-aware loop does.
import { describe, expect, it } from 'vitest';
import { normName, qualifiedParts, splitQualified } from '../../src/report/facts.js';

describe('splitQualified', () => {
  it('splits unquoted names on every dot, empty parts kept', () => {
    expect(splitQualified('public.orders')).toEqual(['public', 'orders']);
    expect(splitQualified('orders')).toEqual(['orders']);
    expect(splitQualified('')).toEqual(['']);
    expect(splitQualified('a..b.')).toEqual(['a', '', 'b', '']);
    expect(splitQualified('public.policy name.with dots')).toEqual(['public', 'policy name', 'with dots']);
  });
  it('keeps dots and doubled quotes inside quoted parts', () => {
    expect(splitQualified('"my.schema"."T"')).toEqual(['my.schema', 'T']);
    expect(splitQualified('public."say ""hi"""')).toEqual(['public', 'say "hi"']);
  });
  it('feeds normName and qualifiedParts as before', () => {
    expect(normName('Orders')).toBe('public.orders');
    expect(normName('"App"."Users"')).toBe('app.users');
    expect(qualifiedParts('public.fn(uuid)', 2)).toEqual(['public', 'fn']);
    expect(qualifiedParts('t.c', 3)).toEqual(['public', 't', 'c']);
  });
});
