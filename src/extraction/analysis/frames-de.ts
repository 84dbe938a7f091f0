import { GERMAN_AUXILIARIES, GERMAN_VERB_FORMS, type GermanVerbForm } from '../lexicon/german-verbs';
import { lookupCountry } from '../registry/countries';
import { germanOrgHead, germanRole } from '../lexicon/nouns';
import { isAdjective } from '../sources/german-forms';
import type { Token } from '../text/tokens';
import { cueText, firstWordIndex, isBoundary, isQuoteMark, phraseFrame, trailAt, type Frame, type SentenceView } from './frame';

/**
 * German attribution frames: reporting verbs in main-clause (V2), inverted (`…, sagte Yoon`),
 * perfect (`hat … angekündigt`) and separable (`weist … zurück`) position, and attribution phrases
 * (`nach Angaben`, `laut`, `zufolge`, `wie X berichtete`, `unter Berufung auf`, `verlautete aus`,
 * `hieß es aus`, `so X`, `demnach`). German word order does most of the work: in a main clause the
 * finite verb is the second constituent, so what precedes it is the subject unless it is an adverbial.
 */

/** First words of a prefield that is not the subject (adverbs, prepositions, subordinators, non-nominative articles). */
const ADVERBIAL_STARTERS = new Set(
  (
    'zudem außerdem dabei dazu damit daher deshalb darum dennoch trotzdem jedoch allerdings gleichzeitig zugleich später zuvor danach davor ' +
    'bereits schon nun jetzt heute gestern morgen inzwischen mittlerweile zuletzt zuerst zunächst erst weiter weiterhin ferner so hier dort da darin ' +
    'darüber dagegen demnach indes indessen derweil unterdessen ebenfalls bislang bisher damals anschließend kürzlich jüngst unlängst vorher ' +
    'am im in auf bei nach vor während mit seit bis gegenüber angesichts wegen trotz laut über unter aus für gegen ohne um als wie wenn weil ' +
    'obwohl nachdem bevor dass ob was wer wo warum sollte sollten falls zum zur vom beim ins ans aufs dem den des einem einen wem wen zwar ' +
    'sonst vielmehr stattdessen überdies schließlich letztlich insgesamt ebenso genauso nämlich offenbar womöglich vermutlich wohl auch'
  ).split(' '),
);
const FOCUS = new Set(['auch', 'selbst', 'sogar', 'nur', 'und', 'aber', 'doch']);
const DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']);
/** Possessive articles open a source phrase too (`seiner Fraktion`, `ihr Sprecher`). */
const POSSESSIVES = new Set(['sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren']);
const PRONOUNS = new Set(['er', 'sie']);
const INFO_NOUN = /^(angaben|erkenntnissen|informationen|einschätzung|einschätzungen|darstellung|schätzungen|berechnungen|aussagen|aussage|worten|ansicht|auffassung|meinung|daten|zahlen|berichten|medienberichten|recherchen|untersuchungen|ermittlungen|umfragen|umfrage|mitteilung|analysen|analyse|beobachtungen|geheimdienstinformationen|geheimdiensterkenntnissen|vermutungen|zählungen|bilanz|statistik)$/;
const END_ADVERBS = new Set(['weiter', 'zudem', 'außerdem', 'demnach', 'am', 'im', 'in', 'auf', 'bei', 'nach', 'vor', 'während', 'gegenüber', 'laut', 'zufolge', 'dem', 'der', 'den', 'des', 'einer', 'einem', 'eines', 'mit', 'ohne', 'vom', 'zum', 'zur']);

