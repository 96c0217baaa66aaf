// dist/index.js: the action's entry as GitHub runs it; the work happens in dist/action.js (see src/launch.ts).
import { launch } from '../launch.js';

await launch(new URL('./action.js', import.meta.url), process.argv.slice(2));
