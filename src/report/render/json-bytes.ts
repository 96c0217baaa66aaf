// JSON output as one-byte strings. A report holds a few non-ASCII characters ("→", "—", a name in
// its SQL), and the first of them makes V8 build the whole JSON text as a two-byte string: on the
// whole corpus that stringified ~2.5× slower and encoded to UTF-8 ~10× slower than the same text in
// ASCII. Here every string that is not ASCII is replaced by its UTF-8 bytes, one Latin-1 character
// per byte, before JSON.stringify; the text it then makes, written as Latin-1, is byte for byte the
// UTF-8 of JSON.stringify's text for the original value. (JSON.stringify escapes only `"`, `\`,
// characters below U+0020 and lone surrogates; bytes 0x80–0xFF as characters are none of these.)

/** The value could not be turned into bytes this way; stringify the original. */
export const NOT_BYTES: unique symbol = Symbol('not representable as UTF-8 bytes');

const NON_ASCII = /[^\x00-\x7f]/;
/** A surrogate not in a pair: JSON.stringify writes it as a \u escape, which its UTF-8 would not be. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Deeper than any report: a cycle, which JSON.stringify of the original reports with its own error. */
const MAX_DEPTH = 200;

/**
 * `value` with every non-ASCII string and key as its UTF-8 bytes in Latin-1 characters, sharing every
 * object and array that holds none; NOT_BYTES when JSON.stringify would treat it differently than a
 * plain tree of data (a toJSON method, a BigInt, a lone surrogate, a cycle).
 */
export function utf8BytesOf(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return NON_ASCII.test(value) ? stringBytes(value) : value;
  if (typeof value === 'bigint') return NOT_BYTES;
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return NOT_BYTES;
  return Array.isArray(value) ? arrayBytes(value, depth) : objectBytes(value as Record<string, unknown>, depth);
}

function stringBytes(s: string): string | typeof NOT_BYTES {
  return LONE_SURROGATE.test(s) ? NOT_BYTES : Buffer.from(s, 'utf8').toString('latin1');
}

function arrayBytes(items: unknown[], depth: number): unknown[] | typeof NOT_BYTES {
  let out: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const bytes = utf8BytesOf(item, depth + 1);
    if (bytes === NOT_BYTES) return NOT_BYTES;
    if (bytes !== item) (out ??= items.slice())[i] = bytes;
  }
  return out ?? items;
}

function objectBytes(obj: Record<string, unknown>, depth: number): Record<string, unknown> | typeof NOT_BYTES {
  let out: Record<string, unknown> | undefined;
  // for…in without an array of keys per object; own keys only, as JSON.stringify (Object.keys order).
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const value = obj[key];
    const bytes = utf8BytesOf(value, depth + 1);
    if (bytes === NOT_BYTES) return NOT_BYTES;
    const keyBytes = NON_ASCII.test(key) ? stringBytes(key) : key;
    if (keyBytes === NOT_BYTES) return NOT_BYTES;
    if (!out && (bytes !== value || keyBytes !== key)) out = copyBefore(obj, key);
    if (out) out[keyBytes] = bytes;
  }
  return out ?? obj;
}

/**
 * The own keys of `obj` before `stop`, unchanged, in their order, in an object without a prototype
 * (a "__proto__" key is then a key like any other, as JSON.parse makes it). A key made of bytes
 * ≥ 0x80 is never an array index, so the copy keeps JSON.stringify's order.
 */
function copyBefore(obj: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const key in obj) {
    if (key === stop) break;
    if (Object.hasOwn(obj, key)) out[key] = obj[key];
  }
  return out;
}