export function germanFrames(view: SentenceView): Frame[] {
  const T = view.tokens;
  const frames: Frame[] = [];
  let contentFrom = Infinity; // token index where reported content starts: no frames inside it
  let lastVerbNp: Token[] | null = null;
  const colon = colonFrame(T);
  if (colon) return [colon];

  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (t.k !== 'w') continue;
    const l = t.l;

    // --- attribution phrases ---------------------------------------------------------------
    // `Nach Polizeiangaben`, `laut Behördenangaben`, `nach Regierungsschätzungen`: the compound's first part is the source.
    if ((l === 'nach' || l === 'laut') && T[i + 1]?.cap) {
      const source = compoundInfoSource(T[i + 1]);
      if (source) {
        const f = phrase(T, i, i + 1, i + 2, cueText([t.t, T[i + 1].t]), l === 'laut');
        f.np = [source];
        frames.push(f);
        i += 1;
        continue;
      }
    }
    if (l === 'laut' && /^eigene[rnm]?$/.test(T[i + 1]?.l ?? '') && INFO_NOUN.test(T[i + 2]?.l ?? '')) {
      // `X ahnte laut eigener Aussage …`: the subject is the source.
      const s0 = firstWordIndex(T);
      const subjEnd = npForward(T, s0);
      if (subjEnd > s0 && s0 < i) frames.push(phrase(T, i, s0, subjEnd, cueText([t.t, T[i + 1].t, T[i + 2].t]), false));
      i += 2;
      continue;
    }
    if (l === 'laut' && i + 1 < T.length) {
      const start = INFO_NOUN.test(T[i + 1].l) ? i + 2 : i + 1;
      const from = start > i + 1 && T[start] && DETERMINERS.has(T[start].l) ? start : start;
      const end = npForward(T, from);
      if (end > from) frames.push(phrase(T, i, from, end, start > i + 1 ? cueText([t.t, T[i + 1].t]) : cueText([t.t]), true));
      continue;
    }
    // `Nach Brandts Darstellung`, `nach Müllers Angaben`: a name in the genitive before the information noun.
    if (l === 'nach' && T[i + 1]?.cap && /\p{Ll}s$/u.test(T[i + 1].t) && T[i + 2] && INFO_NOUN.test(T[i + 2].l)) {
      const g = T[i + 1];
      const name: Token = { ...g, t: g.t.slice(0, -1), l: g.l.slice(0, -1), e: g.e - 1 };
      const f = phrase(T, i, i + 1, i + 2, cueText([t.t, '…', T[i + 2].t]), false);
      f.np = [name];
      frames.push(f);
      i += 2;
      continue;
    }
    if (l === 'nach' && i + 1 < T.length) {
      let j = i + 1;
      if (T[j] && DETERMINERS.has(T[j].l)) j++;
      const adjStart = j;
      while (j < T.length && T[j].k === 'w' && !T[j].cap && isAdjective(T[j].t)) j++;
      if (j < T.length && INFO_NOUN.test(T[j].l)) {
        const cue = cueText([t.t, T[j].t]);
        let from = j + 1;
        let end = from;
        if (from < T.length && (T[from].l === 'von' || T[from].l === 'vom' || T[from].l === 'aus')) from++;
        if (from < T.length && (DETERMINERS.has(T[from].l) || POSSESSIVES.has(T[from].l) || T[from].cap || isAdjective(T[from].t))) end = npForward(T, from);
        const adjectives = T.slice(adjStart, j).map((x) => x.l);
        if (end > from) frames.push(phrase(T, i, from, end, cue, false));
        else if (adjectives.some((a) => /^eigene/.test(a))) {
          const s0 = firstWordIndex(T);
          const subjEnd = npForward(T, s0);
          if (subjEnd > s0) frames.push({ ...phrase(T, i, s0, subjEnd, cue, false) });
        } else if (adjectives.length > 0 || /bericht|informationen|erkenntniss/.test(T[j].l)) frames.push(phrase(T, i, adjStart, j + 1, cue, false));
        i = Math.max(i, end - 1);
      }
      continue;
    }
    if (l === 'zufolge' && i > 0) {
      const from = npBackward(T, i);
      if (from < i) {
        const f = phrase(T, from, from, i, cueText([t.t]), true);
        f.at = t.s;
        frames.push(f);
      }
      continue;
    }
    // `…, was Händler mit den Gerüchten erklärten.`: a relative clause on the whole main clause, closed by a verb of speech.
    if (l === 'was' && T[i - 1]?.t === ',' && i + 2 < T.length) {
      const f = wasFrame(T, i);
      if (f) {
        frames.push(f);
        break;
      }
    }
    if (l === 'wie' && i + 1 < T.length) {
      const f = wieFrame(T, i);
      if (f) {
        frames.push(...f);
        // The `wie …` clause is read: its verb and phrases are not frames of their own.
        while (i + 1 < T.length && !isBoundary(T[i + 1]) && T[i + 1].t !== '.') i++;
      }
      continue;
    }
    if (l === 'unter' && T[i + 1]?.l === 'berufung' && T[i + 2]?.l === 'auf') {
      const end = npForward(T, i + 3);
      if (end > i + 3) frames.push({ ...phrase(T, i, i + 3, end, 'unter Berufung auf', false), citing: true });
      i = end - 1;
      continue;
    }
    // `X zeigte sich überzeugt, dass …`: a stance stated in the speaker's name, the content after the comma.
    if (ZEIGEN.test(l) && T[i + 1]?.l === 'sich' && i < contentFrom) {
      const f = stanceFrame(T, i);
      if (f) {
        frames.push(f.frame);
        contentFrom = f.contentFrom;
        continue;
      }
    }
    if (l === 'verlautete' || l === 'verlautet' || l === 'verlauteten') {
      const aus = findWord(T, i + 1, Math.min(T.length, i + 10), 'aus') ?? findWord(T, 0, i, 'aus');
      if (aus !== null) {
        const end = npForward(T, aus + 1);
        if (end > aus + 1) frames.push(phrase(T, i, aus + 1, end, `${t.t} aus`, false));
      }
      continue;
    }
    if ((l === 'hieß' || l === 'heißt' || l === 'hiess') && T[i + 1]?.l === 'es') {
      let prep: number | null = null;
      for (let k = i + 2; k < Math.min(T.length, i + 10); k++) {
        if (isBoundary(T[k])) break;
        if (/^(aus|von|vom|in|im|bei|beim|seitens)$/.test(T[k].l)) {
          prep = k;
          break;
        }
      }
      if (prep === null && i > 1 && /^(aus|von|vom|in|im|bei|beim|seitens)$/.test(T[0].l)) prep = 0;
      if (prep !== null) {
        const end = npForward(T, prep + 1);
        if (end > prep + 1) {
          const f = phrase(T, i, prep + 1, end, `${t.t} es ${T[prep].l}`, false);
          // `In einer Mitteilung der Stadt hieß es, …`: the source comes first, the content after the comma.
          if (prep === 0 && end === i && T[i + 2]?.t === ',') {
            f.leadEnd = T[i + 2].e;
            contentFrom = i + 3;
          }
          frames.push(f);
          continue;
        }
      }
      frames.push({ cue: `${t.t} es`, at: t.s, np: [], kind: 'phrase', inherit: true, trailStart: trailAt(T, i) });
      continue;
    }
    if (l === 'so' && i > 0 && T[i - 1].t === ',' && i + 1 < T.length) {
      const end = npForward(T, i + 1);
      if (end > i + 1 && restIsAdverbial(T, end)) frames.push({ cue: 'so', at: t.s, np: T.slice(i + 1, end), kind: 'phrase', trailStart: T[i - 1].s });
      continue;
    }
    if (l === 'demnach' || (l === 'vernehmen' && T[i - 1]?.l === 'dem')) {
      frames.push({ cue: l === 'demnach' ? 'demnach' : 'dem Vernehmen nach', at: t.s, np: [], kind: 'phrase', inherit: l === 'demnach', hedge: l !== 'demnach' });
      continue;
    }
    if ((l === 'geht' || l === 'ging' || l === 'gingen' || l === 'hervorgeht' || l === 'hervorging') && i > 0) {
      // `Das geht aus dem Lagebericht des Ministeriums hervor.`
      const clauseEnd = clauseEndFrom(T, i + 1);
      const hervor = l.startsWith('hervor') ? i : findWord(T, i + 1, clauseEnd, 'hervor');
      const aus = findWord(T, i + 1, clauseEnd, 'aus');
      if (hervor !== null && aus !== null && !l.startsWith('hervor')) {
        const end = npForward(T, aus + 1);
        if (end > aus + 1) {
          const f = phrase(T, i, aus + 1, end, `${t.t} aus … hervor`, false);
          if (/^(das|dies|dieses)$/.test(T[firstWordIndex(T)].l) && firstWordIndex(T) === i - 1) f.backRef = true;
          frames.push(f);
        }
        continue;
      }
    }
    // `im Interview mit der „Rheinpost“`, `im Gespräch mit dem NDR`, `sagte sie im ZDF`: an outlet as the listener.
    if (l === 'im' && i + 1 < T.length) {
      const talk = /^(gespräch|interview|telefongespräch|podcast)$/.test(T[i + 1].l) && T[i + 2]?.l === 'mit' ? i + 3 : T[i + 1].cap ? i + 1 : -1;
      const end = talk > 0 ? npForward(T, talk) : -1;
      if (end > talk) frames.push({ cue: T.slice(i, talk).map((x) => x.t).join(' '), at: t.s, np: T.slice(talk, end), kind: 'phrase', publisher: true, mediaOnly: true });
      continue;
    }
    if (l === 'gegenüber' && i + 1 < T.length) {
      const end = npForward(T, i + 1);
      if (end > i + 1) frames.push({ cue: 'gegenüber', at: t.s, np: T.slice(i + 1, end), kind: 'phrase', publisher: true, mediaOnly: true });
      continue;
    }

    // --- reporting verbs -------------------------------------------------------------------
    const forms = GERMAN_VERB_FORMS.get(l);
    if (!forms || (t.cap && i > 0)) continue;
    if (i >= contentFrom) continue;
    const clauseEnd = clauseEndFrom(T, i + 1);
    const pick = chooseForm(T, i, clauseEnd, forms);
    if (!pick) continue;
    const { form, verbIndex } = pick;
    const v = form.verb;
    const cue = cueFor(T, i, form, clauseEnd);
    if (verbIndex > 0 && T[verbIndex - 1].l === 'und' && lastVerbNp) {
      frames.push({ cue, at: t.s, np: lastVerbNp, kind: 'verb', publisher: v.relay, hedge: v.hedge, prediction: v.prediction });
      continue;
    }
    if (verbIndex === 0) continue;
    // `Der Sprecher …, John Kirby, sagte`: a comma before the verb may close an apposition in the prefield.
    const appositionPrefield = T[verbIndex - 1].t === ',' ? nounPhrasePrefield(T, verbIndex - 1) : null;
    // `Jens Spahn (CDU) sagte`: a closing parenthesis ends a prefield subject, not a clause.
    const parenPrefield = T[verbIndex - 1].t === ')' ? prefield(T, verbIndex) : null;
    // `Jan Holt, der seit 2020 im Amt ist, sagte`: a relative clause on the subject closes the prefield.
    const relativePrefield = !appositionPrefield && T[verbIndex - 1].t === ',' ? relativeClausePrefield(T, verbIndex - 1) : null;
    const inverted = !appositionPrefield && !parenPrefield && !relativePrefield && isBoundary(T[verbIndex - 1]);
    // `…, er habe Gabriel nicht als Diva bezeichnet`: a pronoun opening a clause after a comma is its subject.
    const clausePronoun = verbIndex >= 2 && PRONOUNS.has(T[verbIndex - 1].l) && T[verbIndex - 2].t === ',' ? [T[verbIndex - 1]] : null;
    // `X wollte sich nicht äußern, bestätigte aber, dass …`: a second main clause without a subject shares the first one's.
    const shared = inverted && /^(aber|jedoch|allerdings)$/.test(T[verbIndex + 1]?.l ?? '') ? sentenceSubject(T, verbIndex) : null;
    let pre = clausePronoun ?? appositionPrefield ?? relativePrefield ?? parenPrefield ?? shared ?? (inverted ? null : prefield(T, verbIndex));
    // `Das teilte die Luftwaffe mit.`: a demonstrative object first, the source after the verb.
    const backRef = pre !== null && pre.length === 1 && /^(das|dies|dieses)$/.test(pre[0].l);
    if (backRef) pre = null;
    let np: Token[];
    let npEnd: number;
    if (pre) {
      np = pre;
      npEnd = verbIndex;
    } else {
      // `freute sich die Läuferin`: the reflexive pronoun stands before the subject.
      const start = T[verbIndex + 1]?.l === 'sich' && form.verb.needs === 'sich' ? verbIndex + 2 : verbIndex + 1;
      npEnd = npForward(T, start);
      npEnd = extendApposition(T, npEnd);
      // `attackierte er Martin Seiler`: a subject pronoun right after the verb ends the subject; an object follows.
      if (PRONOUNS.has(T[start]?.l ?? '') && npEnd > start + 1) npEnd = start + 1;
      // `der Nachrichtenagentur dpa`: an agency's lower-case name closes the phrase.
      if (npEnd > start) npEnd = withAgencyName(T, npEnd);
      // `sagte der Minister Jan Holt der Nachrichtenagentur dapd`: a dative outlet after the subject is the listener.
      const listener = listenerInSubject(T, start, npEnd);
      if (listener !== null) {
        frames.push({ cue, at: t.s, np: T.slice(listener, npEnd), kind: 'phrase', publisher: true, mediaOnly: true });
        npEnd = listener;
      } else if (T[npEnd]?.l === 'dem' && T[npEnd + 1]?.cap) {
        // `sagte die Ökonomin X dem Sender NDR`: the dative right after the subject.
        const end = npForward(T, npEnd);
        if (end > npEnd + 1) frames.push({ cue, at: t.s, np: T.slice(npEnd, end), kind: 'phrase', publisher: true, mediaOnly: true });
      } else if ((T[npEnd]?.l === 'dem' || T[npEnd]?.l === 'der') && isQuoteMark(T[npEnd + 1]) && T[npEnd + 2]?.cap) {
        // `sagte X der „Wirtschaftswoche“`: a quoted outlet as the dative listener.
        let close = npEnd + 2;
        while (close < T.length && T[close].k === 'w') close++;
        if (isQuoteMark(T[close])) frames.push({ cue, at: t.s, np: T.slice(npEnd + 2, close), kind: 'phrase', publisher: true, mediaOnly: true, quotedOutlet: true });
      }
      np = T.slice(start, npEnd).filter((x) => x.t !== ',');
    }
    if (np.length === 0) continue;
    const frame: Frame = { cue, at: t.s, np, kind: 'verb', publisher: v.relay, hedge: v.hedge, prediction: v.prediction, ...(backRef ? { backRef } : {}) };
    if (pre && !v.needs) {
      let from = Math.max(i, verbIndex) + 1;
      // `X sagte dem WDR, …`, `sagte der Deutschen Presse-Agentur, …`: the listener between the verb and the content.
      const listenerEnd = dativeListener(T, from);
      if (listenerEnd !== null) {
        frames.push({ cue, at: t.s, np: T.slice(from, listenerEnd), kind: 'phrase', publisher: true, mediaOnly: true });
        from = listenerEnd;
      }
      const lead = leadAfter(T, from) ?? (pick.form.form === 'finite' ? leadAfterParticle(T, from, pick.form.verb.particle) : null);
      if (lead !== null) {
        frame.leadEnd = lead.end;
        contentFrom = lead.index;
      }
    } else if (inverted) {
      // `…, sagte Jan Holt, der seit 2020 im Amt ist.`: a relative clause on the subject is no content.
      const afterRelative = relativeClauseEnd(T, npEnd);
      const lead = afterRelative === null ? null : leadAfter(T, afterRelative);
      if (lead !== null && lead.index > npEnd) {
        frame.leadEnd = lead.end;
        contentFrom = lead.index;
      } else if (!hasQuoteAfter(T, npEnd)) {
        const b = T[verbIndex - 1];
        frame.trailStart = isQuoteMark(b) ? b.e : b.s;
      }
    } else if (!pre && !backRef && !v.needs) {
      // `Zuvor hatte das Ministerium erklärt, …`: an adverbial first, the subject after the verb, content after the comma.
      const afterRelative = relativeClauseEnd(T, Math.max(npEnd, i + 1));
      const lead = afterRelative === null ? null : leadAfter(T, afterRelative);
      if (lead !== null && lead.index > npEnd) {
        frame.leadEnd = lead.end;
        contentFrom = lead.index;
      }
    }
    lastVerbNp = np;
    frames.push(frame);
  }
  if (frames.length === 0) {
    const f = verbColonFrame(T);
    if (f) frames.push(f);
  }
  return frames;
}

