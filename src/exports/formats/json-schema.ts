import { ATTRIBUTION_ROLES, CLAIM_KINDS, CLAIM_ORIGINS, EVIDENCE_STANCES } from '../../common/vocabulary';
import { CLAIM_STATUSES, VERDICTS } from '../../common/vocabulary';
import { SOURCE_TYPES } from '../../common/vocabulary';
import { REPORT_SCHEMA_VERSION } from '../report.types';

/**
 * JSON Schema (draft 2020-12, which is also the schema dialect of OpenAPI 3.1) of the `json` export,
 * i.e. of `ArticleReport`. It is written out without `$ref`s so that `toOpenApi30Schema` can turn it
 * into an OpenAPI 3.0 schema (`nullable` instead of `type: [X, "null"]`) by a plain tree walk.
 * Version: `schemaVersion` in every document; additions keep the version, any rename or removal bumps it.
 */
type Schema = Record<string, unknown>;

/** `null` allowed too; an enum must list null itself, or it would still reject it. */
const nullable = (schema: Schema): Schema => ({
  ...schema,
  type: [schema.type as string, 'null'],
  ...(Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {}),
});
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

const person = obj({ id: int, displayName: str }, 'A Claimtrack user.');
const source = obj(
  {
    id: int,
    name: str,
    type: { type: 'string', enum: [...SOURCE_TYPES] },
    country: nullable({ type: 'string', description: 'ISO 3166-1 alpha-2' }),
    aliases: { type: 'array', items: str },
    affiliation: nullable(obj({ id: int, name: str })),
  },
  'Who a claim is attributed to.',
);
const attribution = obj({ id: int, role: { type: 'string', enum: [...ATTRIBUTION_ROLES] }, cue: nullable(str), source });
const evidence = obj({
  id: int,
  stance: { type: 'string', enum: [...EVIDENCE_STANCES] },
  url: nullable(str),
  note: nullable(str),
  linkedClaim: nullable(obj({ id: int, text: str })),
  source: nullable(source),
  createdAt: dateTime,
  createdBy: nullable(person),
});
const status = { type: 'string', enum: [...CLAIM_STATUSES] };
const event = obj(
  {
    id: int,
    action: str,
    fromStatus: nullable(status),
    toStatus: nullable(status),
    actor: person,
    note: nullable(str),
    createdAt: dateTime,
  },
  'One entry of the append-only review history.',
);
const verdict = obj({
  status: { type: 'string', enum: [...VERDICTS] },
  rationale: nullable(str),
  reviewer: nullable(person),
  givenAt: nullable(dateTime),
  approvedBy: nullable(person),
  approvedAt: nullable(dateTime),
});
const quote = obj(
  {
    exact: str,
    prefix: str,
    suffix: str,
    start: { type: 'integer', minimum: 0, description: 'Unicode code points into article.body' },
    end: { type: 'integer', minimum: 0, description: 'Unicode code points into article.body (exclusive)' },
  },
  'Anchors the claim in the body, as a W3C TextQuoteSelector plus TextPositionSelector.',
);
const claim = obj({
  id: int,
  number: { type: 'integer', minimum: 1, description: '1-based, in order of position in the body' },
  text: str,
  kind: { type: 'string', enum: [...CLAIM_KINDS] },
  status,
  origin: { type: 'string', enum: [...CLAIM_ORIGINS] },
  confidence: nullable({ type: 'number' }),
  orphaned: { type: 'boolean', description: 'true when the quote is no longer found in the current body' },
  quote,
  attributions: { type: 'array', items: attribution },
  evidence: { type: 'array', items: evidence },
  verdict: nullable(verdict),
  history: { type: 'array', items: event },
});
const article = obj({
  id: int,
  title: str,
  body: str,
  language: { type: 'string', description: 'BCP 47' },
  outlet: nullable(str),
  url: nullable(str),
  publishedAt: nullable(dateTime),
  byline: nullable(str),
  wireAgencies: { type: 'array', items: str },
  revision: int,
});
const byStatus = obj(Object.fromEntries(CLAIM_STATUSES.map((s) => [s, { type: 'integer', minimum: 0 }])));

export const ARTICLE_REPORT_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://claimtrack.example/schemas/article-report/${REPORT_SCHEMA_VERSION}`,
  title: 'ArticleReport',
  description: `Claimtrack article report, schema version ${REPORT_SCHEMA_VERSION}: the article, its claims with attributions, evidence, verdict and history, and the distinct sources cited.`,
  ...obj({
    schemaVersion: { type: 'string', const: REPORT_SCHEMA_VERSION },
    generatedAt: dateTime,
    article,
    claims: { type: 'array', items: claim },
    sources: { type: 'array', items: source, description: 'Distinct sources cited by the claims' },
    summary: obj({ total: { type: 'integer', minimum: 0 }, byStatus }),
  }),
} as const;

/**
 * The same schema for an OpenAPI 3.0 document (what @nestjs/swagger emits): `type: [X, "null"]`
 * becomes `type: X, nullable: true`, `const` becomes a one-value `enum`, `$schema`/`$id` go.
 */
export function toOpenApi30Schema(schema: unknown = ARTICLE_REPORT_JSON_SCHEMA): Schema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node as Schema)) {
      if (key === '$schema' || key === '$id') continue;
      if (key === 'type' && Array.isArray(value)) {
        const types = value.filter((t) => t !== 'null');
        out.type = types[0];
        if (types.length < value.length) out.nullable = true;
      } else if (key === 'const') {
        out.enum = [value];
      } else {
        out[key] = walk(value);
      }
    }
    return out;
  };
  return walk(schema) as Schema;
}
