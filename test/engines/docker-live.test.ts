// The docker engine against a real container runtime: .ci/run provides one (scripts/ci-docker.sh),
// GitHub's ubuntu runners have one. Where no daemon answers it skips with one loud line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectContainerRuntime, nodeSupportsDocker } from '../../src/engines/docker.js';
import { review } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';

const runtime = await detectContainerRuntime();
const usable = runtime.available && nodeSupportsDocker(process.versions.node);
if (!usable) console.warn(`\n*** docker engine tests SKIPPED: ${runtime.available ? `Node ${process.versions.node} is too old for testcontainers` : runtime.detail} ***\n`);

describe.skipIf(!usable)('docker engine (pgvector/pgvector:pg17)', () => {
  it('reviews a pgvector migration live in a container and removes it afterwards', async () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/seeds/003-rag-embeddings');
    const report = await review(
      inlineSettings({ dir, repoRoot: dir, engine: 'docker', preset: 'neon', changed: ['drizzle/0012_add_rag_embeddings.sql', 'drizzle/0013_add_question_templates.sql'] }),
    );
    expect(report.engine).toMatchObject({ id: 'docker', pgvector: true });
    expect(report.migrations.map((m) => m.applied)).toEqual(['applied', 'applied']);
    expect(report.findings.some((f) => f.ruleId === 'ivfflat-on-empty-table')).toBe(true);
  }, 300_000);
});
