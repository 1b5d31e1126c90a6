import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/lib/security-policy.ts';

describe('security policy', () => {
  it('never allows inline or eval script, plugins or a changed base URL', () => {
    const csp = cspHeader();
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
