// The docker engine's testcontainers stack behind one ES module, loaded lazily by docker.ts.
// Why a module of our own: @testcontainers/postgresql is CommonJS. Imported dynamically, esbuild's
// split chunk for it exposes only `default` (esbuild does not guess a CJS module's export names the
// way Node's loader does), so `const { PostgreSqlContainer } = await import(...)` got undefined from
// the bundle while it worked from source. A static import here is converted with its names kept,
// and the dynamic import in docker.ts targets this ES module, whose exports esbuild knows.
import { PostgreSqlContainer } from '@testcontainers/postgresql';
import { getContainerRuntimeClient, ImageName } from 'testcontainers';

export { PostgreSqlContainer, getContainerRuntimeClient, ImageName };