/** `Ihr Nachbar Herr Kraus widersprach: „…“`: a subject, one to three lower-case words, a colon and a quotation. */
function verbColonFrame(T: Token[]): Frame | null {
  let k = firstWordIndex(T);
  while (k < T.length && T[k].k === 'w' && FOCUS.has(T[k].l)) k++;
  if (k >= T.length || ADVERBIAL_STARTERS.has(T[k].l)) return null;
  const end = PRONOUNS.has(T[k].l) ? k + 1 : npForward(T, k);
  if (end <= k || !T.slice(k, end).some((x) => (x.cap && !DETERMINERS.has(x.l)) || PRONOUNS.has(x.l))) return null;
  let c = end;
  while (c < T.length && c - end < 3 && T[c].k === 'w' && !T[c].cap) c++;
  if (c === end || T[c]?.t !== ':' || !isQuoteMark(T[c + 1]) || T[c + 2]?.k !== 'm') return null;
  return { cue: T.slice(end, c).map((x) => x.t).join(' '), at: T[end].s, np: T.slice(k, end), kind: 'verb', leadEnd: T[c].e };
}

/** `Weselsky: „…“`: a bare name (one to four capitalised words) and a colon before a quotation. */
function colonFrame(T: Token[]): Frame | null {
  const s = firstWordIndex(T);
  let c = s;
  while (c < T.length && c - s < 4 && T[c].k === 'w' && T[c].cap) c++;
  if (c === s || T[c]?.t !== ':' || !isQuoteMark(T[c + 1]) || T[c + 2]?.k !== 'm') return null;
  if (T.slice(s, c).some((x) => ADVERBIAL_STARTERS.has(x.l) || DETERMINERS.has(x.l))) return null;
  return { cue: ':', at: T[c].s, np: T.slice(s, c), kind: 'phrase', leadEnd: T[c].e };
}

