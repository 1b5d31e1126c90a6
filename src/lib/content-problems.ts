/**
 * The one problem type every content rule reports, the one formatter, and the "did you mean"
 * helper. A problem prints as
 *
 *   content/articles/foo.mdx:12 › body: <Cite id="fda-labl"> names no source
 *       hint: did you mean "fda-label"? Source keys are the file names in content/sources/.
 *
 * Problems found while the content layer loads files (schema errors, two files with one key)
 * are kept in `loaderProblems` until the rules run (src/lib/content.ts), so that one build
 * reports everything at once instead of stopping at the first bad file.
 */
import { distance } from 'fastest-levenshtein';

export interface Problem {
  /** Path from the project root, e.g. content/articles/is-ketamine-addictive.mdx. */
  file: string;
  /** Line in that file, when known. */
  line?: number;
  /** The frontmatter field, component prop or `body`. */
  field: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} › ${problem.field}: ${problem.message}${problem.hint ? `\n    hint: ${problem.hint}` : ''}`;
}

/** Every problem once (two rules may meet the same fault), sorted by file and line. */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Map<string, Problem>();
  for (const problem of problems) seen.set(formatProblem(problem), problem);
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** One message for a list of problems, each on its own line(s). */
export function formatProblems(problems: Problem[]): string {
  return uniqueProblems(problems).map(formatProblem).join('\n');
}

/** The closest known key, when it is close enough to be a typo (fastest-levenshtein edit distance). */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** "did you mean "x"? " or nothing, followed by where the keys come from. */
export function didYouMean(value: string, known: Iterable<string>, where: string): string {
  const guess = closest(value, known);
  return `${guess ? `did you mean "${guess}"? ` : ''}${where}`;
}

const REGISTRY = Symbol.for('ketamine-facts.loader-problems');
type Registry = Map<string, Problem[]>;

/**
 * Problems the loaders found, by collection and entry. Held on globalThis because the loaders
 * run in the content layer's module graph and the rules in the build's, in the same process.
 */
export function loaderProblems(): Registry {
  const store = globalThis as unknown as Record<symbol, Registry>;
  store[REGISTRY] ??= new Map();
  return store[REGISTRY];
}

/**
 * Stop the build with one report of every problem. It exits rather than throws: a thrown error
 * is printed with a stack trace, once per page that was rendering, and the report is what the
 * writer needs. The site-checks integration removes dist/ on this exit.
 */
export function stopBuild(problems: Problem[], after = ''): never {
  const unique = uniqueProblems(problems);
  const files = new Set(unique.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.error(`\n${plural(unique.length, 'problem')} in ${plural(files, 'file')}${after} (nothing was published; dist/ is removed):\n\n${formatProblems(unique)}\n`);
  process.exit(1);
}
