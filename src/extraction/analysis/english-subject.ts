import type { Discourse } from './coreference';
import { englishRole } from '../lexicon/nouns';
import { parseSourcePhrase } from '../sources/source-phrase';
import { guessedRef } from '../sources/source-refs';
import type { Mention } from '../sources/mention';
import type { Token } from '../text/tokens';
import { isPossessive } from '../text/tokens';
import { firstWordIndex } from './frame';

/**
 * The person a frameless English sentence is about (`Kirby was asked whether …`, `At the White
 * House, spokesman John Kirby was asked …`, `Trump stayed sceptical …`), so that a following
 * `he said` goes to the running subject rather than to whoever was quoted before.
 */
const LEADING_PREPOSITION = /^(at|in|on|after|before|during|from|with|for|later|earlier|meanwhile|separately|asked)$/;

const FINITE = /^(is|was|are|were|has|had|have|will|would|said|says|told|and|or|but|of|to|in|on|at|for|by|with|from|that|which|who)$/;

export function trackEnglishSubject(T: Token[], discourse: Discourse): void {
  let start = firstWordIndex(T);
  if (start < 0 || start >= T.length) return;
  if (LEADING_PREPOSITION.test(T[start].l)) {
    let k = start;
    while (k < T.length && k - start < 12 && T[k].t !== ',') k++;
    if (T[k]?.t !== ',') return;
    start = k + 1;
  }
  let i = start;
  let caps = 0;
  for (; i < T.length && i - start < 8; i++) {
    const t = T[i];
    if (t.k !== 'w') break;
    if (t.cap) {
      if (isPossessive(t.t)) return; // `Trump's team …` is about the team
      caps++;
      continue;
    }
    // Descriptors before the name (`Australian anti-doping scientists Ann Lee`).
    if (!FINITE.test(t.l) && (T[i + 1]?.cap || (T[i + 2]?.cap && T[i + 1]?.k === 'w' && !FINITE.test(T[i + 1].l)))) continue;
    if (englishRole(t.t) !== null || (T[i + 1] && englishRole(T[i + 1].t) !== null && !/^(is|was|are|were|has|had)$/.test(t.l)) || (i === start && /^(the|a|an)$/.test(t.l)) || (/-/.test(t.t) && i + 1 < T.length && T[i + 1].cap)) continue;
    break;
  }
  // `The council leader, Joan Price, defended …` / `Joan Price, the council leader, defended …`: an apposition
  // between commas, then the verb.
  if (T[i]?.t === ',' && i > start) {
    let close = i + 1;
    while (close < T.length && close - i <= 10 && T[close].t !== ',' && T[close].k === 'w') close++;
    const verbAfter = T[close]?.t === ',' && T[close + 1]?.k === 'w' && !T[close + 1].cap && !FINITE.test(T[close + 1].l);
    const inner = T.slice(i + 1, close);
    const innerIsName = inner.length >= 2 && inner.length <= 4 && inner.every((x) => x.cap);
    const headFirst = T.slice(start, i).some((x) => englishRole(x.t) !== null);
    if (verbAfter && ((headFirst && innerIsName) || (caps >= 2 && !headFirst && inner.some((x) => englishRole(x.t) !== null)))) {
      for (const m of parseSourcePhrase(T.slice(start, close), 'en')) {
        if ((m.kind === 'shortname' && m.words.length <= 4) || (m.kind === 'direct' && m.source.type === 'person')) discourse.resolve(m);
      }
      return;
    }
  }
  // The subject must be followed by its verb (a lowercase word), not by `and` or a comma list.
  const next = T[i];
  if (caps >= 2 && next?.l === 'and' && T[i + 1]?.cap) {
    trackGroup(T, start, i, discourse);
    return;
  }
  if (caps === 0 || !next || next.k !== 'w' || next.cap || /^(and|or|of|for|in|at|with)$/.test(next.l)) return;
  for (const m of parseSourcePhrase(T.slice(start, i), 'en')) {
    if ((m.kind === 'shortname' && m.words.length <= 4 && (m.words.length >= 2 || m.role !== null || discourse.knowsPerson(m.words))) || (m.kind === 'direct' && m.source.type === 'person')) discourse.resolve(m);
  }
}

/**
 * `Scientists Ann Lee and Bo Park reviewed the data.`: both are remembered, and so is the pair, as
 * the group a later `they` stands for.
 */
function trackGroup(T: Token[], start: number, and: number, discourse: Discourse): void {
  let j = and + 1;
  while (j < T.length && j - and <= 4 && T[j].k === 'w' && T[j].cap && !isPossessive(T[j].t)) j++;
  if (j - and < 3 || !T[j] || T[j].k !== 'w' || T[j].cap) return;
  let b = and;
  while (b > start && and - b < 4 && T[b - 1].cap) b--;
  if (and - b < 2) return;
  const names: string[] = [];
  for (const run of [T.slice(b, and), T.slice(and + 1, j)]) {
    const words = run.map((x) => x.t);
    const m: Mention = { kind: 'shortname', words, country: null, org: null, role: null, surface: words.join(' ') };
    const r = discourse.resolve(m);
    if (r?.source.type === 'person') names.push(r.source.name);
  }
  if (names.length < 2) return;
  const group = names.join(' and ');
  discourse.resolve({ kind: 'direct', source: guessedRef(group, 'other', null), org: null, role: null, surface: group });
}