function phrase(T: Token[], cueIndex: number, from: number, end: number, cue: string, publisher: boolean): Frame {
  return phraseFrame(T, cueIndex, from, end, cue, publisher, restIsAdverbial);
}

/** Only adverbials (no new clause, no quotation) follow up to the end of the sentence. */
function restIsAdverbial(T: Token[], from: number): boolean {
  let words = 0;
  for (let k = from; k < T.length; k++) {
    const x = T[k];
    if (x.k === 'm' || isQuoteMark(x)) return false;
    if (x.t === ',' || x.t === ':' || x.t === ';') return false;
    if (x.k === 'w') words++;
  }
  return words <= 12;
}

function hasQuoteAfter(T: Token[], from: number): boolean {
  for (let k = from; k < T.length; k++) if (T[k].k === 'm') return true;
  return false;
}

function findWord(T: Token[], from: number, to: number, word: string): number | null {
  for (let k = from; k < to; k++) if (T[k].l === word) return k;
  return null;
}

function clauseEndFrom(T: Token[], from: number): number {
  let k = from;
  while (k < T.length && !(T[k].t === ',' || T[k].t === ';' || T[k].t === ':' || T[k].t === '.' || T[k].t === '?' || T[k].t === '!')) k++;
  return k;
}

function chooseForm(T: Token[], i: number, clauseEnd: number, forms: GermanVerbForm[]): { form: GermanVerbForm; verbIndex: number } | null {
  const ordered = [...forms].sort((a, b) => Number(!!b.verb.particle) - Number(!!a.verb.particle));
  for (const f of ordered) {
    const { verb } = f;
    if (f.form === 'finite') {
      // `hatte das Ministerium erklärt`: a form that is also the participle, after an auxiliary, is the participle.
      if (forms.some((x) => x.form === 'participle' && x.verb === verb) && auxiliaryBefore(T, i) >= 0) continue;
      if (verb.particle && findWord(T, i + 1, clauseEnd, verb.particle) === null) continue;
      if (verb.needs && findWord(T, i + 1, clauseEnd, verb.needs) === null) continue;
      // `sagte` directly followed by `voraus` is taken above; `gab`/`wies` without particle are not reporting.
      return { form: f, verbIndex: i };
    }
    if (f.form === 'participle') {
      let aux = -1;
      for (let k = i - 1; k >= 0; k--) {
        // `hat Berichte, wonach X … erteilt hätte, als falsch zurückgewiesen`: an auxiliary closing a
        // subordinate clause (right before its comma) belongs to that clause, not to the participle.
        if (T[k].k === 'w' && GERMAN_AUXILIARIES.has(T[k].l) && !T[k].cap && T[k + 1]?.t !== ',') {
          aux = k;
          break;
        }
        if (T[k].l === 'dass' || T[k].l === 'ob') break;
      }
      if (aux < 0) continue;
      // Passive `wurde … bestätigt` names no speaker; `ist … gesagt` neither.
      if (/^(ist|sind|war|waren|sei|seien)$/.test(T[aux].l)) continue;
      if (verb.needs && findWord(T, aux + 1, i, verb.needs) === null) continue;
      return { form: f, verbIndex: aux };
    }
  }
  return null;
}

