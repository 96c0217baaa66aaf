import type { Report, Settings } from './types.js';

/** The one entry point shared by the CLI and the action: plan → parse → rules → live → assess. */
export async function review(settings: Settings): Promise<Report> {
  void settings;
  throw new Error('review() is being assembled: see src/review.ts');
}
