import { defineRule } from '../src/analysis/rules.js';

/** What each tool does when an applied migration's file changes. */
const TOOL_NOTE: Partial<Record<string, string>> = {
  flyway: ' Flyway also validates checksums: `flyway migrate` fails with a checksum mismatch on every database that ran the old version until someone runs `flyway repair`.',
  prisma: ' Prisma stores a checksum: `prisma migrate dev` then asks to reset the development database, and `migrate deploy` warns that the applied migration was modified.',
};

export default defineRule({
  id: 'modified-migration',
  phase: 'static',
  severity: 'high',
  category: 'deploy',
  title: 'Already-applied migration edited',
  finish(ctx) {
    for (const m of ctx.set.migrations) {
      // Repeatable migrations (Flyway R__) are meant to be edited: they re-run when they change.
      if (m.status !== 'modified' || m.repeatable) continue;
      ctx.report({
        at: { file: m.up.file || m.path, line: 1, column: 1, migrationId: m.id },
        object: m.path,
        message:
          `${m.path} exists on the base branch with different content, so it has most likely already run in staging and production. ` +
          `Migration tools record which versions ran, not what they contained: databases that applied the old version never run the new one, while fresh databases (CI, new developers, a restore) run only the new one, so environments silently drift apart.` +
          (TOOL_NOTE[ctx.set.layout] ?? ''),
        fix: {
          description:
            'Restore the file to its base-branch content and put the change in a new migration. Edit an applied migration only to fix something that never ran anywhere (and say so), or to make a broken fresh setup work while keeping its effect identical.',
        },
      });
    }
  },
});
