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
 *   content/treatment-options/<id>.yaml  options for hard-to-treat depression: the decision aid
 *                                   and the shared "other choices" block render from these
 *   content/search-answers/<id>.yaml short answers the search page gives to questions no page answers
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { factSchema } from './schemas/fact.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { helplineSchema } from './schemas/helpline.ts';
import { pageSchema } from './schemas/page.ts';
import { reviewerSchema } from './schemas/reviewer.ts';
import { safetySchema } from './schemas/safety.ts';
import { searchAnswerSchema } from './schemas/search-answer.ts';
import { sourceSchema } from './schemas/source.ts';
import { treatmentOptionSchema } from './schemas/treatment-option.ts';
import { checkedGlob } from './lib/checked-loader.ts';

/**
 * A collection of files in content/<folder>/, checked against `schema`. checkedGlob is Astro's
 * glob() loader that collects schema errors for the build's one problem report instead of
 * stopping at the first (src/lib/checked-loader.ts).
 */
const files = <S extends Parameters<typeof checkedGlob>[1]>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: checkedGlob({ base: `./content/${folder}`, pattern }, schema), schema });

export const collections = {
  articles: files('articles', '*.mdx', articleSchema),
  pages: files('pages', '*.mdx', pageSchema),
  sources: files('sources', '*.yaml', sourceSchema),
  glossary: files('glossary', '*.yaml', glossarySchema),
  helplines: files('helplines', '*.yaml', helplineSchema),
  comparisons: files('comparisons', '*.yaml', comparisonSchema),
  facts: files('facts', '*.yaml', factSchema),
  safety: files('safety', '*.yaml', safetySchema),
  reviewers: files('reviewers', '*.yaml', reviewerSchema),
  treatmentOptions: files('treatment-options', '*.yaml', treatmentOptionSchema),
  searchAnswers: files('search-answers', '*.yaml', searchAnswerSchema),
};