/** Index of an auxiliary earlier in the same clause (no comma, quotation or `dass` between), or -1. */
function auxiliaryBefore(T: Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const x = T[k];
    if (x.k !== 'w') {
      if (x.t === ',' || x.k === 'm' || x.t === ':' || x.t === ';') return -1;
      continue;
    }
    if (x.l === 'dass' || x.l === 'ob') return -1;
    if (GERMAN_AUXILIARIES.has(x.l) && !x.cap) return k;
  }
  return -1;
}

function cueFor(T: Token[], i: number, form: GermanVerbForm, clauseEnd: number): string {
  const t = T[i];
  if (form.form === 'finite' && form.verb.particle) return `${t.t} ${form.verb.particle}`;
  if (form.verb.needs === 'von' && form.form === 'finite') return `${t.t} von`;
  void clauseEnd;
  return t.t;
}

/** The prefield as subject, or null when it is an adverbial, a quotation or too long to be one phrase. */
function prefield(T: Token[], verbIndex: number): Token[] | null {
  let s = 0;
  while (s < verbIndex && T[s].k === 'w' && FOCUS.has(T[s].l)) s++;
  if (s >= verbIndex || T[s].k !== 'w') return null;
  if (ADVERBIAL_STARTERS.has(T[s].l)) return null;
  if (verbIndex - s > 22) return null;
  for (let k = s; k < verbIndex; k++) if (T[k].k === 'm') return null;
  return T.slice(s, verbIndex);
}

/**
 * Where reported content starts after a frame: after `,`/`:` (and `dass`), or at a quotation right
 * after the verb. Only adverbials may sit between (`sagte in Brüssel,`); an object or a second verb
 * (`weist das zurück und betont, dass`) makes the whole sentence the claim.
 */
function leadAfter(T: Token[], from: number): { index: number; end: number } | null {
  let words = 0;
  for (let k = from; k < T.length && k < from + 12; k++) {
    const x = T[k];
    if (x.t === ',' || x.t === ':') {
      let n = k + 1;
      if (T[n]?.l === 'dass') n++;
      if (T.length - n < 3) return null;
      // `ruft … zum Streik auf, dem längsten seit Jahren`: an apposition in the dative or genitive, no verb in it.
      if (n === k + 1 && /^(dem|des)$/.test(T[n].l) && T[n + 1]?.k === 'w' && !T[n + 1].cap && !hasVerb(T, n + 2)) return null;
      return { index: n, end: T[n - 1].e };
    }
    if (isQuoteMark(x) && T[k + 1]?.k === 'm') return words === 0 ? { index: k, end: x.s } : null;
    if (x.k === 'm') return null;
    if (x.k === 'w') {
      words++;
      // `sagte in Brüssel,` is fine; `kritisierte die Angriffe scharf,` has an object: no lead. A separable
      // particle that looks like an article closes the clause (`räumte ein, dass`).
      const particle = T[k + 1]?.t === ',' || T[k + 1]?.t === ':';
      if (words === 1 && ((DETERMINERS.has(x.l) && !particle) || x.cap)) return null;
      if (words > 5 || x.l === 'und' || x.l === 'oder' || x.l === 'das' || x.l === 'dies' || x.l === 'dies' || GERMAN_VERB_FORMS.has(x.l)) return null;
    }
  }
  return null;
}

/**
 * `warf dem Senat vor, …`, `kündigte am Montag in Berlin an, …`: a separable verb's particle right before
 * the comma closes the frame, whatever object or adverbial stands between; the content follows.
 */
