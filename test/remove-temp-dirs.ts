// Setup file (vitest.config.ts): registered first, so with vitest's stacked hooks it runs after each
// file's own afterAll hooks, when nothing of the file uses its folders any more.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.js';

afterAll(removeTempDirs);
