import { describe, expect, it } from 'vitest';
import { htmlToText, measureText } from '../../src/lib/readability.ts';

describe('readability', () => {
  it('counts headings and list items as their own sentences and drops citation markers', () => {
    const html = '<h2 id="x">Is it safe</h2><p>It can be.<sup class="cite"><a href="#r">[1]</a></sup> Ask first.</p><ul><li>one thing</li><li>two things</li></ul>';
    expect(htmlToText(html).split('\n')).toEqual(['Is it safe.', 'It can be. Ask first.', 'One thing.', 'Two things.']);
  });

  it('scores plain text lower than dense text', () => {
    const plain = measureText('You can ask the clinic. They should tell you. Bring a friend. Write down the answers.');
    const dense = measureText('Esketamine administration necessitates comprehensive postadministration hemodynamic surveillance, particularly regarding hypertensive complications, psychotomimetic manifestations and consequential pharmacological interactions.');
    expect(plain.grade).toBeLessThan(5);
    expect(dense.grade).toBeGreaterThan(15);
    expect(plain.words).toBe(16);
  });
});

describe('what counts as reading', () => {
  it('leaves out section-link controls and labels hidden from screen readers', () => {
    const html = '<h2 id="a">Is it safe?</h2><p class="section-link"><a href="#a">Link to this section<span class="visually-hidden">: Is it safe?</span></a></p><table><tr><td><span class="cell-label" aria-hidden="true">Spravato: </span>56 mg</td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual(['Is it safe?', '56 mg.']);
  });

  it('counts the words a reader reads before rendering, without component code', async () => {
    const { countReadingWords } = await import('../../src/lib/readability.ts');
    const body = '<h2 id="x">Two words</h2>\nOne two three.<Cite id="label" />\n<Checklist id="c" title="Ask this" items={["First item", "Second item"]} />';
    expect(countReadingWords(body, ['Summary here.'])).toBe(2 + 3 + 2 + 4 + 2);
  });
});
