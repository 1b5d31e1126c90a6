/**
 * A glossary entry (content/glossary/<id>.yaml). The id is what authors write in
 * <Term id="..."> and what `related` points at.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';

export const glossarySchema = z
  .object({
    /** The term as it is usually written, e.g. "Esketamine". */
    term: z.string().min(1),
    /**
     * Other names people search for: slang, brand and generic names, abbreviations.
     * They are printed on the glossary, and indexed for search (not shown) on the pages in `articles`.
     */
    aka: z.array(z.string().min(1)).default([]),
    /**
     * Which of `aka` are street names ("Special K"): a search that uses one is about street use, so
     * search ranks pages on recreational use higher for it.
     */
    street: z.array(z.string().min(1)).default([]),
    /** Plain definition, one to three short sentences, reading grade 8 or below. */
    definition: z.string().min(10).max(400),
    /** Other glossary entries a reader may want next. */
    related: z.array(reference('glossary')).default([]),
    /** Articles where this term matters most; search finds those pages by its other names. */
    articles: z.array(reference('articles')).default([]),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const [i, name] of entry.street.entries()) {
      if (!entry.aka.includes(name)) ctx.addIssue({ code: 'custom', path: ['street', i], message: `"${name}" is not one of aka; list a street name in aka first` });
    }
  });
