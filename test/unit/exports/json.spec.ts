import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { ARTICLE_REPORT_JSON_SCHEMA, toOpenApi30Schema } from '../../../src/exports/formats/json-schema';
import { REPORT_SCHEMA_VERSION } from '../../../src/exports/report.types';
import { buildReport, SETTINGS } from './fixtures';

describe('json export', () => {
  const report = buildReport();
  const text = EXPORT_FORMATS.json.render(report, SETTINGS) as string;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(ARTICLE_REPORT_JSON_SCHEMA);

  it('is the whole report, versioned, and valid against its published JSON Schema', () => {
    const doc = JSON.parse(text);
    expect(doc.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(doc).toEqual(report);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.claims[0].history).toHaveLength(3);
    expect(doc.claims[4].attributions.map((a: { source: { name: string } }) => a.source.name)).toEqual(['John Kirby', 'Yonhap" onmouseover="x']);
  });

  it('rejects documents that break the schema', () => {
    const doc = JSON.parse(text);
    expect(validate({ ...doc, schemaVersion: '0.9' })).toBe(false);
    expect(validate({ ...doc, claims: [{ ...doc.claims[0], status: 'maybe' }] })).toBe(false);
    expect(validate({ ...doc, article: { ...doc.article, extra: 1 } })).toBe(false);
  });

  it('offers an OpenAPI 3.0 form of the schema (nullable instead of type arrays)', () => {
    const openapi = toOpenApi30Schema();
    const serialized = JSON.stringify(openapi);
    expect(serialized).not.toContain('"null"');
    expect(serialized).not.toContain('$schema');
    const article = (openapi.properties as any).article.properties;
    expect(article.url).toEqual({ type: 'string', nullable: true });
    expect((openapi.properties as any).schemaVersion).toEqual({ type: 'string', enum: [REPORT_SCHEMA_VERSION] });
  });
});
