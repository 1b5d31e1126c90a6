/**
 * Content check: reading grade, words and reading time of every article in the built site.
 * Prints a table and exits 1 if any article is above grade MAX_GRADE.
 *   npm run content            (after npm run build)
 *   npm run content -- --text /slug/   prints the text that was measured, one unit a line
 */
import { articleTexts } from './lib/built-site.ts';
import { MAX_GRADE, measureText } from '../src/lib/readability.ts';

const showText = process.argv.indexOf('--text');
const articles = articleTexts();
if (showText > -1) {
  const wanted = process.argv[showText + 1];
  console.log(articles.find((a) => a.path === wanted)?.text ?? `No article at ${wanted}`);
  process.exit(0);
}
if (articles.length === 0) {
  console.error('content: no articles found in dist/');
  process.exit(1);
}
const rows = articles.map((a) => ({ ...a, ...measureText(a.text) })).sort((a, b) => b.grade - a.grade);
const pad = (value: string | number, width: number) => String(value).padEnd(width);
console.log(`${pad('page', 44)} ${pad('grade', 6)} ${pad('ease', 6)} ${pad('words', 6)} minutes`);
for (const row of rows) {
  const flag = row.grade > MAX_GRADE ? `  ✗ above grade ${MAX_GRADE}` : '';
  console.log(`${pad(row.path, 44)} ${pad(row.grade.toFixed(1), 6)} ${pad(row.readingEase.toFixed(0), 6)} ${pad(row.words, 6)} ${row.minutes}${flag}`);
}
const failing = rows.filter((row) => row.grade > MAX_GRADE);
console.log(`\n${rows.length} articles; ${failing.length} above grade ${MAX_GRADE}. Target: grade 8 or below.`);
process.exit(failing.length ? 1 : 0);
