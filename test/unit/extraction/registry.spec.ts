import { resolveRegistrySource, sourceRegistry, detectLanguage, extractClaims } from '../../../src/extraction';

describe('source registry', () => {
  it('is a curated list of dozens of sources, every person with an affiliation', () => {
    const all = sourceRegistry();
    expect(all.length).toBeGreaterThan(100);
    for (const t of ['intelligence_agency', 'news_agency', 'government', 'international_organization', 'person', 'media_outlet', 'military']) {
      expect(all.some((s) => s.type === t)).toBe(true);
    }
    for (const p of all.filter((s) => s.type === 'person')) expect(p.affiliationId).not.toBeNull();
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it.each([
    ['südkoreanischer Geheimdienst', 'kr-nis'],
    ['des südkoreanischen Geheimdienstes', 'kr-nis'],
    ['südkoreanischem Geheimdienst', 'kr-nis'],
    ['Sudkoreanischer Geheimdienst', 'kr-nis'],
    ['NIS', 'kr-nis'],
    ['National Intelligence Service', 'kr-nis'],
    ['des Nationalen Sicherheitsrates', 'us-nsc'],
    ['Kreml', 'ru-kremlin'],
    ['des Kremls', 'ru-kremlin'],
    ['Weißen Hauses', 'us-whitehouse'],
    ['Auswärtigen Amtes', 'de-aa'],
    ['Wladimir Putin', 'p-vladimir-putin'],
    ['Vladimir Putin', 'p-vladimir-putin'],
    ['Dmitri Peskow', 'p-dmitry-peskov'],
    ['Dmitry Peskov', 'p-dmitry-peskov'],
    ['NATO-Sprecherin Farah Dakhlallah', 'p-farah-dakhlallah'],
    ['CDU', 'de-cdu'],
    ['der Grünen', 'de-gruene'],
    ['Labour', 'gb-labour'],
    ['Tories', 'gb-conservatives'],
    ['Nachrichtenagentur Yonhap', 'yonhap'],
    ['IAEO', 'iaea'],
  ])('resolves %s', (name, id) => {
    expect(resolveRegistrySource(name)?.id).toBe(id);
  });

  it('returns null for unknown names', () => {
    expect(resolveRegistrySource('Oberster Rat der Feen')).toBeNull();
  });

  it('people carry the organisation they speak for', () => {
    expect(resolveRegistrySource('John Kirby')?.affiliationId).toBe('us-nsc');
    expect(resolveRegistrySource('Cho Tae Yul')?.affiliationId).toBe('kr-mofa');
  });
});

describe('guessed sources', () => {
  it('guesses types for sources outside the registry', () => {
    const r = extractClaims('Nach Angaben des sambischen Gesundheitsministeriums starben 20 Menschen. Die Ärztin Maria Lenz sagte, die Lage sei ernst.', { language: 'de' });
    expect(r.claims[0].attributions[0].source).toMatchObject({ type: 'government', country: 'ZM', registryId: null });
    expect(r.claims[1].attributions[0].source).toMatchObject({ name: 'Maria Lenz', type: 'person' });
  });
});

describe('language detection', () => {
  it('tells German from English', () => {
    expect(detectLanguage('Die Regierung hat am Montag mitgeteilt, dass die Lage stabil sei.')).toBe('de');
    expect(detectLanguage('The government said on Monday that the situation was stable.')).toBe('en');
    expect(extractClaims('The ministry said that 12 people were killed.').language).toBe('en');
  });
});
