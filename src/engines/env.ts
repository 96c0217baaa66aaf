// Untrusted SQL runs inside the servers we spawn (COPY ... PROGRAM, untrusted languages in a future
// image, extension scripts): they get no tokens, action inputs or runner secrets, only what a
// Postgres server needs to find its tools and format text.

const KEEP = ['PATH', 'LANG', 'LC_ALL', 'TZ'] as const;

export function scrubbedEnv(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of KEEP) {
    const v = source[k];
    if (v !== undefined) env[k] = v;
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  return env;
}