function leadAfterParticle(T: Token[], from: number, particle: string | undefined): { index: number; end: number } | null {
  if (!particle) return null;
  for (let k = from; k < T.length && k < from + 8; k++) {
    if (T[k].k !== 'w') return null;
    if (T[k].l === particle && (T[k + 1]?.t === ',' || T[k + 1]?.t === ':')) {
      let n = k + 2;
      if (T[n]?.l === 'dass') n++;
      // Only a clause is content (`, dass …`, `, die Brücke verfallen zu lassen`, `, er sei …`), not an apposition (`, dem längsten …`).
      if (n === k + 2 && !isClause(T, n)) return null;
      return T.length - n >= 3 ? { index: n, end: T[n - 1].e } : null;
    }
  }
  return null;
}

const SUBJUNCTIVE = /^(sei|seien|habe|hätte|hätten|werde|würde|würden|könne|könnten|müsse|müssten|solle|sollten|wolle|wollten|dürfe|gebe|gäbe|wäre|wären|liege|stehe|gehe|komme|bleibe|fehle|fehlten)$/;

/** Whether the words from `from` to the next comma or the end form a clause: an infinitive with `zu`, or a verb in the subjunctive. */
function isClause(T: Token[], from: number): boolean {
  for (let k = from; k < T.length && T[k].t !== ',' && T[k].t !== '.'; k++) {
    if (T[k].k === 'w' && (T[k].l === 'zu' || SUBJUNCTIVE.test(T[k].l) || /^\p{Ll}+zu\p{Ll}+en$/u.test(T[k].t) || GERMAN_AUXILIARIES.has(T[k].l))) return true;
  }
  return false;
}

const FUNCTION_WORDS = /^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|in|im|an|am|auf|aus|bei|beim|mit|nach|seit|von|vom|vor|zu|zum|zur|für|über|unter|um|gegen|ohne|bis|und|oder|aber|als|wie|noch|schon|nur|auch|sehr|gut|mehr|fast|rund|etwa)$/;

/** Whether a lower-case word other than an adjective or a function word stands before the next comma: a verb, so a clause. */
function hasVerb(T: Token[], from: number): boolean {
  for (let k = from; k < T.length && T[k].t !== ',' && T[k].t !== '.'; k++) {
    const x = T[k];
    if (x.k === 'w' && !x.cap && !/^\d/.test(x.t) && !FUNCTION_WORDS.test(x.l) && !isAdjective(x.t)) return true;
  }
  return false;
}

const COMPOUND_INFO = /^(\p{Lu}\p{Ll}{3,}?)(?:s)?(angaben|informationen|erkenntnissen|schätzungen|berechnungen|zählungen|daten|zahlen|berichten|bericht|mitteilung)$/u;

/** `Polizeiangaben` -> a token for `Polizei` at the same place: the source a compound information noun names. */
function compoundInfoSource(token: Token): Token | null {
  const match = COMPOUND_INFO.exec(token.t);
  if (!match) return null;
  const name = match[1];
  return { ...token, t: name, l: name.toLowerCase(), e: token.s + name.length };
}

/** `der Nachrichtenagentur dpa`: an agency's lower-case name after its head closes the phrase (the end moves past it). */
function withAgencyName(T: Token[], end: number): number {
  return T[end]?.k === 'w' && /^[a-zäöü]{2,5}$/.test(T[end].t) && germanOrgHead(T[end - 1].t)?.type === 'news_agency' ? end + 1 : end;
}

/** A word that names an outlet (`Zeitung`, `Sender`, `Nachrichtenagentur`), so `der Zeitung` after a subject is a listener. */
function isOutletWord(word: string): boolean {
  const type = germanOrgHead(word)?.type;
  return type === 'media_outlet' || type === 'news_agency';
}

/**
 * A dative listener right after a verb whose subject came first (`sagte dem Sender NDR,`, `sagte der
 * Nachrichtenagentur dpa:`): `dem`/`der` and a capitalised noun phrase that runs to the comma or colon
 * before the content. Returns where it ends, or null.
 */
function dativeListener(T: Token[], k: number): number | null {
  if ((T[k]?.l !== 'dem' && T[k]?.l !== 'der') || !T[k + 1]?.cap) return null;
  let end = npForward(T, k);
  if (end > k + 1) end = withAgencyName(T, end);
  return end > k + 1 && (T[end]?.t === ',' || T[end]?.t === ':') ? end : null;
}

/** The tokens before `,` + verb when they form one noun phrase with apposition (no verb, no adverbial start). */
function nounPhrasePrefield(T: Token[], commaIndex: number): Token[] | null {
  const pre = prefield(T, commaIndex);
  if (!pre || !pre.some((t) => t.t === ',')) return null;
  for (const t of pre) {
    if (t.k === 'm') return null;
    if (t.k === 'p' && t.t !== ',' && t.t !== '(' && t.t !== ')') return null;
    if (t.k === 'w' && !t.cap && !isAdjective(t.t) && !DETERMINERS.has(t.l) && !/^(in|im|an|am|aus|von|vom|bei|beim|für|und|zu|zur|zum)$/.test(t.l)) return null;
  }
  return pre;
}

