import { stemWords } from '../registry/keys';
import { findQuotes, outermost } from '../text/quotes';
import type { ExtractedClaim, HeadlineCheck } from '../types';

/**
 * Does the title state as fact what the body only attributes? Headlines drop attribution
 * (`Südkorea kündigt Reaktion an` for `sagte Yoon`), or lift a minister's words into quotes
 * without naming him. The title is matched to the body claim sharing most content words.
 */
const STOP = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen und oder auf in im an am zu zum zur von vom mit für bei aus nach über unter vor als wie ' +
    'ist sind war wird werden hat haben nicht auch alle noch nur so es sie er the a an and or of to in on at for by with from as is are was were be ' +
    'has have had will would not also all it its this that'
  ).split(' '),
);
/** Attribution inside the title itself: `laut Geheimdienst`, `Kirby: …`, `… says NIS`. */
const TITLE_ATTRIBUTION = /\b(?:laut|zufolge|nach Angaben|sagt|sagte|erklärt|berichtet|meldet|warnt|according to|says|said|claims?|warns|reports)\b|^[^:"„“]{2,40}:\s/i;

function contentStems(text: string): Set<string> {
  return new Set(stemWords(text).filter((w) => w.length >= 3 && !STOP.has(w)));
}

export function checkHeadline(title: string, claims: readonly ExtractedClaim[]): HeadlineCheck {
  const titleStems = contentStems(title);
  let best = -1;
  let bestScore = 0;
  claims.forEach((c, idx) => {
    if (c.attributions.length === 0) return;
    const stems = contentStems(c.quote.exact);
    let shared = 0;
    for (const s of titleStems) if (stems.has(s)) shared++;
    if (shared > bestScore) {
      bestScore = shared;
      best = idx;
    }
  });
  const quoted = outermost(findQuotes(title)).map((p) => title.slice(p.open + 1, p.close));
  // Quoted words are someone's words; what remains outside the quotes is the title's own assertion.
  let unquoted = title;
  for (const q of quoted) unquoted = unquoted.replace(q, ' ');
  const attributesExplicitly = TITLE_ATTRIBUTION.test(unquoted);
  if (best < 0 || bestScore < 2) {
    return { statesAsFact: false, matchingClaimIndex: null, note: 'No attributed claim in the body matches the title.' };
  }
  const claim = claims[best];
  const sources = claim.attributions.map((a) => `${a.source.name} (${a.role})`).join(', ');
  if (attributesExplicitly) {
    return { statesAsFact: false, matchingClaimIndex: best, note: `The title attributes its claim; the body attributes it to ${sources}.` };
  }
  const parts = [`The title states as fact what the body attributes to ${sources}${claim.hedged ? ' and reports with distance' : ''}.`];
  if (quoted.length > 0) parts.push(`Quoted without naming the speaker: ${quoted.map((q) => `"${q}"`).join(', ')}.`);
  return { statesAsFact: true, matchingClaimIndex: best, note: parts.join(' ') };
}
