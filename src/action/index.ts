// dist/index.js: the action's entry as GitHub runs it; sets V8's WASM flags, then runs dist/action.js
// in this process (see src/launch.ts).
import { launch } from '../launch.js';

await launch(new URL('./action.js', import.meta.url));
