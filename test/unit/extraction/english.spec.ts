import { extractClaims } from '../../../src/extraction';
import { claimWith, sourcesOf } from './helpers';

describe('English attribution', () => {
  it('"according to" and "said" with a registry source', () => {
    const r = extractClaims('About 3,000 troops are in Russia, according to South Korea\'s National Intelligence Service. The agency said they were being trained near Vladivostok.', { language: 'en' });
    const first = claimWith(r, 'About 3,000 troops');
    expect(first.attributions[0]).toMatchObject({ cue: 'according to', source: expect.objectContaining({ name: 'National Intelligence Service' }) });
    expect(first.kind).toBe('statistic');
    expect(first.quote.exact).toBe('About 3,000 troops are in Russia');
    // `the agency` points back to the NIS.
    expect(sourcesOf(claimWith(r, 'being trained near Vladivostok'))).toEqual(['National Intelligence Service']);
  });

  it('a relay chain: "Yonhap reported, citing lawmakers" gives a relay and an anonymous source', () => {
    const r = extractClaims('Yonhap reported, citing lawmakers, that Seoul was weighing direct arms deliveries to Ukraine.', { language: 'en' });
    const c = r.claims[0];
    expect(c.attributions.find((a) => a.source.name === 'Yonhap')?.role).toBe('relay');
    expect(c.attributions.find((a) => a.source.type === 'anonymous')).toMatchObject({ role: 'anonymous', cue: 'citing' });
  });

  it('"told Reuters" makes Reuters the relay of the speaker', () => {
    const r = extractClaims('Defence Minister Kim Yong Hyun told Reuters that the troops would be deployed to Kursk.', { language: 'en' });
    const c = r.claims[0];
    expect(c.attributions.find((a) => a.source.name === 'Kim Yong Hyun')?.role).toBe('speaker');
    expect(c.attributions.find((a) => a.source.name === 'Reuters')?.role).toBe('relay');
  });

  it('officials who spoke on condition of anonymity are an anonymous source', () => {
    const r = extractClaims('Two officials who spoke on condition of anonymity said the shipment left the port on Sunday.', { language: 'en' });
    expect(r.claims[0].attributions[0]).toMatchObject({ role: 'anonymous', source: expect.objectContaining({ type: 'anonymous' }) });
  });

  it('role + name + organisation: White House national security spokesman John Kirby', () => {
    const r = extractClaims('White House national security spokesman John Kirby said at least 3,000 North Korean soldiers had moved to eastern Russia.', { language: 'en' });
    const c = r.claims[0];
    const kirby = c.attributions.find((a) => a.source.name === 'John Kirby');
    expect(kirby?.source.affiliation?.name).toBe('United States National Security Council');
    expect(sourcesOf(c)).toContain('United States National Security Council');
    expect(c.quote.exact).toBe('at least 3,000 North Korean soldiers had moved to eastern Russia');
  });

  it('follow-on pronouns find the earlier speaker; an unknown "he" attributes nothing', () => {
    const r = extractClaims('Prime Minister Ana Silva announced new sanctions on Monday. She added that more would follow in the spring.', { language: 'en' });
    expect(sourcesOf(claimWith(r, 'more would follow'))).toContain('Ana Silva');
    const lone = extractClaims('He said the border would reopen.', { language: 'en' });
    expect(lone.claims.every((c) => c.attributions.length === 0)).toBe(true);
  });

  it('hedges: allegedly, reportedly, claimed', () => {
    const r = extractClaims('The ministry claimed that 40 drones were shot down. Police said the suspect had allegedly fled. The ministry said 12 people died.', { language: 'en' });
    expect(claimWith(r, '40 drones').hedged).toBe(true);
    expect(claimWith(r, 'allegedly fled').hedged).toBe(true);
    expect(claimWith(r, '12 people died').hedged).toBe(false);
  });
});

describe('German attribution', () => {
  it('"wie X berichtete" with a pronoun subject: speaker from the discourse, agency as relay', () => {
    const r = extractClaims('Außenministerin Lena Hoff traf ihren Amtskollegen. Sie kritisierte die Angriffe scharf, wie die Nachrichtenagentur dpa berichtete.', { language: 'de' });
    const c = claimWith(r, 'kritisierte die Angriffe');
    expect(c.attributions.find((a) => a.source.name === 'Lena Hoff')?.role).toBe('speaker');
    expect(c.attributions.find((a) => a.source.name === 'Deutsche Presse-Agentur')?.role).toBe('relay');
  });

  it('"berichtete unter Berufung auf" and "zufolge"', () => {
    const r = extractClaims('Die Agentur Interfax berichtete unter Berufung auf Sicherheitskreise, der Angriff habe einem Munitionslager gegolten. Dem Kreml zufolge gab es keine Verletzten.', { language: 'de' });
    const first = r.claims[0];
    expect(first.attributions.find((a) => a.source.name === 'Interfax')?.role).toBe('relay');
    expect(first.attributions.find((a) => a.source.type === 'anonymous')).toMatchObject({ role: 'anonymous', cue: 'unter Berufung auf' });
    expect(claimWith(r, 'keine Verletzten').attributions[0]).toMatchObject({ cue: 'zufolge', source: expect.objectContaining({ name: 'Kremlin' }) });
  });

  it('"hieß es aus" and role nouns for an unregistered ministry', () => {
    const r = extractClaims('Aus dem französischen Verteidigungsministerium hieß es, die Lieferung sei abgeschlossen.', { language: 'de' });
    expect(r.claims[0].attributions[0].source).toMatchObject({ type: 'government', country: 'FR' });
  });

  it('plain assertions are not hedged, reported subjunctive and "soll" are', () => {
    const r = extractClaims('Der Minister sagte am Montag, 300 Soldaten sind eingetroffen. Laut Polizei soll der Täter geflohen sein. Die Regierung bestätigte, dass die Grenze offen ist.', { language: 'de' });
    expect(claimWith(r, 'Täter geflohen').hedged).toBe(true);
    expect(claimWith(r, 'die Grenze offen ist').hedged).toBe(false);
  });
});
