// An interrupt while the docker engine copies its saved state out of the container: the daemon holds
// the container while it writes the archive, and the interrupt's cleanup blocks the event loop, so
// nothing reads the archive any more. The cleanup must close it first, or `docker rm` waits out its
// time limit and the container outlives the run (it did: 20 s, then 120 s, container left).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectContainerRuntime, nodeSupportsDocker } from '../../src/engines/docker.js';
import { tempDir } from '../temp-dirs.js';

const runtime = await detectContainerRuntime();
const usable = runtime.available && nodeSupportsDocker(process.versions.node);
if (!usable) console.warn(`\n*** docker interrupt-during-save test SKIPPED: ${runtime.detail} ***\n`);
const ROOT = path.resolve(import.meta.dirname, '../..');

describe.skipIf(!usable)('docker engine interrupted while saving its state', () => {
  it('exits at once with 130 and leaves no container', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/docker-interrupt-during-save.ts', tempDir('pgreview-interrupt-save-')], { cwd: ROOT, env: { ...process.env, TESTCONTAINERS_RYUK_DISABLED: 'true' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const [id, state] = out.trim().split('\n');
    expect(state, err).toBe('copying');
    expect(code, err).toBe(130);
    // Without closing the archive first, both docker calls of the cleanup ran out of time (2 min) and this container stayed.
    const left = spawnSync('docker', ['ps', '-aq', '--no-trunc', '--filter', `id=${id}`], { encoding: 'utf8' }).stdout.trim();
    expect(left).toBe('');
  }, 300_000);
});
