/**
 * Astro's glob() loader, with its schema errors collected instead of thrown. The content layer
 * stops at the first file whose frontmatter fails its schema, so a writer with three mistakes
 * needed three builds. This loader validates each file, and on a failure records every issue
 * of that file as a Problem (file:line › field: message) and leaves the entry out of the store;
 * the content rules (src/lib/content.ts) then report them with every other problem in the site.
 * Two files that make the same key (Spravato-Label.yaml and spravato-label.yaml) are reported
 * the same way rather than left to Astro's DuplicateContentEntrySlugError.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { loaderProblems, type Problem } from './content-problems.ts';

/** Line of a top-level `field:` in a YAML file or an MDX file's frontmatter. */
function lineOf(text: string, field: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index >= 0 ? index + 1 : undefined;
}

function issueMessage(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const top = issue.path[0];
  if (issue.code === 'invalid_type' && issue.path.length === 1 && typeof top === 'string' && data[top] === undefined) return 'Required';
  return issue.message;
}

export function checkedGlob(options: { base: string; pattern: string }, schema: z.ZodType): Loader {
  const inner = glob({
    ...options,
    // The default id (the file name, lowercased, without extension), noting two files that share one.
    generateId: ({ entry }) => {
      const id = entry.replace(/\.[^.]+$/, '').toLowerCase();
      const first = filesById.get(id);
      if (first && first !== entry) {
        duplicates.set(`${id}\u0000${entry}`, first);
        return `${id}\u0000${entry}`;
      }
      filesById.set(id, entry);
      return id;
    },
  });
  const filesById = new Map<string, string>();
  const duplicates = new Map<string, string>();
  return {
    name: 'checked-glob',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const folder = options.base.replace(/^\.\//, '').replace(/\/$/, '');
      const registry = loaderProblems();
      filesById.clear();
      duplicates.clear();
      const skipped = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ? relative(root, props.filePath) : `${folder}/${props.id}`;
        const key = `${context.collection}/${props.id}`;
        const first = duplicates.get(props.id);
        if (first) {
          skipped.add(props.id);
          registry.set(key, [
            {
              file,
              field: 'slug',
              message: `makes the same key as ${folder}/${first}: keys ignore capital letters, so only one of them can be used`,
              hint: 'keep one file and delete or rename the other',
            },
          ]);
          return props.data;
        }
        try {
          const data = await context.parseData(props);
          registry.delete(key);
          return data;
        } catch (error) {
          skipped.add(props.id);
          const text = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
          const result = await schema.safeParseAsync(props.data);
          const issues = result.success ? [] : result.error.issues;
          const problems: Problem[] = issues.map((issue) => {
            const field = issue.path.map(String).join('.') || 'frontmatter';
            return { file, line: lineOf(text, String(issue.path[0] ?? '')), field, message: issueMessage(issue, props.data), hint: `the field is described in src/schemas/${context.collection.replace(/s$/, '')}.ts` };
          });
          if (!problems.length) problems.push({ file, field: 'frontmatter', message: error instanceof Error ? error.message : String(error) });
          registry.set(key, problems);
          return props.data;
        }
      };
      // Entries that failed are not stored, so no page is built from data that broke its schema.
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') return (entry: { id: string }) => (skipped.has(entry.id) ? false : target.set(entry as never));
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, parseData, store });
    },
  };
}
