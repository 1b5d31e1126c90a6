/**
 * One warning per build that lists every page, dated fact and helpline past its review date,
 * all at once. It never fails the build: an overdue review is shown to readers on the page
 * itself, and `npm run review` is the editors' check that exits non-zero.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { today } from '../schemas/dates.ts';
import { describeItem, pastDue, reviewInventory, sharedInventory } from '../lib/review-inventory.ts';

export default function reviewWarning(): AstroIntegration {
  let root = '';
  return {
    name: 'review-warning',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        const day = today();
        // The inventory the build made from its collections; read from content/ only if no page ran the rules.
        const overdue = pastDue((sharedInventory.get() ?? reviewInventory(root, day)).items);
        if (overdue.length) {
          logger.warn(
            `${overdue.length} item(s) past their review date on ${day}; their pages say so to readers. Run \`npm run review\` for details.\n${overdue.map((item) => `  ${describeItem(item)}`).join('\n')}`,
          );
        }
      },
    },
  };
}
