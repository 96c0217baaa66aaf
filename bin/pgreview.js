#!/usr/bin/env node
// The CLI from the published package: the bundle (npm run build) carries its WASM assets.
import '../dist/pgreview.js';
