/** dist/_headers is written at build time from the policy module, so a host sends exactly the policy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/security-policy.ts';

it('dist/_headers carries every header of the policy for every path', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '_headers'), 'utf8');
  const lines = text.split('\n');
  expect(lines).toContain('/*');
  for (const [name, value] of Object.entries(securityHeaders())) expect(lines).toContain(`  ${name}: ${value}`);
});
