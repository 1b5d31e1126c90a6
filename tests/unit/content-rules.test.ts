/**
 * The editorial rules that span files. Each kind of bad input is refused with a message that
 * names the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle, formatProblems, handWrittenEmergencyLists, unknownReferences, type SiteContext } from '../../src/lib/content-rules.ts';

const site: SiteContext = {
  sourceKeys: new Set(['label', 'trial', 'review']),
  tables: { cmp: ['trial'] },
  factSources: { 'rule-ends': ['review'] },
  glossaryIds: new Set(['rems']),
};
const file = 'content/articles/example.mdx';
const good = {
  file,
  body: '<h2 id="answer">Answer</h2>\nA fact.<Cite id="label" /> <Term id="rems">REMS</Term>\n<ComparisonTable id="cmp" />',
  listedSources: ['label', 'trial'],
};
const messages = (overrides: Partial<typeof good>) => formatProblems(checkArticle({ ...good, ...overrides }, site));

describe('article rules', () => {
  it('passes a well-formed article', () => {
    expect(checkArticle(good, site)).toEqual([]);
  });

  it('refuses an unknown citation key', () => {
    expect(messages({ body: good.body + '<Cite id="nope" />' })).toContain(
      'content/articles/example.mdx:3 › body: <Cite id="nope"> names no source: there is no content/sources/nope.yaml',
    );
  });

  it('refuses a source cited in the text but not listed', () => {
    expect(messages({ body: good.body + '<Cite id="review" />' })).toContain('example.mdx › sources: "review" is cited in the text but not listed');
  });

  it('refuses a source listed but never cited', () => {
    expect(messages({ listedSources: ['label', 'trial', 'review'] })).toContain('example.mdx › sources: "review" is listed in frontmatter sources but never cited');
  });

  it('counts a dated fact’s sources as cited, and refuses an unknown fact', () => {
    expect(messages({ body: good.body + '<Fact id="rule-ends" />' })).toContain('› sources: "review" is cited in the text but not listed');
    expect(messages({ body: good.body + '<Fact id="rule-ends" />', listedSources: ['label', 'trial', 'review'] })).toBe('');
    expect(messages({ body: good.body + '<Fact id="zzz" />' })).toContain('› body: <Fact id="zzz"> names no file in content/facts');
  });

  it('refuses an image without a text alternative, in Markdown or HTML', () => {
    expect(messages({ body: good.body + '\n![](/chart.png)' })).toContain('› body: image /chart.png has no text alternative');
    expect(messages({ body: good.body + '\n<img src="/a.png" alt="" />' })).toContain('› body: image /a.png has no text alternative');
    expect(messages({ body: good.body + '\n![A chart of doses](/chart.png)' })).toBe('');
  });

  it('refuses Markdown headings and duplicate or malformed heading ids', () => {
    expect(messages({ body: good.body + '\n## A heading' })).toContain('› body: heading "## A heading" must be written as <h2 id="stable-id">');
    expect(messages({ body: good.body + '\n<h2 id="answer">Again</h2>' })).toContain('heading id "answer" is used twice');
    expect(messages({ body: good.body + '\n<h2 id="Bad Id">x</h2>' })).toContain('heading id "Bad Id" must be lowercase words');
  });

  it('refuses unknown glossary terms and comparison tables', () => {
    expect(messages({ body: good.body + '<Term id="zzz">x</Term>' })).toContain('<Term id="zzz"> names no file in content/glossary');
    expect(messages({ body: good.body + '<ComparisonTable id="zzz" />' })).toContain('<ComparisonTable id="zzz"> names no file in content/comparisons');
  });
});

describe('duplicate source records', () => {
  it('refuses two records for the same document, naming both files', async () => {
    const { checkDuplicateSources } = await import('../../src/lib/content-rules.ts');
    expect(
      checkDuplicateSources([
        { key: 'elekt-d', title: 'Ketamine versus ECT', url: 'https://pubmed.ncbi.nlm.nih.gov/37224232/', pmid: '37224232' },
        { key: 'anand-2023', title: 'ELEKT-D', url: 'https://www.nejm.org/x', pmid: '37224232' },
        { key: 'label', title: 'Label', url: 'https://example.org/label/' },
        { key: 'label-copy', title: 'Label copy', url: 'https://EXAMPLE.org/label' },
        { key: 'escape', title: 'Esketamine versus Quetiapine (ESCAPE-TRD', url: 'https://a.example/1' },
        { key: 'escape-2', title: 'Esketamine versus quetiapine: ESCAPE-TRD', url: 'https://b.example/2' },
      ]),
    ).toEqual([
      { file: 'content/sources/anand-2023.yaml', field: 'pmid', message: 'same pmid as content/sources/elekt-d.yaml (37224232)', hint: 'keep one record and cite it everywhere' },
      { file: 'content/sources/label-copy.yaml', field: 'url', message: 'same url as content/sources/label.yaml (https://EXAMPLE.org/label)', hint: 'keep one record and cite it everywhere' },
      { file: 'content/sources/escape-2.yaml', field: 'title', message: 'same title as content/sources/escape.yaml (Esketamine versus quetiapine: ESCAPE-TRD)', hint: 'keep one record and cite it everywhere' },
    ]);
  });
});

describe('did you mean', () => {
  it('suggests the closest key for a typo, and nothing for a key unlike any other', () => {
    const problems = checkArticle({ ...good, body: good.body + '<Cite id="lable" /><Term id="zzzzzzzz">x</Term>' }, site);
    expect(problems.find((p) => p.message.includes('"lable"'))?.hint).toMatch(/^did you mean "label"\?/);
    expect(problems.find((p) => p.message.includes('"zzzzzzzz"'))?.hint).not.toMatch(/did you mean/);
  });
});

describe('safety records, emergency lists and phone numbers', () => {
  const withSafety: SiteContext = {
    ...site,
    safetySources: { 'call-911': ['label'] },
    phoneContacts: [
      { method: 'call', value: '1-800-222-1222', href: 'tel:+18002221222' },
      { method: 'call', value: '911', href: 'tel:911' },
    ],
  };
  const check = (body: string) => checkArticle({ ...good, body: good.body + body }, withSafety);

  it('counts a safety record’s sources as cited where it stands, and refuses an unknown one with a suggestion', () => {
    expect(checkArticle({ ...good, body: good.body + '\n\n<SafetyGuide id="call-911" />' }, withSafety)).toEqual([]);
    const [problem] = check('\n\n<SafetyGuide id="call-991" />');
    expect(formatProblems([problem])).toMatch(/example\.mdx:5 › body: <SafetyGuide id="call-991"> names no file in content\/safety\n\s+hint: did you mean "call-911"\?/);
  });

  it('refuses an emergency callout with its own list, or titled "Call 911 now if", and a "call 911 if" lead with a list', () => {
    const list = check('\n\n<Callout level="emergency" title="Act fast">\n- they cannot be woken\n- they are not breathing\n</Callout>');
    expect(list.map((p) => p.message)).toEqual(['an emergency <Callout> with its own list of signs or steps: emergency signs and steps are written once, in content/safety']);
    expect(list[0].hint).toMatch(/^use <SafetyGuide id="call-911" \/>/);
    expect(check('\n\n<Callout level="emergency" title="Call 911 now if">they cannot be woken.</Callout>').map((p) => p.message)).toEqual([
      'an emergency <Callout> titled "Call 911 now if" with its own signs: emergency signs and steps are written once, in content/safety',
    ]);
    // (Its "Call 911" is also a number typed as text: two problems on one line.)
    expect(check('\n\nCall 911 if:\n\n- they cannot be woken\n').map((p) => `${p.line} ${p.message}`)).toEqual([
      '5 a "call 911" sentence followed by its own list of signs: emergency signs and steps are written once, in content/safety',
      '5 phone number "911" is typed as text',
    ]);
    // Any other emergency callout is emergency advice typed by hand too; a warning callout with a list is fine.
    const other = check('\n\n<Callout level="emergency" title="If you are thinking about suicide">Call or text 988.</Callout>');
    expect(other.map((p) => `${p.line} ${p.message}`)).toContain('5 an emergency <Callout> with its own emergency advice: emergency signs and steps are written once, in content/safety');
    expect(other.find((p) => p.message.startsWith('an emergency'))?.hint).toMatch(/suicidal-thoughts/);
    expect(check('\n\n<Callout level="warning" title="Before you go">\n- bring a friend\n</Callout>')).toEqual([]);
  });

  it('refuses a helpline number typed as text, and an unknown number, but not numbers in props', () => {
    expect(check('\n\nFor poisoning, call 1-800-222-1222 or 1-855-000-0000.').map((p) => p.message)).toEqual([
      'phone number "1-800-222-1222" is typed as text',
      'phone number "1-855-000-0000" is typed as text',
    ]);
    expect(check('\n\nIn an emergency, call 911.').map((p) => p.message)).toEqual(['phone number "911" is typed as text']);
    expect(check('\n\n<Checklist id="c" title="Numbers" items={["Call 1-800-222-1222"]} />\n\nThe 911 list is long.')).toEqual([]);
  });

  it('refuses helpline hours typed beside a <Helpline>, on its line, but not hours from the record or words elsewhere', () => {
    expect(check('\n\nCall <Helpline id="nami-helpline" />, weekdays 10 a.m. to 10 p.m. Eastern.').map((p) => `${p.line} ${p.message}`)).toEqual([
      '5 helpline hours "weekdays" are typed as text',
    ]);
    expect(check('\n\nSAMHSA, <Helpline id="samhsa-helpline" /> (24/7).').map((p) => p.message)).toEqual(['helpline hours "24/7" are typed as text']);
    expect(check('\n\nIt is open 9 am to 5 pm: <Helpline id="x" />.').map((p) => p.message)).toEqual(['helpline hours "9 am" are typed as text']);
    expect(check('\n\nCall <Helpline id="nami-helpline" hours />.\n\nYou can stop at any time.')).toEqual([]);
  });
});

describe('handWrittenEmergencyLists', () => {
  it('refuses an emergency box with its own list of signs', () => {
    expect(handWrittenEmergencyLists('<Callout level="emergency" title="Danger">\n- they will not wake\n</Callout>')).toEqual(['an emergency <Callout> with its own list of signs or steps']);
  });
  it('refuses a "Call 911 now if" box written in prose', () => {
    expect(handWrittenEmergencyLists('<Callout level="emergency" title="Call 911 now if">they will not wake.</Callout>')).toEqual(['an emergency <Callout> titled "Call 911 now if" with its own signs']);
  });
  it('refuses any other emergency box typed by hand', () => {
    expect(handWrittenEmergencyLists('<Callout level="emergency" title="If you are thinking about suicide">Call or text 988.</Callout>')).toEqual(['an emergency <Callout> with its own emergency advice']);
  });
  it('refuses "call 911 if" followed by a list outside any box', () => {
    expect(handWrittenEmergencyLists('Call 911 now if:\n\n- they will not wake\n- they are not breathing')).toEqual(['a "call 911" sentence followed by its own list of signs']);
  });
  it('allows the safety records and other boxes', () => {
    expect(handWrittenEmergencyLists('<SafetyGuide id="call-911" callLinks />\n\n<Callout level="warning" title="Bladder">\n- pain\n</Callout>')).toEqual([]);
  });
});

describe('keys in records', () => {
  const keys = { sources: new Set(['label', 'trial']), glossary: new Set(['opioids']) };
  it('names each key that names no file, with its field, line and a suggestion; keys of files that failed their schema are not reported again', () => {
    const problems = unknownReferences(
      [
        { collection: 'glossary', id: 'naloxone', file: 'content/glossary/naloxone.yaml', text: () => 'term: Naloxone\nrelated: [opiods]\n', data: { term: 'Naloxone', related: [{ collection: 'glossary', id: 'opiods' }] } },
        { collection: 'facts', id: 'f', file: 'content/facts/f.yaml', data: { sources: [{ collection: 'sources', id: 'label' }, { collection: 'sources', id: 'broken' }] } },
        { collection: 'comparisons', id: 't', file: 'content/comparisons/t.yaml', data: { rows: [{ cells: { a: { sources: [{ collection: 'sources', id: 'tiral' }] } } }] } },
      ],
      keys,
      new Set(['sources/broken']),
    );
    expect(formatProblems(problems)).toBe(
      [
        'content/comparisons/t.yaml › rows[0].cells.a.sources[0]: "tiral" names no file in content/sources\n    hint: did you mean "trial"? Keys are the file names in content/sources/.',
        'content/glossary/naloxone.yaml:2 › related[0]: "opiods" names no file in content/glossary\n    hint: did you mean "opioids"? Keys are the file names in content/glossary/.',
      ].join('\n'),
    );
  });
});
