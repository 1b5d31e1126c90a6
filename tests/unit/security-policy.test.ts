import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHeader, headersFile, parseHeadersFile, patternMatches } from '../../src/lib/security-policy.ts';

describe('security policy', () => {
  it('public/_headers is exactly what the policy module generates', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  it('never allows inline or eval script, plugins or a changed base URL', () => {
    const csp = cspHeader();
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('parses a _headers file and matches its path patterns', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-One: 1\n/data/*\n  X-Two: a: b\n');
    expect(rules).toEqual([{ pattern: '/*', headers: { 'X-One': '1' } }, { pattern: '/data/*', headers: { 'X-Two': 'a: b' } }]);
    expect(patternMatches('/data/*', '/data/x.csv')).toBe(true);
    expect(patternMatches('/data/*', '/other/')).toBe(false);
  });
});
