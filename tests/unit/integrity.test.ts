/**
 * The editorial rules that span files. Each kind of bad input is refused with a message that
 * names the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle, formatProblems, handWrittenEmergencyLists, type SiteContext } from '../../src/lib/integrity.ts';

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

describe('article integrity', () => {
  it('passes a well-formed article', () => {
    expect(checkArticle(good, site)).toEqual([]);
  });

  it('refuses an unknown citation key', () => {
    expect(messages({ body: good.body + '<Cite id="nope" />' })).toContain(
      'content/articles/example.mdx › body: <Cite id="nope"> names no source: there is no content/sources/nope.yaml',
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
    expect(messages({ body: good.body + '\n<img src="/a.png" alt="">' })).toContain('has no text alternative (alt="...")');
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
    const { checkDuplicateSources } = await import('../../src/lib/integrity.ts');
    expect(
      checkDuplicateSources([
        { key: 'elekt-d', title: 'Ketamine versus ECT', url: 'https://pubmed.ncbi.nlm.nih.gov/37224232/', pmid: '37224232' },
        { key: 'anand-2023', title: 'ELEKT-D', url: 'https://www.nejm.org/x', pmid: '37224232' },
        { key: 'label', title: 'Label', url: 'https://example.org/label/' },
        { key: 'label-copy', title: 'Label copy', url: 'https://EXAMPLE.org/label' },
        { key: 'escape', title: 'Esketamine versus Quetiapine (ESCAPE-TRD)', url: 'https://a.example/1' },
        { key: 'escape-2', title: 'Esketamine versus quetiapine: ESCAPE-TRD', url: 'https://b.example/2' },
      ]),
    ).toEqual([
      { file: 'content/sources/anand-2023.yaml', field: 'pmid', message: 'same pmid as content/sources/elekt-d.yaml (37224232): keep one record and cite it everywhere' },
      { file: 'content/sources/label-copy.yaml', field: 'url', message: 'same url as content/sources/label.yaml (https://EXAMPLE.org/label): keep one record and cite it everywhere' },
      { file: 'content/sources/escape-2.yaml', field: 'title', message: 'same title as content/sources/escape.yaml (Esketamine versus quetiapine: ESCAPE-TRD): keep one record and cite it everywhere' },
    ]);
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
