// Which extension defines which name: the one table the rules read when they need to know where an
// unqualified function, type, operator class or index method comes from (extension-not-created: which
// extension a statement needs; the search_path fix: which schema holds a name a function uses).
// Names were read from the extensions themselves where a database has them (pg_depend of the
// extension on PGlite 0.4 / PostgreSQL 17 with pgvector, moddatetime on PostgreSQL 15; pgjwt from its
// 0.2.0 script); only the names a migration writes are listed, not the support functions.

export interface ExtensionObjects {
  /** Functions whose bare name says the extension is needed. */
  functions?: readonly string[];
  /**
   * Functions the extension defines under a common word, or under a name PostgreSQL itself has
   * (pgjwt's sign, pg_catalog.sign): a call by that name does not say which one is meant. Used only
   * where the extension is known to exist (the search_path fix), never to say it is needed.
   */
  generic?: readonly string[];
  types?: readonly string[];
  /** Operator classes, named in CREATE INDEX. */
  opclasses?: readonly string[];
  /** Index access methods (CREATE INDEX … USING <method>). */
  methods?: readonly string[];
  /** Schemas the extension creates and whose functions are called qualified (cron.schedule). */
  schemas?: readonly string[];
  /**
   * Every name of the extension a migration can write and get "does not exist" for is above, or is
   * named after one above (pgvector's vector_add, array_to_vector), or needs a listed type first:
   * read from the extension's members. Only then may a "does not exist" naming nothing listed be
   * called not the extension's (src/live/gaps.ts); an entry without it is blamed for any.
   */
  complete?: true;
}

export const EXTENSION_OBJECTS: Readonly<Record<string, ExtensionObjects>> = {
  'uuid-ossp': {
    complete: true,
    functions: ['uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v3', 'uuid_generate_v4', 'uuid_generate_v5', 'uuid_nil', 'uuid_ns_dns', 'uuid_ns_url', 'uuid_ns_oid', 'uuid_ns_x500'],
  },
  pgcrypto: {
    complete: true,
    // gen_random_uuid is pgcrypto's too, but core since PostgreSQL 13: extension-not-created asks for it by version.
    functions: [
      'gen_random_bytes', 'crypt', 'gen_salt', 'digest', 'hmac', 'encrypt_iv', 'decrypt_iv',
      'pgp_sym_encrypt', 'pgp_sym_decrypt', 'pgp_sym_encrypt_bytea', 'pgp_sym_decrypt_bytea',
      'pgp_pub_encrypt', 'pgp_pub_decrypt', 'pgp_pub_encrypt_bytea', 'pgp_pub_decrypt_bytea',
      'pgp_key_id', 'pgp_armor_headers', 'armor', 'dearmor',
    ],
    generic: ['encrypt', 'decrypt'],
  },
  pgjwt: { complete: true, functions: ['algorithm_sign', 'try_cast_double'], generic: ['sign', 'verify', 'url_encode', 'url_decode'] },
  pg_trgm: {
    complete: true,
    functions: ['similarity', 'word_similarity', 'strict_word_similarity', 'show_trgm', 'set_limit', 'show_limit'],
    opclasses: ['gin_trgm_ops', 'gist_trgm_ops'],
  },
  vector: {
    complete: true,
    functions: [
      'cosine_distance', 'l2_distance', 'inner_product', 'l1_distance', 'vector_dims', 'vector_norm', 'l2_normalize', 'l2_norm',
      'subvector', 'binary_quantize', 'hamming_distance', 'jaccard_distance',
    ],
    types: ['vector', 'halfvec', 'sparsevec'],
    opclasses: [
      'vector_ops', 'vector_l2_ops', 'vector_ip_ops', 'vector_cosine_ops', 'vector_l1_ops',
      'halfvec_ops', 'halfvec_l2_ops', 'halfvec_ip_ops', 'halfvec_cosine_ops', 'halfvec_l1_ops',
      'sparsevec_ops', 'sparsevec_l2_ops', 'sparsevec_ip_ops', 'sparsevec_cosine_ops', 'sparsevec_l1_ops',
      'bit_hamming_ops', 'bit_jaccard_ops',
    ],
    methods: ['hnsw', 'ivfflat'],
  },
  ltree: {
    functions: ['nlevel', 'subltree', 'subpath', 'lca', 'text2ltree', 'ltree2text'],
    generic: ['index'],
    types: ['ltree', 'lquery', 'ltxtquery'],
    opclasses: ['gist_ltree_ops', 'gist__ltree_ops', 'ltree_ops', 'hash_ltree_ops'],
  },
  unaccent: { complete: true, functions: ['unaccent'] },
  fuzzystrmatch: { complete: true, functions: ['levenshtein', 'levenshtein_less_equal', 'soundex', 'metaphone', 'dmetaphone', 'dmetaphone_alt', 'difference', 'daitch_mokotoff'] },
  citext: { complete: true, types: ['citext'], opclasses: ['citext_ops', 'citext_pattern_ops'] },
  hstore: {
    functions: ['akeys', 'avals', 'skeys', 'svals', 'hstore_to_array', 'hstore_to_matrix', 'hstore_to_json', 'hstore_to_jsonb', 'hstore_to_json_loose', 'hstore_to_jsonb_loose'],
    types: ['hstore'],
    opclasses: ['gin_hstore_ops', 'gist_hstore_ops', 'btree_hstore_ops', 'hash_hstore_ops'],
  },
  moddatetime: { complete: true, functions: ['moddatetime'] },
  postgis: { types: ['geometry', 'geography'] },
  pg_cron: { schemas: ['cron'] },
  pg_net: { schemas: ['net'] },
};

type Kind = 'functions' | 'generic' | 'types' | 'opclasses' | 'methods' | 'schemas';

/** name → the extension that defines it, for one kind of object; the first extension listed wins. */
export function extensionByName(...kinds: Kind[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [ext, objects] of Object.entries(EXTENSION_OBJECTS)) for (const kind of kinds) for (const name of objects[kind] ?? []) if (!out.has(name)) out.set(name, ext);
  return out;
}

/** Every name an extension defines (functions, generic ones included, and types) → the extensions that define it. */
export function extensionsByAnyName(): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const [ext, objects] of Object.entries(EXTENSION_OBJECTS))
    for (const name of [...(objects.functions ?? []), ...(objects.generic ?? []), ...(objects.types ?? [])]) out.set(name, [...(out.get(name) ?? []), ext]);
  return out;
}
