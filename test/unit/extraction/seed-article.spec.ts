import { extractClaims } from '../../../src/extraction';
import { claimWith, cpSlice, seedArticle, sourcesOf } from './helpers';

/** What a fact-checker checks on the demo article (ntv.de, 24.10.2024). */
describe('seed article: North Korean soldiers in Russia', () => {
  const { title, body } = seedArticle();
  const result = extractClaims(body, { title });

  it('detects German', () => {
    expect(result.language).toBe('de');
  });

  it('attributes the 3000-soldiers figure to the NIS with cue "nach Angaben"', () => {
    const c = claimWith(result, 'halten sich bereits 3000 nordkoreanische Soldaten');
    expect(c.kind).toBe('statistic');
    expect(c.attributions).toHaveLength(1);
    const [a] = c.attributions;
    expect(a).toMatchObject({ role: 'speaker', cue: 'nach Angaben' });
    expect(a.source).toMatchObject({ name: 'National Intelligence Service', type: 'intelligence_agency', country: 'KR', registryId: 'kr-nis' });
    expect(a.source.aliases).toEqual(expect.arrayContaining(['NIS', 'südkoreanischer Geheimdienst']));
  });

  it('attributes "Laut südkoreanischem Geheimdienst soll …" to the NIS and marks it hedged', () => {
    const c = claimWith(result, 'soll Nordkorea insgesamt bereits 3000 Soldaten');
    expect(sourcesOf(c)).toEqual(['National Intelligence Service']);
    expect(c.attributions[0].cue).toBe('laut');
    expect(c.hedged).toBe(true);
  });

  it('carries the NIS attribution over to the `demnach` sentence', () => {
    const c = claimWith(result, 'Die Truppen befinden sich demnach');
    expect(sourcesOf(c)).toEqual(['National Intelligence Service']);
    expect(c.attributions[0].cue).toBe('demnach');
    expect(c.hedged).toBe(true); // mutmaßlich, sollen
  });

  it("anchors Yoon's quote without its quotation marks and attributes it to him", () => {
    const c = claimWith(result, 'Südkorea wird nicht untätig bleiben');
    expect(c.quote.exact).toBe('Südkorea wird nicht untätig bleiben');
    expect(c.kind).toBe('quote');
    expect(sourcesOf(c, 'speaker')).toContain('Yoon Suk Yeol');
    expect(sourcesOf(c)).not.toContain('Andrzej Duda');
  });

  it("gives Yoon's statements and the subjunctive follow-on to Yoon", () => {
    expect(sourcesOf(claimWith(result, 'als "Provokation" bezeichnet'))).toContain('Yoon Suk Yeol');
    const follow = claimWith(result, 'Beide Länder seien sich einig');
    expect(sourcesOf(follow)).toContain('Yoon Suk Yeol');
    expect(follow.hedged).toBe(true);
  });

  it('gives Kim Yong Hyun as speaker and Yonhap as relay, never Kim Jong Un', () => {
    const c = claimWith(result, 'Zudem beschuldigte er');
    expect(sourcesOf(c, 'speaker')).toContain('Kim Yong Hyun');
    expect(sourcesOf(c, 'relay')).toEqual(['Yonhap']);
    expect(sourcesOf(c)).not.toContain('Kim Jong Un');
    const kim = c.attributions.find((a) => a.source.name === 'Kim Yong Hyun');
    expect(kim?.source.affiliation?.name).toBe('Ministry of National Defense of South Korea');
    const follow = claimWith(result, 'Die Nordkoreaner seien mit einer russischen Uniform getarnt');
    expect(sourcesOf(follow, 'speaker')).toContain('Kim Yong Hyun');
    expect(sourcesOf(follow, 'relay')).toEqual(['Yonhap']);
  });

  it("gives Cho Tae Yul's quote a speaker (Cho) and a relay (Yonhap)", () => {
    const c = claimWith(result, 'Ich glaube nicht, dass wir in einer Position sind');
    expect(c.kind).toBe('quote');
    const cho = c.attributions.find((a) => a.source.name === 'Cho Tae Yul');
    expect(cho).toMatchObject({ role: 'speaker', cue: 'sagte' });
    expect(cho?.source.type).toBe('person');
    expect(c.attributions.find((a) => a.source.name === 'Yonhap')).toMatchObject({ role: 'relay', cue: 'laut' });
  });

  it('resolves "der Spitzendiplomat" back to Cho Tae Yul', () => {
    const c = claimWith(result, 'alle Optionen lägen auf dem Tisch');
    expect(c.quote.exact).toBe('alle Optionen lägen auf dem Tisch');
    expect(c.attributions.find((a) => a.source.name === 'Cho Tae Yul')).toMatchObject({ role: 'speaker', cue: 'entgegnete' });
    expect(sourcesOf(claimWith(result, 'Die konkreten Maßnahmen würden'))).toContain('Cho Tae Yul');
  });

  it('marks the government circles in Seoul as an anonymous source', () => {
    const c = claimWith(result, 'Erwogen würden diplomatische und wirtschaftliche Schritte');
    expect(c.attributions).toHaveLength(1);
    expect(c.attributions[0]).toMatchObject({ role: 'anonymous', cue: 'verlautete aus' });
    expect(c.attributions[0].source).toMatchObject({ name: 'Regierungskreise in Seoul', type: 'anonymous', country: 'KR' });
  });

  it('marks "westliche Erkenntnisse" as anonymous and splits off the claim "nach Angaben Südkoreas"', () => {
    const west = claimWith(result, 'nach übereinstimmenden westlichen Erkenntnissen');
    expect(west.attributions).toEqual([expect.objectContaining({ role: 'anonymous', cue: 'nach Erkenntnissen', source: expect.objectContaining({ name: 'westliche Erkenntnisse', type: 'anonymous' }) })]);
    const kr = claimWith(result, 'die nach Angaben Südkoreas in der Ukraine eingesetzt werden sollen');
    expect(kr.attributions[0].source).toMatchObject({ name: 'Government of South Korea', type: 'government' });
    expect(kr.hedged).toBe(true);
  });

  it('affiliates John Kirby with the National Security Council and attributes the claim to both', () => {
    const c = claimWith(result, 'mindestens 3000 Soldaten');
    expect(c.kind).toBe('statistic');
    expect(c.hedged).toBe(true); // gehe … aus, seien
    const kirby = c.attributions.find((a) => a.source.name === 'John Kirby');
    expect(kirby).toMatchObject({ role: 'speaker', cue: 'sagte' });
    expect(kirby?.source).toMatchObject({ type: 'person', country: 'US', affiliation: expect.objectContaining({ name: 'United States National Security Council' }) });
    expect(c.attributions.find((a) => a.source.name === 'United States National Security Council')).toMatchObject({ role: 'speaker', source: expect.objectContaining({ type: 'government' }) });
    expect(c.quote.exact.startsWith('die US-Regierung gehe')).toBe(true);
  });

  it('names the confirming USA and NATO, Lloyd Austin, and the Russian denial', () => {
    expect(sourcesOf(claimWith(result, 'Die USA und die NATO hatten am Mittwoch'))).toEqual(expect.arrayContaining(['United States Government', 'NATO']));
    const austin = claimWith(result, 'Was sie dort täten, bleibe abzuwarten');
    expect(austin.quote.exact).toBe('Was sie dort täten, bleibe abzuwarten');
    expect(sourcesOf(austin)).toContain('Lloyd Austin');
    const denial = claimWith(result, 'Russland weist das zurück');
    expect(denial.attributions[0]).toMatchObject({ cue: 'weist zurück', source: expect.objectContaining({ name: 'Government of Russia', country: 'RU' }) });
  });

  it('affiliates NATO spokeswoman Farah Dakhlallah with NATO and follows her into the next sentences', () => {
    const c = claimWith(result, 'es gebe "Beweise"');
    const farah = c.attributions.find((a) => a.source.name === 'Farah Dakhlallah');
    expect(farah?.source.affiliation?.name).toBe('NATO');
    expect(sourcesOf(c)).toContain('NATO');
    expect(sourcesOf(claimWith(result, 'Sollten diese Truppen'))).toContain('Farah Dakhlallah');
    const council = claimWith(result, 'Der Nordatlantikrat werde in Kürze');
    expect(sourcesOf(council)).toContain('Farah Dakhlallah');
    expect(council.kind).toBe('prediction');
  });

  it('never attributes to people who are only mentioned (Duda, Kim Jong Un, Putin)', () => {
    const all = result.claims.flatMap((c) => sourcesOf(c));
    expect(all).not.toEqual(expect.arrayContaining(['Andrzej Duda']));
    expect(all).not.toContain('Kim Jong Un');
    expect(all).not.toContain('Vladimir Putin');
  });

  it('anchors every claim by code points: exact is the slice', () => {
    for (const c of result.claims) expect(cpSlice(body, c.quote.start, c.quote.end)).toBe(c.quote.exact);
  });

  it('flags the headline for stating as fact what the body attributes', () => {
    expect(result.headline?.statesAsFact).toBe(true);
    expect(result.headline?.matchingClaimIndex).not.toBeNull();
    expect(result.headline?.note).toContain('Alle Optionen auf dem Tisch');
  });
});
