// SARIF output validates against the SARIF 2.1.0 JSON schema, offline: the schema is the copy that
// the npm package @microsoft/jest-sarif ships (lib/schemas/sarif-2.1.0-rtm.5.json, the 2.1.0 release
// schema, MIT), checked with ajv. Reports with suppressed, grouped, live and security findings.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/report/assess.js';
import { toSarif } from '../../src/report/render/sarif.js';
import { rules } from '../../rules/index.js';
import { fewScenario, manyScenario } from './fixtures.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv = require('ajv');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

const registry = rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, phase: r.phase }));

describe('SARIF 2.1.0 schema', () => {
  for (const [name, build] of [
    ['few (critical security, suppressed)', fewScenario],
    ['many (every category, groups, live evidence)', () => manyScenario(60)],
  ] as const) {
    it(`${name} validates`, () => {
      const sarif = toSarif(assess(build()), { rules: registry });
      const ok = validate(sarif);
      expect(ok ? [] : validate.errors).toEqual([]);
    });
  }
});
