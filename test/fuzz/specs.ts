import { MAX_INT } from '../../src/common/http/ids';
import { ATTRIBUTION_ROLES, CLAIM_KINDS, EVIDENCE_STANCES, ROLES, SOURCE_TYPES, VERDICTS } from '../../src/common/vocabulary';
import { REVIEW_ACTIONS } from '../../src/review/workflow';

/**
 * What each writing route's DTO accepts, read off the class-validator decorators in src/**.dto.ts:
 * the mutator uses it to step just inside and just outside every limit.
 */
export type FieldSpec =
  | { kind: 'string'; min?: number; max: number; required?: boolean; nullable?: boolean; format?: 'email' | 'url' | 'iso' | 'bcp47' | 'country' }
  | { kind: 'int'; min: number; max: number; required?: boolean; nullable?: boolean; acceptsRef?: boolean }
  | { kind: 'bool'; required?: boolean }
  | { kind: 'enum'; values: readonly string[]; required?: boolean }
  | { kind: 'strings'; maxItems: number; itemMin?: number; itemMax: number; required?: boolean };

export type DtoSpec = Record<string, FieldSpec>;

const int = (min: number, extra: Partial<Extract<FieldSpec, { kind: 'int' }>> = {}): FieldSpec => ({ kind: 'int', min, max: MAX_INT, ...extra });

export const LOGIN: DtoSpec = {
  email: { kind: 'string', max: 320, required: true, format: 'email' },
  password: { kind: 'string', min: 1, max: 200, required: true },
};

export const CREATE_USER: DtoSpec = {
  email: { kind: 'string', max: 320, required: true, format: 'email' },
  password: { kind: 'string', min: 8, max: 200, required: true },
  role: { kind: 'enum', values: ROLES, required: true },
  displayName: { kind: 'string', min: 1, max: 200, required: true },
};

export const UPDATE_USER: DtoSpec = {
  role: { kind: 'enum', values: ROLES },
  displayName: { kind: 'string', min: 1, max: 200 },
  password: { kind: 'string', min: 8, max: 200 },
  disabled: { kind: 'bool' },
};

const ARTICLE_FIELDS: DtoSpec = {
  title: { kind: 'string', min: 1, max: 1000 },
  body: { kind: 'string', min: 1, max: 500_000 },
  language: { kind: 'string', max: 35, format: 'bcp47' },
  outlet: { kind: 'string', max: 200 },
  url: { kind: 'string', max: 2000, format: 'url' },
  publishedAt: { kind: 'string', max: 40, format: 'iso' },
  byline: { kind: 'string', max: 500 },
  wireAgencies: { kind: 'strings', maxItems: 20, itemMax: 100 },
};

export const CREATE_ARTICLE: DtoSpec = {
  ...ARTICLE_FIELDS,
  title: { ...(ARTICLE_FIELDS.title as Extract<FieldSpec, { kind: 'string' }>), required: true },
  body: { ...(ARTICLE_FIELDS.body as Extract<FieldSpec, { kind: 'string' }>), required: true },
  extract: { kind: 'bool' },
};

export const UPDATE_ARTICLE: DtoSpec = ARTICLE_FIELDS;

export const CREATE_CLAIM: DtoSpec = {
  articleId: int(1, { required: true }),
  start: int(0, { required: true }),
  end: int(1, { required: true }),
  text: { kind: 'string', min: 1, max: 5000 },
  kind: { kind: 'enum', values: CLAIM_KINDS },
};

export const CREATE_ATTRIBUTION: DtoSpec = {
  sourceId: int(1, { required: true }),
  role: { kind: 'enum', values: ATTRIBUTION_ROLES, required: true },
  cue: { kind: 'string', max: 200 },
  version: int(1),
};

export const CREATE_EVIDENCE: DtoSpec = {
  stance: { kind: 'enum', values: EVIDENCE_STANCES, required: true },
  url: { kind: 'string', max: 2000, format: 'url' },
  note: { kind: 'string', min: 1, max: 10_000 },
  claimId: int(1),
  sourceId: int(1),
  version: int(1),
};

export const REVIEW: DtoSpec = {
  action: { kind: 'enum', values: REVIEW_ACTIONS, required: true },
  version: int(1, { required: true }),
  verdict: { kind: 'enum', values: VERDICTS },
  rationale: { kind: 'string', max: 10_000 },
  assigneeId: int(1, { nullable: true }),
  note: { kind: 'string', max: 10_000 },
};

export const CREATE_SOURCE: DtoSpec = {
  name: { kind: 'string', min: 1, max: 300, required: true },
  type: { kind: 'enum', values: SOURCE_TYPES },
  country: { kind: 'string', max: 2, format: 'country' },
  aliases: { kind: 'strings', maxItems: 100, itemMin: 1, itemMax: 300 },
  affiliationId: int(1),
  affiliation: int(1, { acceptsRef: true }),
};

export const UPDATE_SOURCE: DtoSpec = {
  name: { kind: 'string', min: 1, max: 300 },
  type: { kind: 'enum', values: SOURCE_TYPES },
  country: { kind: 'string', max: 2, format: 'country', nullable: true },
  aliases: { kind: 'strings', maxItems: 100, itemMin: 1, itemMax: 300 },
  affiliationId: int(1, { nullable: true }),
  affiliation: int(1, { nullable: true, acceptsRef: true }),
};

export const MERGE_SOURCE: DtoSpec = { intoId: int(1, { required: true }) };

/** A DTO with no required field accepts an empty object (and `null`, which Nest reads as one). */
export const hasRequired = (spec: DtoSpec) => Object.values(spec).some((field) => field.required);
