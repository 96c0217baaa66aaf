// Text from the pull request (SQL, file names, Postgres messages) must never be able to issue a
// workflow command (`::set-output`, `::add-mask`, `::error`…) when it reaches the log. @actions/core
// has no helper for this, so untrusted text is printed between `::stop-commands::<token>` and
// `::<token>::`, with a random token the PR cannot guess.
import { randomBytes } from 'node:crypto';

export type Write = (chunk: string) => void;

const defaultWrite: Write = (s) => {
  process.stdout.write(s);
};

/** Prints `text` with workflow commands disabled around it. */
export function logUntrusted(text: string, write: Write = defaultWrite): void {
  const token = `pgreview-${randomBytes(16).toString('hex')}`;
  // The token never appears in the text, so the text cannot end the quiet section itself.
  write(`::stop-commands::${token}\n${text.endsWith('\n') ? text : text + '\n'}::${token}::\n`);
}
