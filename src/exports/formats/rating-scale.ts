import type { Verdict } from '../../common/vocabulary';

/**
 * How an approved verdict becomes a ClaimReview `reviewRating`. A newsroom can pass its own scale
 * (its own words, e.g. "Falsch" / "Stimmt", or a wider numeric range); the defaults use Claimtrack's
 * own verdict words in English and German on a 1..5 scale. See docs/claimreview-crosswalk.md.
 */
export interface ClaimRating {
  ratingValue: number;
  /** The human-readable rating Google shows ("alternateName" in schema.org's Rating). */
  alternateName: string;
}

export interface ClaimRatingScale {
  /** BCP 47 language of the labels. */
  language: string;
  worstRating: number;
  bestRating: number;
  ratings: Record<Verdict, ClaimRating>;
}

export const DEFAULT_RATING_SCALES: Record<'en' | 'de', ClaimRatingScale> = {
  en: {
    language: 'en',
    worstRating: 1,
    bestRating: 5,
    ratings: {
      disputed: { ratingValue: 1, alternateName: 'Disputed' },
      inconclusive: { ratingValue: 3, alternateName: 'Inconclusive' },
      corroborated: { ratingValue: 5, alternateName: 'Corroborated' },
    },
  },
  de: {
    language: 'de',
    worstRating: 1,
    bestRating: 5,
    ratings: {
      disputed: { ratingValue: 1, alternateName: 'Widerlegt' },
      inconclusive: { ratingValue: 3, alternateName: 'Nicht eindeutig' },
      corroborated: { ratingValue: 5, alternateName: 'Bestätigt' },
    },
  },
};

/** Rejects a scale whose values fall outside worst..best or whose labels are empty: Google would drop it. */
export function assertValidRatingScale(scale: ClaimRatingScale): void {
  const low = Math.min(scale.worstRating, scale.bestRating);
  const high = Math.max(scale.worstRating, scale.bestRating);
  for (const [verdict, rating] of Object.entries(scale.ratings)) {
    if (!Number.isFinite(rating.ratingValue) || rating.ratingValue < low || rating.ratingValue > high) {
      throw new RangeError(`rating for "${verdict}" (${rating.ratingValue}) lies outside ${scale.worstRating}..${scale.bestRating}`);
    }
    if (!rating.alternateName.trim()) throw new RangeError(`rating for "${verdict}" has no alternateName`);
  }
}
