import { TestApp } from '../support/test-app';

/** The OpenAPI document: every operation summarised, every error it can answer documented as problem+json, exports with their real types. */
describe('the API documentation', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, { summary?: string; responses: Record<string, { content?: Record<string, unknown> }> }>>; components: { securitySchemes: Record<string, { scheme: string; bearerFormat?: string; description?: string }> } };
  beforeAll(async () => {
    t = await TestApp.start();
    document = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () => Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

  it('gives every operation a summary', () => {
    expect(operations().filter(({ operation }) => !operation.summary?.trim()).map(({ method, path }) => `${method.toUpperCase()} ${path}`)).toEqual([]);
  });

  it('documents the errors each operation can answer with the problem+json schema', () => {
    const problem = (status: string, path: string, method: string) => document.paths[path][method].responses[status]?.content?.['application/problem+json'];
    for (const { path, method, operation } of operations()) {
      if (operation.responses['401'] || path.includes('{')) expect(problem(path.includes('{') ? '404' : '401', path, method)).toEqual({ schema: { $ref: '#/components/schemas/Problem' } });
    }
    const review = document.paths['/api/claims/{id}/review'].post.responses;
    expect(Object.keys(review).sort()).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '413', '415', '422']));
    expect(Object.keys(document.paths['/api/auth/login'].post.responses)).toEqual(expect.arrayContaining(['400', '413', '415', '429']));
    expect(Object.keys(document.paths['/api/claims'].get.responses)).toEqual(expect.arrayContaining(['400', '401']));
  });

  it('declares the exports\' real content types and says the bearer token is opaque', () => {
    const article = document.paths['/api/articles/{id}/export'].get.responses['200'].content!;
    expect(Object.keys(article)).toEqual(expect.arrayContaining(['text/html', 'application/pdf', 'text/markdown', 'application/json', 'text/csv', 'application/ld+json']));
    expect(Object.keys(document.paths['/api/exports/claims'].get.responses['200'].content!)).toEqual(expect.arrayContaining(['text/csv', 'application/x-ndjson']));
    const bearer = document.components.securitySchemes.bearer;
    expect(bearer).toMatchObject({ scheme: 'bearer' });
    expect(bearer.bearerFormat).toBeUndefined();
    expect(bearer.description).toMatch(/opaque/);
  });
});
