// The Supabase-style corpus folders apply cleanly end to end on PGlite with the supabase preset,
// through review() exactly as the CLI runs it: every changed migration is 'applied'; the only
// statements not run are CREATE EXTENSION of extensions PGlite does not ship, each with its reason.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { review } from '../../src/review.js';
import { defaultSettings } from '../../src/config.js';
import { CORPUS, HAVE_CORPUS, corpusFolders } from './corpus.js';

const SUPABASE_FOLDERS = ['usebasejump__basejump', 'mckaywrigley__chatbot-ui'].filter((f) => !HAVE_CORPUS || corpusFolders().includes(f));

describe.skipIf(!HAVE_CORPUS)('corpus: Supabase folders apply on PGlite with the supabase preset', () => {
  it.each(SUPABASE_FOLDERS)(
    '%s',
    async (folder) => {
      const r = await review(defaultSettings({ dir: path.join(CORPUS, folder), engine: 'pglite', format: 'json' }));
      expect(r.engine?.id).toBe('pglite');
      expect(r.preset).toBe('supabase');
      expect(r.migrations.length).toBe(r.summary.changed);
      expect(r.migrations.length).toBeGreaterThan(0);
      const notApplied = r.migrations.filter((m) => m.applied !== 'applied').map((m) => `${m.file}: ${m.applied} ${m.error?.message ?? ''} (line ${m.error?.line ?? '?'})`);
      expect(notApplied).toEqual([]);
      // Statements that did not run say why, and the only reason is an extension PGlite lacks.
      const skipped = r.migrations.flatMap((m) => (m.trace ?? []).filter((t) => t.skipped).map((t) => ({ file: m.file, line: t.line, kind: t.kind, why: t.skipped! })));
      for (const s of skipped) {
        expect(s.kind, `${s.file}:${s.line}`).toBe('CreateExtensionStmt');
        expect(s.why, `${s.file}:${s.line}`).toMatch(/extension "[^"]+" is not available/);
      }
      const errors = r.migrations.flatMap((m) => (m.trace ?? []).filter((t) => t.error).map((t) => `${m.file}:${t.line} ${t.error!.message}`));
      expect(errors).toEqual([]);
    },
    180_000,
  );
});
