// What the platform preset says about production's migration role, read by the trace (may a denied
// statement be retried as the superuser?) and by the gap checks (is a privilege error the review's
// limit?). A leaf module: a static run loads the gap checks.
import type { PresetId } from '../types.js';

const MANAGED: ReadonlySet<PresetId> = new Set(['supabase', 'neon']);

/**
 * A self-hosted setup, where the migration tool may connect as a superuser or the owner. Unset means
 * managed: without a preset, what the review's role is denied stands.
 */
export function selfHosted(preset: PresetId | undefined): boolean {
  return !!preset && !MANAGED.has(preset);
}
