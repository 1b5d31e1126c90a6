/**
 * A clinician who reviewed pages (content/reviewers/<id>.yaml). Only real people who agreed to
 * be named, with credentials an editor has checked. The folder is empty until one exists: a page
 * says plainly that it has not yet been reviewed by a clinician.
 */
import { z } from 'astro/zod';
import { isoDate } from './dates.ts';

export const reviewerSchema = z
  .object({
    /** Full name as the reviewer wants it shown. */
    name: z.string().min(3),
    /** Credentials, e.g. "MD, board-certified psychiatrist". */
    credentials: z.string().min(2),
    /** Employer or practice, shown with the name. */
    affiliation: z.string().min(2),
    /** Competing interests, e.g. "Prescribes esketamine at a hospital clinic" or "None". */
    disclosures: z.string().min(2),
    /** Day the credentials were checked by an editor. */
    credentialsChecked: isoDate,
  })
  .strict();
