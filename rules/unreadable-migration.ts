import { defineRule } from '../src/analysis/rules.js';
import type { Severity } from '../src/types.js';

const FIX: Record<string, string> = {
  binary: 'Replace it with the SQL text it should hold (a binary file, or text saved as UTF-16, is not a migration).',
  encoding: 'Save the file as UTF-8: Postgres and migration tools expect UTF-8 migrations, and other encodings corrupt non-ASCII text.',
  'too-large': 'Split it, or move bulk data out of the migration (COPY from a file, a seed script).',
  symlink: 'Commit the SQL itself instead of a link to a file outside the repository.',
  unreadable: 'Check the file exists, is a regular file and is readable.',
  format: "Follow the tool's file format (for dbmate: a '-- migrate:up' section first, then '-- migrate:down').",
  empty: 'Add the SQL, or delete the file if it is not needed.',
};

export default defineRule({
  id: 'unreadable-migration',
  phase: 'static',
  severity: 'high',
  category: 'deploy',
  title: 'Migration file could not be read as SQL',
  directions: ['up', 'down'],
  finish(ctx) {
    const seen = new Set<string>();
    const report = (m: { id: string; path: string }, file: string, direction: string, reason: string, message: string, line = 1) => {
      const key = `${file}\u0000${direction}\u0000${reason}`;
      if (seen.has(key)) return;
      seen.add(key);
      // An empty up migration is probably a mistake but harms nothing; an empty down file is a choice.
      const severity: Severity = reason === 'empty' ? 'low' : 'high';
      ctx.report({
        at: { file, line, column: 1, migrationId: m.id },
        object: file,
        severity,
        message:
          reason === 'empty'
            ? `${file} is empty: the migration tool will record it as applied without doing anything. If it is a placeholder, say so in a comment; if the SQL was lost (an unsaved editor, a bad merge), restore it.`
            : `pgreview could not review ${file}: ${message}. None of its statements were checked` +
              (reason === 'format' ? ', and the migration tool will refuse the file when it runs' : reason === 'symlink' ? '' : ', and the migration tool will most likely fail on it as well') +
              '.',
        fix: { description: FIX[reason] ?? FIX.unreadable! },
      });
    };
    for (const m of ctx.set.migrations) {
      if (m.status === 'base') continue;
      for (const p of m.readProblems ?? []) {
        const direction = p.direction ?? 'up';
        if (p.reason === 'empty' && direction === 'down') continue;
        const file = direction === 'down' ? (m.down?.file ?? m.path) : (m.up.file || m.path);
        report(m, file, direction, p.reason ?? 'unreadable', p.message, p.line);
      }
    }
    for (const src of ctx.sources) {
      const m = src.migration;
      if (m.status === 'base') continue;
      for (const err of src.errors) {
        if (err.reason === 'binary' || err.reason === 'encoding' || err.reason === 'too-large')
          report(m, src.source.file, src.direction, err.reason, err.message, err.line);
      }
      // A file with nothing but whitespace (the reader reports it too when it read the file).
      if (src.direction === 'up' && !src.errors.length && !src.statements.length && /^[\s\ufeff]*$/.test(src.source.text) && !(m.readProblems ?? []).length)
        report(m, src.source.file, 'up', 'empty', 'file is empty');
    }
  },
});
