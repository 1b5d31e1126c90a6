/**
 * Does a search describe an emergency? Then the search page shows the emergency card (tappable
 * 911 and 988, and a link to what to do while waiting) above any results, at once, without
 * waiting for Pagefind. The card's words live in <EmergencyCard>; this only decides when it shows.
 *
 * Phrases match as whole words after lower-casing and dropping apostrophes and punctuation, so
 * "won't wake up", "wont wake up" and "WONT WAKE!" all match. A false alarm costs a box above the
 * results; a miss can cost minutes, so the list leans wide.
 */
const EMERGENCY_PHRASES = [
  // Will not wake up or respond
  'wont wake', 'will not wake', 'cant wake', 'cannot wake', 'can not wake', 'not waking', 'not responding', 'unresponsive',
  'unconscious', 'passed out', 'collapsed', 'blacked out',
  // Breathing
  'not breathing', 'isnt breathing', 'stopped breathing', 'cant breathe', 'cannot breathe', 'trouble breathing',
  'hard to breathe', 'difficulty breathing', 'struggling to breathe', 'slow breathing', 'breathing slowly', 'blue lips', 'lips are blue', 'lips turning blue', 'choking',
  // Overdose
  'overdose', 'overdosed', 'overdosing', 'od', 'odd on', 'oded', 'too much ketamine', 'took too much',
  // Seizure
  'seizure', 'seizures', 'seizing', 'fitting', 'convulsing', 'convulsion', 'convulsions',
  // Heart, blood pressure, stroke
  'chest pain', 'chest pains', 'chest hurts', 'heart attack', 'stroke', 'cant pee', 'cannot pee', 'cant urinate',
  // Suicide and self-harm
  'suicide', 'suicidal', 'kill myself', 'killing myself', 'kill himself', 'kill herself', 'kill themselves',
  'want to die', 'wants to die', 'wanna die', 'end my life', 'end it all', 'hurt myself', 'self harm', 'selfharm',
  // Misspellings typed in a hurry
  'wont wak', 'wont wke', 'not breathin', 'not breething', 'cant breath', 'overdoes', 'over dose', 'overdoze', 'ovedose',
  'siezure', 'siezures', 'sezure', 'seisure', 'seizur', 'suicdal', 'sucidal', 'suicidle', 'sucide', 'suicde', 'wanna kill myself',
  // Said outright
  'emergency', 'dying', 'ambulance', '911',
];

/** Lower-case, apostrophes dropped ("won't" → "wont"), anything else not a letter or digit → space. */
export function normaliseQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function isEmergencyQuery(query: string): boolean {
  const padded = ` ${normaliseQuery(query)} `;
  return EMERGENCY_PHRASES.some((phrase) => padded.includes(` ${phrase} `));
}
