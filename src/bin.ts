// dist/pgreview.js: the CLI's entry (bin/pgreview.js); sets V8's WASM flags, then runs dist/cli.js in
// this process (see src/launch.ts).
import { launch } from './launch.js';

await launch(new URL('./cli.js', import.meta.url));
