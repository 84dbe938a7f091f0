import { ClaimForMatching, isDenial, rankCorroboration } from '../../../src/evidence/related/corroboration';

const NIS = 1, NSC = 2, KIRBY = 3, YONHAP = 4, RUSSIA = 5;
const target: ClaimForMatching = { id: 10, articleId: 1, text: 'Nach Angaben des Geheimdienstes halten sich bereits 3000 nordkoreanische Soldaten in Russland auf.', originatorIds: [NIS] };
const claim = (id: number, text: string, originatorIds: number[], articleId = 1): ClaimForMatching => ({ id, articleId, text, originatorIds });

describe('corroboration candidates', () => {
  it('finds the same figure stated by an independent source, written the English way', () => {
    const [match] = rankCorroboration(target, [claim(11, 'The NSC said at least 3,000 North Korean soldiers are in Russia.', [KIRBY, NSC], 2)], new Set([NIS]));
    expect(match).toMatchObject({ claimId: 11, relation: 'agrees', independent: true, sharedFigures: ['3000'] });
  });

  it('marks the same speaker or its relay as not independent', () => {
    const [match] = rankCorroboration(target, [claim(12, 'Laut Geheimdienst sollen 3000 Soldaten in Russland sein.', [NIS])], new Set([NIS, YONHAP]));
    expect(match.independent).toBe(false);
  });

  it('marks a denial in the same story as contradicting, even when it only says "that"', () => {
    const [match] = rankCorroboration(target, [claim(13, 'Russland weist das zurück und betont, die Partnerschaft sei gegen niemanden gerichtet.', [RUSSIA])], new Set([NIS]));
    expect(match).toMatchObject({ relation: 'contradicts', independent: true });
  });

  it('ignores claims about something else and the claim itself', () => {
    const unrelated = claim(14, 'Die Duma stimmte dem Vertrag einstimmig zu.', [RUSSIA]);
    expect(rankCorroboration(target, [unrelated, target], new Set([NIS]))).toEqual([]);
  });

  it('recognises denials in German and English', () => {
    for (const text of ['Moskau bestreitet die Berichte.', 'The Kremlin denied the report.', 'Pjöngjang wies die Vorwürfe zurück.']) expect(isDenial(text)).toBe(true);
    expect(isDenial('Kirby bestätigte die Zahl.')).toBe(false);
  });
});
