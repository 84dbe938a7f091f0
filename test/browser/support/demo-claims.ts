import type { TestApp } from '../../support/test-app';
import { bearer } from '../../support/test-app';

interface Claim {
  id: number;
  version: number;
  status: string;
  quote: { exact: string; start: number; end: number };
  attributions: { role: string; source: { id: number; name: string } }[];
}

const NIS_WORDS = 'halten sich bereits 3000 nordkoreanische Soldaten in Russland auf';
const KIRBY_WORDS = 'die US-Regierung gehe von derzeit mindestens 3000 Soldaten aus';

/**
 * The two demo claims the browser test works with: the NIS's "3000 soldiers" and Kirby's "at least
 * 3000". Once the extractor puts them on the desk they are found by their words; until then (or if
 * it phrases them differently) they are created here, each with a speaker, so that the test holds
 * either way.
 */
export async function demoClaims(t: TestApp, token: string): Promise<{ articleId: number; nis: Claim; kirby: Claim; kirbySourceId: number }> {
  const auth = bearer(token);
  const articles = (await t.http.get('/api/articles?q=Alle Optionen').set(auth).expect(200)).body.items;
  const article = articles[0] as { id: number; body?: string };
  const body = (await t.http.get(`/api/articles/${article.id}`).set(auth).expect(200)).body.body as string;
  const claims: Claim[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: { items: Claim[]; nextCursor: string | null } = (await t.http.get(`/api/claims?articleId=${article.id}&limit=200${cursor ? `&cursor=${cursor}` : ''}`).set(auth).expect(200)).body;
    claims.push(...page.items);
    if (!(cursor = page.nextCursor)) break;
  }

  const source = async (name: string, create: object): Promise<number> => {
    const found = (await t.http.get(`/api/sources?q=${encodeURIComponent(name)}`).set(auth).expect(200)).body.items[0];
    return found ? found.id : (await t.http.post('/api/sources').set(auth).send({ name, ...create }).expect(201)).body.id;
  };
  const claimOn = async (words: string, distinctive: RegExp, speakerId: number, cue: string): Promise<Claim> => {
    let claim = claims.find((c) => distinctive.test(c.quote.exact));
    if (!claim) {
      const unitStart = body.indexOf(words);
      const start = Array.from(body.slice(0, unitStart)).length;
      claim = (await t.http.post('/api/claims').set(auth).send({ articleId: article.id, start, end: start + Array.from(words).length, kind: 'statistic' }).expect(201)).body as Claim;
    }
    if (!claim.attributions.some((a) => a.role === 'speaker')) {
      claim = (await t.http.post(`/api/claims/${claim.id}/attributions`).set(auth).send({ sourceId: speakerId, role: 'speaker', cue }).expect(201)).body as Claim;
    }
    return claim;
  };

  const nisId = await source('NIS', { type: 'intelligence_agency', country: 'KR', aliases: ['Nationaler Geheimdienst (NIS)', 'südkoreanischer Geheimdienst'] });
  const nscId = await source('Nationaler Sicherheitsrat', { type: 'government', country: 'US', aliases: ['US National Security Council', 'NSC'] });
  const kirbyId = await source('John Kirby', { type: 'person', country: 'US', affiliationId: nscId });
  const nis = await claimOn(NIS_WORDS, /3000 nordkoreanische Soldaten in Russland/, nisId, 'Nach Angaben');
  const kirby = await claimOn(KIRBY_WORDS, /mindestens 3000 Soldaten/, kirbyId, 'sagte');
  const kirbySpeaker = kirby.attributions.find((a) => a.role === 'speaker')!.source.id;
  return { articleId: article.id, nis, kirby, kirbySourceId: kirbySpeaker };
}
