/**
 * Content collections. Each schema lives in src/schemas/ with every field documented; this
 * file only says where each collection's files are.
 *
 *   content/articles/<slug>.mdx     articles (URL /<slug>/)
 *   content/pages/<slug>.mdx        site pages: about, privacy... (URL /<slug>/)
 *   content/sources/<key>.yaml      one record per cited source (key used in <Cite id>)
 *   content/glossary/<id>.yaml      glossary terms, with slang, brand and generic names
 *   content/helplines/<id>.yaml     crisis lines and helplines
 *   content/comparisons/<id>.yaml   typed comparison tables
 *   content/facts/<id>.yaml         dated facts: statements that hold until a known date or event
 *   content/safety/<id>.yaml        safety guidance: emergency signs by urgency, what to do while waiting
 *   content/reviewers/<id>.yaml     clinicians who reviewed pages (none yet)
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { factSchema } from './schemas/fact.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { helplineSchema } from './schemas/helpline.ts';
import { pageSchema } from './schemas/page.ts';
import { reviewerSchema } from './schemas/reviewer.ts';
import { safetySchema } from './schemas/safety.ts';
import { sourceSchema } from './schemas/source.ts';

const yaml = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.yaml' });

export const collections = {
  articles: defineCollection({ loader: glob({ base: './content/articles', pattern: '*.mdx' }), schema: articleSchema }),
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*.mdx' }), schema: pageSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema }),
  helplines: defineCollection({ loader: yaml('helplines'), schema: helplineSchema }),
  comparisons: defineCollection({ loader: yaml('comparisons'), schema: comparisonSchema }),
  facts: defineCollection({ loader: yaml('facts'), schema: factSchema }),
  safety: defineCollection({ loader: yaml('safety'), schema: safetySchema }),
  reviewers: defineCollection({ loader: yaml('reviewers'), schema: reviewerSchema }),
};
