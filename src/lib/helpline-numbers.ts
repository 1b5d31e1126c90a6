/**
 * Every helpline contact, read straight from content/helplines/*.yaml. The rehype plugin runs
 * outside Astro's content layer, so it cannot use getCollection; the files are validated by the
 * helpline schema in the same build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PhoneLinker, type PhoneContact } from './phone-links.ts';

export function helplineContacts(folder = join(process.cwd(), 'content/helplines')): PhoneContact[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => (parse(readFileSync(join(folder, file), 'utf8'))?.contacts ?? []) as PhoneContact[]);
}

let linker: PhoneLinker | undefined;
/** One linker for the build, from the helpline records. */
export function sitePhoneLinker(): PhoneLinker {
  linker ??= new PhoneLinker(helplineContacts());
  return linker;
}