/** Forward noun phrase: `der Spitzendiplomat`, `US-Verteidigungsminister Lloyd Austin`, `Regierungskreisen in Seoul`. */
function npForward(T: Token[], i: number): number {
  let j = i;
  if (j < T.length && T[j].k === 'w' && PRONOUNS.has(T[j].l)) return j + 1;
  if (j < T.length && (DETERMINERS.has(T[j].l) || POSSESSIVES.has(T[j].l))) j++;
  let lastCap = false;
  let lastRole = false;
  let count = 0;
  while (j < T.length && count < 14) {
    const t = T[j];
    if (t.k !== 'w') break;
    const next = T[j + 1];
    const nextIsWord = next !== undefined && next.k === 'w';
    if (t.cap || /^\d+-jährige[nr]?$/.test(t.l)) {
      lastCap = true;
      lastRole = germanRole(t.t) !== null;
      j++;
      count++;
      continue;
    }
    if (isAdjective(t.t) && nextIsWord && (next.cap || isAdjective(next.t)) && !END_ADVERBS.has(t.l)) {
      j++;
      continue;
    }
    if ((t.l === 'des' || t.l === 'der') && lastCap && nextIsWord && (next.cap || isAdjective(next.t))) {
      j++;
      continue;
    }
    if ((t.l === 'von' || t.l === 'vom') && lastRole && nextIsWord && next.cap) {
      j++;
      continue;
    }
    if ((t.l === 'in' || t.l === 'aus') && lastCap && nextIsWord && next.cap && lookupCountry(next.t)) {
      j += 2;
      continue;
    }
    break;
  }
  return j > i && !(j === i + 1 && (DETERMINERS.has(T[i].l) || POSSESSIVES.has(T[i].l))) ? j : i;
}

/** Backward noun phrase ending before `zufolge`: `Dem Bericht`, `Angaben des Ministeriums`, `Der Nachrichtenagentur Yonhap`. */
function npBackward(T: Token[], end: number): number {
  let j = end - 1;
  let start = end;
  while (j >= 0) {
    const t = T[j];
    if (t.k !== 'w') break;
    if (DETERMINERS.has(t.l)) {
      start = j;
      // A genitive article inside the phrase (`Angaben des Ministeriums`) continues it.
      if ((t.l === 'des' || t.l === 'der') && j > 0 && T[j - 1].k === 'w' && T[j - 1].cap) {
        j--;
        continue;
      }
      break;
    }
    if (t.cap || isAdjective(t.t)) {
      start = j;
      j--;
      continue;
    }
    break;
  }
  return start;
}

/** After an inverted subject, an apposition (`, Sprecher des Nationalen Sicherheitsrats,`) belongs to it. */
function extendApposition(T: Token[], end: number): number {
  if (T[end]?.t !== ',') return end;
  // `sagte die Energieexpertin der Verbraucherzentrale, Petra Lindqvist.`
  let n = end + 1;
  while (n < T.length && T[n].k === 'w' && T[n].cap && n - end <= 4) n++;
  if (n > end + 1 && (n === T.length || T[n].t === '.' || T[n].t === '!')) return n;
  let k = end + 1;
  if (T[k] && DETERMINERS.has(T[k].l)) k++;
  while (T[k] && T[k].k === 'w' && !T[k].cap && isAdjective(T[k].t)) k++;
  if (!T[k] || !T[k].cap || germanRole(T[k].t) === null) return end;
  const stop = npForward(T, k);
  return stop > k ? stop : end;
}

/** Index of `der`/`dem` + a news outlet inside an inverted subject, after a name (`Jan Holt der Nachrichtenagentur`), or null. */
function listenerInSubject(T: Token[], start: number, end: number): number | null {
  for (let m = start + 2; m < end - 1; m++) {
    // After a spokesperson, `der Nachrichtenagentur` is the genitive (the agency's own spokesperson).
    if ((T[m].l !== 'der' && T[m].l !== 'dem') || !T[m - 1].cap || germanRole(T[m - 1].t)?.role === 'spokesperson') continue;
    // `der Deutschen Presse-Agentur`, `der Nachrichtenagentur X`: an outlet's head within the next words.
    for (let h = m + 1; h < Math.min(end, m + 4) && T[h].cap; h++) {
      if (isOutletWord(T[h].t.replace(/-/g, ''))) return m;
    }
    // `sagte die Ökonomin X dem „Spiegel“`: a dative never belongs to the subject.
    if (T[m].l === 'dem' && T[m + 1].cap) return m;
  }
  return null;
}

/** `, was Analysten auf die Zinsen zurückführten` / `, was X mit Y erklärte`: X comments on the main clause before the comma. */
const RELATIVE_PRONOUN = /^(der|die|das|dem|den|deren|dessen|welche|welcher|welches|welchem|welchen)$/;

/** Whether a relative clause starts at `k` (`der seit 2020 im Amt ist`), not content opening with an article (`die Brücke werde`). */
function startsRelativeClause(T: Token[], k: number): boolean {
  const pronoun = T[k];
  const next = T[k + 1];
  if (!pronoun || !next || !RELATIVE_PRONOUN.test(pronoun.l)) return false;
  if (pronoun.l === 'dessen' || pronoun.l === 'deren') return true;
  return next.k === 'w' && !next.cap && !(isAdjective(next.t) && T[k + 2]?.cap);
}

/**
 * After a subject ending at `end`: where the content may start, past a relative clause on the
 * subject (`, der seit 2020 im Amt ist,`); `end` itself when none follows; null when the relative
 * clause runs to the end of the sentence (the frame then closes the sentence).
 */
function relativeClauseEnd(T: Token[], end: number): number | null {
  if (T[end]?.t !== ',' || !startsRelativeClause(T, end + 1)) return end;
  for (let k = end + 2; k < T.length; k++) {
    if (T[k].t === ',') return k;
    if (T[k].k === 'm' || T[k].t === ':') return null;
  }
  return null;
}

/** `Jan Holt, der seit 2020 im Amt ist, sagte`: the noun phrase opening the sentence, before a relative clause that ends at `comma`. */
function relativeClausePrefield(T: Token[], comma: number): Token[] | null {
  const subject = openingNounPhrase(T);
  if (!subject || relativeClauseEnd(T, subject.end) !== comma || comma === subject.end) return null;
  return T.slice(subject.first, subject.end);
}

/** The noun phrase opening the sentence when a lower-case word (its verb) follows it before `before`; else null. */
function sentenceSubject(T: Token[], before: number): Token[] | null {
  const subject = openingNounPhrase(T);
  if (!subject || subject.end >= before - 1 || T[subject.end].k !== 'w' || T[subject.end].cap) return null;
  return T.slice(subject.first, subject.end);
}

