/**
 * Time never breaks the build. The fixture site (tests/fixtures/site) is built for real as it
 * will stand on two later days: the build must pass both times, and currency must show where
 * readers see it. The fixture has one dated fact that ends on 2026-12-31 (fixture-rule-ends),
 * one that is only due a re-check on 2027-05-21 (fixture-approval), and an article whose next
 * review is 2027-05-21 (as are its four helplines' re-checks). The editors' command, `npm run review`, is checked on the same copy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../../src/lib/built-pages.ts';
import { PROJECT_ROOT, buildTempSite, createTempSite, type RunResult, type TempSite } from '../../scripts/lib/temp-site.ts';

const BASE_CONTENT = join(PROJECT_ROOT, 'tests', 'fixtures', 'site', 'content');
const sites: TempSite[] = [];
const builds: Record<string, RunResult & { dist: string }> = {};

async function buildOn(day: string) {
  const site = createTempSite(BASE_CONTENT, `dated-${day}`);
  sites.push(site);
  builds[day] = { ...(await buildTempSite(site.root, { SITE_TODAY: day })), dist: join(site.root, 'dist') };
}
const articleOn = (day: string) => parse(readFileSync(join(builds[day].dist, 'fixture-article', 'index.html'), 'utf8'));
const countInSite = (day: string, selector: string) =>
  builtHtmlFiles(builds[day].dist).reduce((sum, file) => sum + parse(readFileSync(file, 'utf8')).querySelectorAll(selector).length, 0);

beforeAll(async () => {
  await Promise.all([buildOn('2027-01-02'), buildOn('2027-06-01')]);
}, 240_000);
afterAll(() => sites.forEach((site) => site.remove()), 60_000);

describe('one day after a dated fact ends (2027-01-02)', () => {
  const day = '2027-01-02';

  it('builds, and the build warns once, naming the fact', () => {
    expect(builds[day].status, builds[day].output).toBe(0);
    expect(builds[day].output).toMatch(/1 item\(s\) past their review date on 2027-01-02[^\n]*\n\s+content\/facts\/fixture-rule-ends\.yaml \(fact, ended 2026-12-31\)/);
  });

  it('puts a dated caution at that sentence and nowhere else', () => {
    const caution = articleOn(day).querySelector('[data-fact="fixture-rule-ends"] .fact-caution');
    expect(caution?.text).toBe('Check: This was due to change after 31 December 2026, and we have not checked it since. It may be out of date.');
    expect(articleOn(day).querySelector('[data-fact="fixture-approval"] .fact-caution')).toBeNull();
    expect(countInSite(day, '.fact-caution')).toBe(1);
    expect(countInSite(day, '.review-caution')).toBe(0);
  });

  it('cites the fact’s source where the sentence stands', () => {
    expect(articleOn(day).querySelector('[data-fact="fixture-rule-ends"] sup.cite a')?.getAttribute('href')).toBe('#ref-fixture-label');
  });
});

describe('after the article’s next review date (2027-06-01)', () => {
  const day = '2027-06-01';

  it('still builds, with a site to deploy, and the warning lists every overdue item at once', () => {
    expect(builds[day].status, builds[day].output).toBe(0);
    expect(builds[day].output).toContain('7 item(s) past their review date on 2027-06-01');
    for (const file of ['content/articles/fixture-article.mdx (page, overdue since 2027-05-21)', 'content/facts/fixture-rule-ends.yaml (fact, ended 2026-12-31)', 'content/facts/fixture-approval.yaml (fact, overdue since 2027-05-21)', 'content/helplines/fixture-crisis-line.yaml (helpline, overdue since 2027-05-21)']) {
      expect(builds[day].output).toContain(file);
    }
  });

  it('says on the page, under its dates and on paper, that the review is due', () => {
    const page = articleOn(day);
    expect(page.querySelector('.review-dates + .review-caution')?.text).toBe('Due for review since 21 May 2027: some details may be out of date.');
    expect(page.querySelector('.print-footer .review-caution-print')?.text).toBe('Due for review since 21 May 2027: some details may be out of date.');
    expect(page.querySelectorAll('.fact-caution').map((c) => c.parentNode?.getAttribute('data-fact'))).toEqual(['fixture-rule-ends', 'fixture-approval']);
  });
});

describe('npm run review (the editors’ check)', () => {
  const review = (day: string) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'review.ts'), '--root', sites[0].root], { env: { ...process.env, SITE_TODAY: day }, encoding: 'utf8' });

  it('passes while nothing is past due, listing what falls due within 30 days', () => {
    const result = review('2026-12-07');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Due within 30 days (1):\n  • content/facts/fixture-rule-ends.yaml (fact, due 2026-12-31)');
    expect(result.stdout).toContain('0 past due, 1 due soon, 6 current.');
    expect(result.stdout).not.toContain('✗');
  });

  it('fails once anything is past due, listing each item with its date', () => {
    const result = review('2027-06-01');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ content/articles/fixture-article.mdx (page, overdue since 2027-05-21)');
    expect(result.stdout).toContain('✗ content/facts/fixture-rule-ends.yaml (fact, ended 2026-12-31)');
    expect(result.stdout).toContain('7 past due, 0 due soon, 0 current.');
  });
});
