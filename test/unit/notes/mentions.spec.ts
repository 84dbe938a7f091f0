import { mentionedKeys, resolveMentions } from '../../../src/notes/mentions';

describe('@mentions in notes', () => {
  const people = [
    { id: 1, displayName: 'Anna Schmidt' }, { id: 2, displayName: 'Ben Weber' }, { id: 3, displayName: 'Jürgen Groß' },
    { id: 4, displayName: 'Kim Lee' }, { id: 5, displayName: 'Kim  Lee' },
  ];

  it('reads a display name written without spaces, in any case, with dots, dashes or underscores', () => {
    expect(resolveMentions('@AnnaSchmidt und @ben.weber, bitte', people).map((p) => p.id)).toEqual([1, 2]);
    expect(resolveMentions('Frage an @Anna_Schmidt.', people).map((p) => p.id)).toEqual([1]);
  });

  it('folds accents and ß as names are compared on the desk', () => {
    expect(resolveMentions('@JurgenGross', people).map((p) => p.id)).toEqual([3]);
    expect(resolveMentions('@jürgengroß', people).map((p) => p.id)).toEqual([3]);
  });

  it('ignores an @ inside a word (an email address), a name nobody has, and a name two people share', () => {
    expect(mentionedKeys('schreib an anna@example.org')).toEqual([]);
    expect(resolveMentions('@Niemand', people)).toEqual([]);
    expect(resolveMentions('@KimLee', people)).toEqual([]);
  });

  it('names each person once, in the order mentioned', () => {
    expect(resolveMentions('@BenWeber @AnnaSchmidt @benweber', people).map((p) => p.id)).toEqual([2, 1]);
  });
});
