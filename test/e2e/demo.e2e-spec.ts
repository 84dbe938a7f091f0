import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleResponseDto } from '../../src/articles/article.dto';
import { bearer, TestApp } from '../support/test-app';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/ntv-2024-10-24-nordkorea-soldaten-russland.txt'), 'utf8');

describe('the demo article on an empty database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
  });
  afterAll(() => t.close());

  it('is on the desk with its outlet, date and wire agencies', async () => {
    const token = await t.adminToken();
    const list = await t.http.get('/api/articles').set(bearer(token)).expect(200);
    expect(list.body.items).toHaveLength(1);
    const demo: ArticleResponseDto = list.body.items[0];
    expect(demo.title).toBe('"Alle Optionen auf dem Tisch" Südkorea kündigt Reaktion auf Kims "Söldner" in Russland an');
    expect(demo).toMatchObject({ language: 'de', outlet: 'ntv.de', wireAgencies: ['AFP', 'dpa', 'AP'], publishedAt: '2024-10-24T12:17:00.000Z' });
    expect(demo.body.startsWith('Die militärische Zusammenarbeit zwischen Russland und Nordkoreas Machthaber Kim')).toBe(true);
    expect(demo.body).toContain('Nach Angaben des südkoreanischen Geheimdienstes halten sich bereits 3000 nordkoreanische Soldaten in Russland auf.');
    expect(demo.body.endsWith('Der Nordatlantikrat werde in Kürze über eine Reaktion beraten.')).toBe(true);
    expect(FIXTURE).toContain(demo.body);
  });

  it('is imported only once, however often the service starts', async () => {
    const again = await TestApp.start({ seedDemo: true, database: t.database });
    const token = await again.adminToken();
    const list = await again.http.get('/api/articles').set(bearer(token)).expect(200);
    expect(list.body.items).toHaveLength(1);
    await again.close();
  });
});
