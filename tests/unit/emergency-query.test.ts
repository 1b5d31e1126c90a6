/** When the search page shows the emergency card: queries that describe an emergency, and not others. */
import { describe, expect, it } from 'vitest';
import { isEmergencyQuery, normaliseQuery } from '../../src/lib/emergency-query.ts';

describe('isEmergencyQuery', () => {
  it.each([
    'my friend took ketamine and won’t wake up',
    "my friend took ketamine and won't wake up",
    'wont wake up',
    'CANT WAKE HIM',
    'not breathing after k',
    'he isnt breathing',
    'ketamine overdose',
    'k OD',
    'seizure after ketamine',
    'chest pain after spravato',
    'suicidal thoughts',
    'she wants to die',
    'i want to die',
    'thinking about suicide',
    'lips turning blue',
    'ketamine emergency',
    'siezure',
    'sucidal thoughts',
    'he cant breath',
    'friend over dose on k',
  ])('"%s" is an emergency', (query) => {
    expect(isEmergencyQuery(query)).toBe(true);
  });

  it.each([
    'is ketamine addictive',
    'ketamine side effects',
    'k hole',
    'how much does spravato cost',
    'ketamine bladder',
    'odd feeling after ketamine',
    'episode of dissociation',
    'breathing exercises for anxiety',
    '',
  ])('"%s" is not an emergency', (query) => {
    expect(isEmergencyQuery(query)).toBe(false);
  });
});

describe('normaliseQuery', () => {
  it('drops apostrophes and punctuation and lower-cases', () => {
    expect(normaliseQuery("  Won't   WAKE-up!! ")).toBe('wont wake up');
  });
});
