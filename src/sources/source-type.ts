export const SOURCE_TYPES = [
  'person',
  'intelligence_agency',
  'news_agency',
  'government',
  'international_organization',
  'military',
  'media_outlet',
  'anonymous',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