/** The noun phrase the sentence opens with (not an adverbial such as `Am Montag`), or null. */
function openingNounPhrase(T: Token[]): { first: number; end: number } | null {
  const first = firstWordIndex(T);
  if (first < 0 || ADVERBIAL_STARTERS.has(T[first].l)) return null;
  const end = npForward(T, first);
  return end > first ? { first, end } : null;
}

const ZEIGEN = /^(zeigte|zeigt|zeigten|zeigen)$/;
const STANCE = /^(überzeugt|zuversichtlich|optimistisch|pessimistisch|besorgt|enttäuscht|erleichtert|skeptisch|überrascht|empört|entsetzt|erfreut|zufrieden|unzufrieden|sicher|gewiss|alarmiert|irritiert|verwundert|verärgert|bestürzt|betroffen|offen)$/;

/**
 * `Der Minister zeigte sich überzeugt, dass …`, `Am Montag zeigte sich Jan Holt zuversichtlich, …`:
 * the subject before the verb (or right after `sich`), a stance adjective, then the content after the
 * comma. Nothing else may stand between (`zeigte sich am Fenster` is no stance).
 */
function stanceFrame(T: Token[], i: number): { frame: Frame; contentFrom: number } | null {
  const pre = prefield(T, i);
  let k = i + 2;
  let np = pre;
  if (!np) {
    const end = npForward(T, k);
    if (end <= k) return null;
    np = T.slice(k, end);
    k = end;
  }
  while (k < T.length && k < i + 8 && /^(nicht|sehr|weiter|weiterhin|erneut|zunächst|jedoch|aber|auch|äußerst|fest|davon|darüber)$/.test(T[k].l)) k++;
  if (!STANCE.test(T[k]?.l ?? '')) return null;
  let after = k + 1;
  if (/^(davon|darüber)$/.test(T[after]?.l ?? '')) after++;
  const lead = leadAfter(T, after);
  if (!lead) return null;
  const frame: Frame = { cue: `${T[i].t} sich ${T[k].t}`, at: T[i].s, np, kind: 'verb', leadEnd: lead.end };
  return { frame, contentFrom: lead.index };
}

function wasFrame(T: Token[], i: number): Frame | null {
  let k = i + 1;
  while (k < T.length && T[k].k === 'w') k++;
  // The clause must close the sentence, its last word a finite verb of speech.
  if (k < T.length && T[k].t !== '.' && T[k].t !== '!') return null;
  const last = T[k - 1];
  const forms = GERMAN_VERB_FORMS.get(last.l);
  if (!forms || last.cap || !forms.some((f) => f.form === 'final' || (f.form === 'finite' && !f.verb.particle))) return null;
  const end = npForward(T, i + 1);
  if (end <= i + 1 || end >= k - 1) return null;
  return { cue: `was … ${last.t}`, at: T[i].s, np: T.slice(i + 1, end), kind: 'phrase', trailStart: T[i - 1].s };
}

/** `wie Yonhap berichtete`, `wie das Ministerium mitteilte`, `wie aus einem Bericht hervorgeht`. */
function wieFrame(T: Token[], i: number): Frame[] | null {
  for (let k = i + 1; k < Math.min(T.length, i + 14); k++) {
    const x = T[k];
    if (isBoundary(x)) return null;
    const forms = GERMAN_VERB_FORMS.get(x.l);
    const isSource = x.l === 'hervorgeht' || x.l === 'hervorging';
    if ((forms && !x.cap && forms.some((f) => f.form !== 'participle' && (!f.verb.particle || f.form === 'final'))) || isSource || x.l === 'hieß') {
      let from = i + 1;
      if (T[from]?.l === 'aus') from++;
      if (k <= from) return null;
      let np = T.slice(from, k);
      const verb = forms?.[0]?.verb;
      // `wie die „Bild“ unter Berufung auf Sicherheitskreise berichtet`: the outlet relays whom it cites.
      const u = np.findIndex((y, idx) => y.l === 'unter' && np[idx + 1]?.l === 'berufung' && np[idx + 2]?.l === 'auf');
      let cited: Frame | null = null;
      if (u > 0 && u + 3 < np.length) {
        cited = { cue: 'unter Berufung auf', at: np[u].s, np: np.slice(u + 3), kind: 'phrase', citing: true };
        np = np.slice(0, u);
      }
      // `wie ein Sprecher dem RBB sagte`, `wie X der Zeitung Y sagte`: the listener at the end of the clause relays.
      const d = np.findIndex((y, idx) => idx > 0 && np[idx + 1]?.cap && (y.l === 'dem' || (y.l === 'der' && isOutletWord(np[idx + 1].t))));
      let listener: Frame | null = null;
      if (d > 0 && !cited) {
        listener = { cue: `wie … ${x.t}`, at: np[d].s, np: np.slice(d), kind: 'phrase', publisher: true, mediaOnly: true };
        np = np.slice(0, d);
      }
      const f: Frame = { cue: `wie … ${x.t}`, at: T[i].s, np, kind: 'phrase', publisher: verb?.relay ?? false, ...(cited ? { relay: true } : {}) };
      if (np.length === 1 && np[0].l === 'es') {
        f.np = [];
        f.inherit = true;
      }
      let after = k + 1;
      while (T[after] && T[after].k === 'w' && GERMAN_AUXILIARIES.has(T[after].l)) after++;
      const trail = trailAt(T, i);
      if (trail !== undefined && restIsAdverbial(T, after)) f.trailStart = trail;
      if (i === firstWordIndex(T) && T[after]?.t === ',') f.leadEnd = T[after].e;
      if (listener) return [f, { ...listener, leadEnd: f.leadEnd, trailStart: f.trailStart }];
      return cited ? [f, { ...cited, leadEnd: f.leadEnd, trailStart: f.trailStart }] : [f];
    }
  }
  return null;
}
