import type { AttributionRole, ClaimKind } from '../common/vocabulary';
import type { SourceType } from '../common/vocabulary';

/** The public result types of the extractor (see index.ts); plain data, safe to JSON.stringify. */
export type ExtractionLanguage = 'de' | 'en';

export interface AffiliationRef {
  name: string;
  type: SourceType;
  country: string | null;
  aliases: string[];
}

export interface SourceRef {
  name: string;
  type: SourceType;
  country: string | null;
  aliases: string[];
  affiliation: AffiliationRef | null;
  /** Id of the curated registry entry this source resolved to, or null for a source guessed from the text. */
  registryId: string | null;
}

export interface ExtractedAttribution {
  role: AttributionRole;
  /** The words in the text that carry the attribution (`sagte`, `nach Angaben`, `according to`). */
  cue: string;
  source: SourceRef;
}

export interface ExtractedClaim {
  text: string;
  kind: ClaimKind;
  confidence: number;
  /** True when the article distances itself (subjunctive reported speech, `soll`, `allegedly` …). */
  hedged: boolean;
  /** start/end count Unicode code points into the input text; exact === that slice. */
  quote: { exact: string; start: number; end: number };
  attributions: ExtractedAttribution[];
}

export interface HeadlineCheck {
  /** True when the title asserts without attribution what the body only reports as attributed. */
  statesAsFact: boolean;
  matchingClaimIndex: number | null;
  note: string;
}

export interface ExtractionResult {
  language: ExtractionLanguage;
  claims: ExtractedClaim[];
  headline?: HeadlineCheck;
}

export interface ExtractionOptions {
  language?: ExtractionLanguage;
  title?: string;
}
