// dist/pgreview.js: the CLI's entry (bin/pgreview.js); the work happens in dist/cli.js (see src/launch.ts).
import { launch } from './launch.js';

await launch(new URL('./cli.js', import.meta.url), process.argv.slice(2));
