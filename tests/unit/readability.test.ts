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
