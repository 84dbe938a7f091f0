import { ENGLISH_VERB_FORMS, ENGLISH_VERB_PREFIX, type EnglishVerb } from '../lexicon/english-verbs';
import { englishOrgHead, englishRole, isEnglishAnonymousHead } from '../lexicon/nouns';
import { lookupCountry } from '../registry/countries';
import type { Token } from '../text/tokens';
import { isPossessive } from '../text/tokens';
import { cueText, firstWordIndex, isBoundary, isQuoteMark, phraseFrame, type Frame, type SentenceView } from './frame';

/**
 * English attribution frames: `X said (that) …`, `"…," X said`, `"…," said X`, `X told Reuters`,
 * `according to X`, `citing X`, `X quoted Y as saying`, `as X reported`, and anonymity phrases
 * (`officials who spoke on condition of anonymity`).
 */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'his', 'her', 'their', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'multiple', 'various', 'other', 'one']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const STOP = new Set(
  (
    'is are was were be been being has have had will would could should may might can must do does did not no to that which who whom whose when where ' +
    'while as at on in by with from into after before during about over under than and or but if because since though although also there here ' +
    'said says told on off up down out last next this these those what why how all any each every more most such only just even already yet'
  ).split(' '),
);
const ANONYMITY = /^(anonymity|anonymously|unnamed|unidentified)$/;

export function englishFrames(view: SentenceView): Frame[] {
  const T = view.tokens;
  const frames: Frame[] = [];
  const anonymousSentence = T.some((t, k) => ANONYMITY.test(t.l) || (t.l === 'authorized' && T[k - 1]?.l === 'not') || (t.l === 'named' && T[k - 1]?.l === 'be'));
  let contentFrom = Infinity;

  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (t.k !== 'w') continue;
    const l = t.l;
    if (l === 'according' && T[i + 1]?.l === 'to') {
      const end = withDescriptor(T, npForward(T, i + 2));
      if (end > i + 2) frames.push(phrase(T, i, i + 2, end, cueText([t.t, T[i + 1].t]), true));
      continue;
    }
    if (l === 'citing') {
      const end = npForward(T, i + 1);
      if (end > i + 1) frames.push({ ...phrase(T, i, i + 1, end, 'citing', false), citing: true });
      continue;
    }
    if (l === 'as' && (i === 0 || T[i - 1].t === ',' || isQuoteMark(T[i - 1]))) {
      const f = asFrame(T, i);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    if (l === 'reported' && T[i + 1]?.l === 'by') {
      const end = npForward(T, i + 2);
      if (end > i + 2) frames.push(phrase(T, i, i + 2, end, 'reported by', true));
      continue;
    }

    // `Jane Roe was quoted by the Daily Planet as saying (that) …`: the subject speaks, the outlet relays.
    if (l === 'quoted' && /^(was|were|is|are|been)$/.test(T[i - 1]?.l ?? '') && T[i + 1]?.l === 'by') {
      const f = passiveQuote(T, i);
      if (f) {
        frames.push(...f.frames);
        contentFrom = f.contentFrom;
        continue;
      }
    }
    // `X took to Twitter to label the report "incorrect"`: what the subject posted; the whole sentence is the claim.
    if (l === 'took' && T[i + 1]?.l === 'to' && PLATFORM.test(T[i + 2]?.l ?? '') && i < contentFrom) {
      const to = T[i + 3]?.l === 'to' ? i + 3 : T[i + 3]?.l === 'media' && T[i + 4]?.l === 'to' ? i + 4 : -1;
      const subjEnd = /^(himself|herself|themselves|itself)$/.test(T[i - 1]?.l ?? '') ? i - 1 : i;
      const s0 = to > 0 ? npBackward(T, subjEnd) : subjEnd;
      if (s0 < subjEnd) {
        frames.push(verbFrame(T, i, T.slice(s0, subjEnd), SAY_LIKE, anonymousSentence));
        i = to;
        continue;
      }
    }
    // `The Journal cited people familiar with the matter in reporting that …`: the subject relays whom it cites.
    if (l === 'cited' && !/^(was|were|is|are|been|be)$/.test(T[i - 1]?.l ?? '') && i < contentFrom) {
      const s0 = npBackward(T, i);
      let end = i + 1;
      while (end < T.length && end - i <= 10 && T[end].k === 'w' && !(T[end].l === 'in' && T[end + 1]?.l === 'reporting') && T[end].l !== 'as') end++;
      if (s0 < i && end > i + 1 && (T[end]?.l === 'in' || T[end]?.l === 'as')) {
        frames.push({ ...verbFrame(T, i, T.slice(s0, i), { relay: true }, anonymousSentence), relay: true });
        frames.push({ cue: 'cited', at: t.s, np: T.slice(i + 1, end), kind: 'phrase', citing: true, anonymous: anonymousSentence });
        i = end - 1;
        continue;
      }
    }
    const verb = ENGLISH_VERB_FORMS.get(l) ?? (PARTICLE_VERBS.has(l) && T[i + 1]?.l === PARTICLE_VERBS.get(l) ? SAY_LIKE : undefined) ?? (FINDING.test(l) && T[i + 1]?.l === 'that' ? SAY_LIKE : undefined);
    if (!verb || (t.cap && i > 0) || i >= contentFrom) continue;
    const prev = T[i - 1]?.l;
    if (prev === 'to' || prev === 'was' || prev === 'were' || prev === 'is' || prev === 'are' || prev === 'be' || prev === 'been' || prev === 'being') continue;
    let k = i - 1;
    let hedgedPassive = false;
    for (;;) {
      // `the person is reported to have said`, `she is understood to have told …`.
      if (k >= 3 && T[k].l === 'have' && T[k - 1].l === 'to' && HEARSAY_PASSIVE.test(T[k - 2].l) && /^(is|was|are|were)$/.test(T[k - 3].l)) {
        k -= 4;
        hedgedPassive = true;
      } else if (k >= 0 && T[k].k === 'w' && !T[k].cap && (ENGLISH_VERB_PREFIX.has(T[k].l) || /ly$/.test(T[k].l) || /^(himself|herself|themselves|itself)$/.test(T[k].l))) k--;
      else if (k >= 1 && TIME_WORDS.test(T[k].t) && /^(on|late|early|last|this|in)$/.test(T[k - 1].l)) k -= 2;
      else if (k >= 0 && /^(today|yesterday|tonight)$/.test(T[k].l)) k--;
      else break;
    }
    // What follows the verb (and its listener) is the content: the frame's lead; no frames inside it.
    const takeLead = (frame: Frame, from = i + 1, saying = SAYING.has(verb.lemma)): void => {
      const lead = leadAfter(T, from, verb.tell === true, saying);
      if (lead) {
        frame.leadEnd = lead.end;
        contentFrom = lead.index;
      }
    };
    const npEnd = k + 1;
    let npStart = coordinatedStart(T, npBackward(T, npEnd));
    // `Its director, Paul Henley, said …`: a name in apposition between commas before the verb.
    if (npStart === npEnd && T[npEnd - 1]?.t === ',') {
      const c2 = npEnd - 1;
      let c1 = c2 - 1;
      while (c1 >= 0 && T[c1].k === 'w' && T[c1].cap && c2 - c1 <= 4) c1--;
      if (c1 >= 0 && c1 < c2 - 1 && T[c1].t === ',') {
        const s0 = npBackward(T, c1);
        if (s0 < c1) {
          const np = T.slice(s0, c2);
          const frame = verbFrame(T, i, np, verb, anonymousSentence);
          if (s0 === firstWordIndex(T)) takeLead(frame);
          frames.push(frame);
          continue;
        }
      }
    }
    // `Jane Roe, a spokeswoman for Acme, said …`, `The landlord, who asked not to be named, said …`:
    // the subject stands before a descriptor or relative clause set off by commas.
    if (npStart === npEnd && T[npEnd - 1]?.t === ',') {
      const f = appositionFrame(T, i, npEnd - 1, verb, anonymousSentence);
      if (f) {
        if (f.subjectStart === firstWordIndex(T)) takeLead(f.frame);
        else if (T[f.subjectStart - 1] && (isQuoteMark(T[f.subjectStart - 1]) || T[f.subjectStart - 1].k === 'm' || T[f.subjectStart - 1].t === ',')) {
          const b = T[f.subjectStart - 1];
          f.frame.trailStart = b.t === ',' ? b.s : b.e;
        }
        frames.push(f.frame);
        continue;
      }
    }
    // `two sources close to the talks said`, `a person familiar with the matter said`: the descriptor follows the head.
    if (npStart === npEnd) {
      const d = descriptorStart(T, npEnd);
      if (d > 0) {
        const s0 = npBackward(T, d);
        if (s0 < d && T.slice(s0, d).some((x) => isEnglishAnonymousHead(x.t))) {
          const f = verbFrame(T, i, T.slice(s0, npEnd), verb, true);
          if (s0 === firstWordIndex(T)) takeLead(f);
          // `The deal was close, a person familiar with the matter said.`: the frame closes the sentence.
          else if (T[s0 - 1]?.t === ',' && (restIsAdverbial(T, i + 1) || verb.tell)) f.trailStart = T[s0 - 1].s;
          frames.push(f);
          // `… told Reuters`: the outlet told is the relay.
          const listenerEnd = verb.tell ? npForward(T, i + 1) : i + 1;
          if (listenerEnd > i + 1) frames.push({ cue: t.t, at: t.s, np: T.slice(i + 1, listenerEnd), kind: 'phrase', publisher: true, mediaOnly: true });
          continue;
        }
      }
    }
    // `EA declined to give figures, and pointed out that …`: a second verb shares the clause's subject.
    if (npStart === npEnd && (T[npEnd - 1]?.l === 'and' || T[npEnd - 1]?.l === 'but')) {
      const subject = coordinatedSubject(T, npEnd - 1);
      if (subject) {
        const f = verbFrame(T, i, subject, verb, anonymousSentence);
        takeLead(f, i + (PARTICLE_VERBS.has(l) ? 2 : 1));
        frames.push(f);
        continue;
      }
    }
    // `officials who spoke on condition of anonymity said`: the subject is before `who`.
    if (npStart === npEnd && anonymousSentence) {
      const who = lastIndexOf(T, 'who', npEnd);
      if (who > 0) npStart = npBackward(T, who);
      if (npStart < who) {
        frames.push(verbFrame(T, i, T.slice(npStart, who), verb, true));
        continue;
      }
    }
    let frame: Frame;
    if (npStart < npEnd) {
      frame = verbFrame(T, i, T.slice(npStart, npEnd), verb, anonymousSentence);
      if (hedgedPassive) frame.hedge = true;
      const before = T[npStart - 1];
      if (before && before.t === ',' && isQuestionFraming(T)) {
        // `Asked whether …, Jane Roe said …`: the question frames; what follows the verb is the content.
        takeLead(frame, i + 1, true);
      } else if (before && (isQuoteMark(before) || before.k === 'm')) {
        frame.trailStart = before.e;
      } else if (before && before.t === ',' && (wordsBefore(T, npStart) >= 4 || restIsAdverbial(T, i + 1))) {
        frame.trailStart = before.s;
      } else if (npStart === firstWordIndex(T) || frontedAdverbial(T, npStart)) {
        takeLead(frame);
      }
    } else if (i > 0 && isBoundary(T[i - 1])) {
      const end = extendApposition(T, npForward(T, i + 1));
      if (end <= i + 1) continue;
      frame = verbFrame(T, i, T.slice(i + 1, end).filter((x) => x.t !== ','), verb, anonymousSentence);
      const b = T[i - 1];
      if (isQuoteMark(b) || b.k === 'm') frame.trailStart = b.e;
      else if (restIsAdverbial(T, end) || wordsBefore(T, i) >= 4) frame.trailStart = b.s;
    } else continue;
    frames.push(frame);

    // `X told Reuters`, `X quoted Y as saying`.
    if (verb.tell || verb.lemma === 'quote') {
      const from = npStart === npEnd ? -1 : i + 1;
      if (from > 0) {
        const end = npForward(T, from);
        if (end > from) {
          if (verb.lemma === 'quote' && T[end]?.l === 'as') {
            frames.pop();
            frames.push({ cue: `${t.t} … as saying`, at: t.s, np: T.slice(from, end), kind: 'verb' });
            frames.push({ ...frame, relay: true });
          } else if (verb.tell) frames.push({ cue: t.t, at: t.s, np: T.slice(from, end), kind: 'phrase', publisher: true, mediaOnly: true });
        }
      }
    }
  }
  // `These groups said …, the BBC's Jo Doe reports from Banjul.`: a correspondent's relay closing a sentence whose
  // first frame already took the rest as content.
  if (frames.length > 0 && contentFrom !== Infinity) {
    const relay = closingRelay(T, contentFrom);
    if (relay) frames.push(relay);
  }
  if (frames.length === 0) {
    const f = participleFrame(T, anonymousSentence);
    if (f) frames.push(f);
  }
  return frames;
}

/** Index of `close`/`familiar`/`briefed` opening a descriptor that ends right before `end` (`close to the talks`). */
/** `a person familiar with the matter`, `sources close to the talks`: the descriptor after an anonymous source's head, up to the comma or the sentence end. */
function withDescriptor(T: Token[], end: number): number {
  if (descriptorStart(T, Math.min(T.length, end + 2)) !== end) return end;
  let k = end;
  while (k < T.length && k - end < 8 && T[k].k === 'w') k++;
  return T[k]?.t === ',' || T[k]?.t === '.' ? k : end;
}

function descriptorStart(T: Token[], end: number): number {
  for (let k = end - 1; k >= 1 && end - k <= 8; k--) {
    const x = T[k];
    if (x.k !== 'w') return -1;
    if ((x.l === 'close' && T[k + 1]?.l === 'to') || (x.l === 'familiar' && T[k + 1]?.l === 'with') || (x.l === 'briefed' && T[k + 1]?.l === 'on') || (x.l === 'with' && T[k + 1]?.l === 'knowledge')) return k;
  }
  return -1;
}

const LISTENERS = /^(reporters|journalists|lawmakers|parliament|delegates|supporters|students|investors|analysts|staff|employees|workers|voters|crowds?|residents)$/;

const HEARSAY_PASSIVE = /^(reported|understood|believed|thought|alleged|said|known|claimed)$/;

/**
 * A fronted framing before the subject: a question (`Asked if …,`, `Pressed on …,`) or an adverbial
 * of circumstance (`In a statement issued after the vote,`, `Citing unnamed diplomats,`, `Speaking
 * to reporters,`). What follows the reporting verb is the content, when anything does.
 */
const FRONTED = /^(in|after|following|during|speaking|writing|responding|addressing|citing|asked|pressed|at|on)$/;
function isQuestionFraming(T: Token[]): boolean {
  const k = firstWordIndex(T);
  if (k < 0 || k >= T.length - 1) return false;
  if (T[k].l === 'asked') return /^(if|whether|about|how|why|what|when|who|where)$/.test(T[k + 1].l);
  if (T[k].l === 'pressed') return /^(on|about)$/.test(T[k + 1].l);
  if (!FRONTED.test(T[k].l)) return false;
  // Only a framing about speaking: `In a statement …`, `Citing …`, `Speaking on …`, `At a news conference …`.
  const head = T.slice(k, k + 6).map((x) => x.l);
  return /^(citing|speaking|writing|responding|addressing)$/.test(T[k].l) || head.some((w) => /^(statement|interview|conference|briefing|speech|post|letter|remarks|message|press|hearing|email|video|response|reply|tweet|comments)$/.test(w));
}

/** Two-word verbs of speech (`pointed out that`, `hit back`): the first word, and the particle that must follow. */
const PARTICLE_VERBS = new Map([
  ['pointed', 'out'],
  ['points', 'out'],
  ['hit', 'back'],
  ['hits', 'back'],
  ['shot', 'back'],
  ['fired', 'back'],
  ['spelled', 'out'],
  ['spelt', 'out'],
  ['weighed', 'in'],
  ['weighs', 'in'],
  ['chimed', 'in'],
  ['chimes', 'in'],
  ['brushed', 'off'],
  ['brushes', 'off'],
  ['laughed', 'off'],
  ['shrugged', 'off'],
]);

/** Platforms a person `took to … to say` something on. */
const PLATFORM = /^(twitter|x|facebook|instagram|linkedin|tiktok|telegram|youtube|threads|social)$/;
const SAY_LIKE: EnglishVerb = { lemma: 'say' };
/** `The study found that …`: verbs of finding report only with `that` (`found the body` reports nothing). */
const FINDING = /^(found|finds|showed|shows|suggested|suggests)$/;

/** `X was quoted by Y as saying (that) …`. */
function passiveQuote(T: Token[], i: number): { frames: Frame[]; contentFrom: number } | null {
  const subjEnd = i - 1;
  const s0 = npBackward(T, subjEnd);
  if (s0 >= subjEnd) return null;
  const byEnd = npForward(T, i + 2);
  if (byEnd <= i + 2 || T[byEnd]?.l !== 'as' || T[byEnd + 1]?.l !== 'saying') return null;
  let from = byEnd + 2;
  if (T[from]?.l === 'that') from++;
  if (T.length - from < 3) return null;
  const speaker: Frame = { cue: `quoted … as saying`, at: T[i].s, np: T.slice(s0, subjEnd), kind: 'verb' };
  const relay: Frame = { cue: `quoted by`, at: T[i].s, np: T.slice(i + 2, byEnd), kind: 'verb', relay: true };
  if (s0 === firstWordIndex(T)) speaker.leadEnd = relay.leadEnd = T[from - 1].e;
  return { frames: [speaker, relay], contentFrom: from };
}

/** The subject of the clause a coordinated verb joins: a name or head noun after a comma or the start, then a verb (`, EA declined …, and`). */
function coordinatedSubject(T: Token[], andIndex: number): Token[] | null {
  for (let p = andIndex - 1; p > 0; p--) {
    const v = T[p];
    if (isQuoteMark(v) || v.k === 'm') return null;
    if (v.k !== 'w' || v.cap || !(ENGLISH_VERB_FORMS.has(v.l) || /(ed|es|s)$/.test(v.l))) continue;
    const s0 = npBackward(T, p);
    if (s0 < p && (s0 === 0 || T[s0 - 1].t === ',' || s0 === firstWordIndex(T)) && T.slice(s0, p).some((x) => x.cap || isHeadWord(x))) return T.slice(s0, p);
  }
  return null;
}

/** `…, the BBC's Jo Doe reports (from Banjul, …).`: after the last content comma, a subject and a publisher's verb in the present. */
function closingRelay(T: Token[], from: number): Frame | null {
  for (let c = T.length - 2; c > from; c--) {
    if (T[c].t !== ',') continue;
    const end = npForward(T, c + 1);
    const v = T[end];
    if (end <= c + 1 || !v || !/^(reports|reported|writes|wrote)$/.test(v.l)) continue;
    const next = T[end + 1];
    if (next && next.k === 'w' && !/^(from|in|on|for)$/.test(next.l)) continue;
    if (next && next.k !== 'w' && next.t !== '.') continue;
    return { cue: v.t, at: v.s, np: T.slice(c + 1, end), kind: 'verb', publisher: true, relay: true, trailStart: T[c].s };
  }
  return null;
}

/** Participles that report what the sentence's subject said: `The council hit back, saying …`. */
const REPORTING_PARTICIPLE = /^(saying|asking|adding|noting|insisting|arguing|warning|stressing|explaining|claiming|stating|flagging|pointing|acknowledging|conceding|admitting|rebutting|denying|asserting|contending|suggesting)$/;

/** A sentence whose subject is followed, after a comma, by a reporting participle: the content is the participle clause. */
function participleFrame(T: Token[], anonymous: boolean): Frame | null {
  const start = firstWordIndex(T);
  if (start < 0 || start >= T.length) return null;
  for (let k = start + 2; k < T.length - 3; k++) {
    if (T[k].t !== ',' || !REPORTING_PARTICIPLE.test(T[k + 1]?.l ?? '')) continue;
    const end = npForward(T, start);
    if (end <= start || end >= k) return null;
    // The subject must be followed by its own (lowercase) verb, not be part of a longer phrase.
    const np = T.slice(start, end);
    if (!np.some((x) => x.cap || PRONOUNS.has(x.l) || isHeadWord(x))) return null;
    const f: Frame = { cue: T[k + 1].t, at: T[k + 1].s, np, kind: 'verb', anonymous };
    f.leadEnd = T[k].e;
    return f;
  }
  return null;
}

/** `together with X`, `along with X`, `as well as X`, `alongside X`: the named X, with the `and` that joins them to the subject. */
function coSubjects(descriptor: Token[]): Token[] | null {
  const w = descriptor.map((x) => x.l);
  const skip = (w[0] === 'together' || w[0] === 'along') && w[1] === 'with' ? 2 : w[0] === 'as' && w[1] === 'well' && w[2] === 'as' ? 3 : w[0] === 'alongside' ? 1 : 0;
  const named = descriptor.slice(skip);
  if (skip === 0 || !named.some((x) => x.cap) || !named.every((x) => x.k === 'w' || x.t === ',')) return null;
  // The connective's last word stands where `and` would: only the list splitter reads it, as a coordinator.
  return [{ ...descriptor[skip - 1], t: 'and', l: 'and' }, ...named];
}

const PARTICIPIAL_APPOSITION = /^(speaking|writing|talking|citing|addressing|responding|referring|commenting|appearing|testifying|answering|asked|pressed|interviewed)$/;

const APPOSITION_START = /^(a|an|the|its|his|her|their|who|which|counsel|head|chief|director|spokesman|spokeswoman|spokesperson|former|senior|deputy|acting)$/;

/** Subject with an apposition or relative clause between commas before the verb (`c2` is the comma before the verb). */
function appositionFrame(T: Token[], i: number, c2: number, verb: EnglishVerb, anonymous: boolean): { frame: Frame; orgNp: Token[] | null; subjectStart: number } | null {
  let c1 = -1;
  let depth = 0;
  for (let k = c2 - 1; k >= 0 && c2 - k <= 18; k--) {
    const x = T[k];
    if (x.t === ')') depth++;
    else if (x.t === '(') depth--;
    else if (depth === 0 && x.t === ',') {
      c1 = k;
      break;
    } else if (isQuoteMark(x) || x.k === 'm' || x.t === '.' || x.t === ':' || x.t === ';') return null;
  }
  if (c1 < 1 || c2 - c1 < 2) return null;
  const first = T[c1 + 1];
  const descriptor = T.slice(c1 + 1, c2);
  // `The Telegraph, together with The Times and the Mirror, reported …`: the descriptor adds speakers.
  const joined = coSubjects(descriptor);
  if (joined) {
    const s0 = npBackward(T, c1);
    if (s0 >= c1 || !T.slice(s0, c1).some((x) => x.cap || isHeadWord(x))) return null;
    return { frame: verbFrame(T, i, [...T.slice(s0, c1), ...joined], verb, anonymous), orgNp: null, subjectStart: s0 };
  }
  const relative = first.l === 'who';
  const qualified = descriptor.some((x, k) => k > 0 && /^(of|for|at)$/.test(x.l));
  // `Smith, 54, told the court`: an age in apposition.
  const age = descriptor.length === 1 && /^\d{1,3}$/.test(first.t);
  if (age) {
    const s0 = npBackward(T, c1);
    if (s0 >= c1 || !T.slice(s0, c1).some((x) => x.cap)) return null;
    return { frame: verbFrame(T, i, T.slice(s0, c1), verb, anonymous), orgNp: null, subjectStart: s0 };
  }
  // `Jane Roe, speaking to reporters in Leeds, said …`: a participle clause about the subject.
  const participial = PARTICIPIAL_APPOSITION.test(first.l);
  if (!relative && !participial && !(APPOSITION_START.test(first.l) || englishRole(first.t) !== null || descriptor.some((x) => englishRole(x.t) !== null) || (qualified && !first.cap))) return null;
  if (!relative && !participial && !qualified && !descriptor.some((x) => x.k === 'w' && (englishRole(x.t) !== null || isHeadWord(x)))) return null;
  const s0 = npBackward(T, c1);
  if (s0 >= c1) return null;
  const subject = T.slice(s0, c1);
  // The name must look like a name or a head noun (`Jane Roe`, `The landlord of the property`).
  if (!subject.some((x) => x.cap || isHeadWord(x))) return null;
  const anon = anonymous || (relative && descriptor.some((x) => x.l === 'named' || x.l === 'anonymity' || x.l === 'identified'));
  const frame = verbFrame(T, i, subject, verb, anon);
  // The organisation in the descriptor (`a spokesman for the Daily Planet`) is attached alongside.
  const org = relative ? [] : descriptor.filter((x) => x.k === 'w');
  return { frame, orgNp: org.some((x, k) => x.cap && k > 0) ? org : null, subjectStart: s0 };
}

function verbFrame(T: Token[], i: number, np: Token[], verb: { relay?: boolean; hedge?: boolean; prediction?: boolean }, anonymous: boolean): Frame {
  return { cue: T[i].t, at: T[i].s, np, kind: 'verb', publisher: verb.relay, hedge: verb.hedge, prediction: verb.prediction, anonymous };
}

function phrase(T: Token[], cueIndex: number, from: number, end: number, cue: string, publisher: boolean): Frame {
  return phraseFrame(T, cueIndex, from, end, cue, publisher, restIsAdverbial);
}

/** `as Yonhap reported`, `as the ministry said`. */
function asFrame(T: Token[], i: number): Frame | null {
  for (let k = i + 1; k < Math.min(T.length, i + 10); k++) {
    if (isBoundary(T[k])) return null;
    const v = ENGLISH_VERB_FORMS.get(T[k].l);
    if (v && k > i + 1) {
      const f = phrase(T, i, i + 1, k, `as … ${T[k].t}`, v.relay === true);
      const b = T[i - 1];
      if (b && b.t === ',' && restIsAdverbial(T, k + 1)) f.trailStart = b.s;
      else delete f.trailStart;
      return f;
    }
  }
  return null;
}

const TIME_WORDS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|morning|evening|night|weekend)$/;

function wordsBefore(T: Token[], end: number): number {
  let n = 0;
  for (let k = 0; k < end; k++) if (T[k].k === 'w' || T[k].k === 'm') n++;
  return n;
}

function lastIndexOf(T: Token[], word: string, before: number): number {
  for (let k = before - 1; k >= 0; k--) {
    if (T[k].t === ',') return -1;
    if (T[k].l === word) return k;
  }
  return -1;
}

const ADVERBIAL_START = /^(on|in|at|during|after|before|late|early|last|this|yesterday|today|earlier|later|in|from|via|by|when|while|according|citing|told|adding|without|with|to)$/;

function restIsAdverbial(T: Token[], from: number): boolean {
  let words = 0;
  const first = T.slice(from).find((x) => x.k === 'w');
  if (first && !ADVERBIAL_START.test(first.l)) return false;
  for (let k = from; k < T.length; k++) {
    const x = T[k];
    if (x.k === 'm' || isQuoteMark(x) || x.t === ',' || x.t === ':' || x.t === ';') return false;
    if (x.k === 'w') {
      words++;
      if (x.l === 'that') return false;
    }
  }
  return words <= 10;
}

/** Verbs whose complement is what was said (`said the troops …`), not an object (`confirmed 14 deaths`). */
const SAYING = new Set(['say', 'plead', 'counter', 'contend', 'retort', 'remind', 'complain', 'concur', 'recall', 'speculate', 'conclude', 'affirm', 'clarify', 'mention', 'lament', 'boast', 'tell', 'add', 'state', 'write', 'warn', 'note', 'explain', 'argue', 'insist', 'claim', 'believe', 'allege', 'assert', 'maintain', 'report', 'announce', 'declare', 'estimate', 'predict', 'fear', 'suggest', 'indicate', 'acknowledge', 'admit', 'concede', 'reply', 'respond', 'stress', 'emphasize', 'emphasise', 'reiterate', 'caution', 'testify']);

/**
 * Content after `X said`: after `that`, `,`, `:`, an opening quote, or right after the verb (and
 * listener). Between verb and `,` only adverbials may stand (`said on Friday,`), not an object.
 */
function leadAfter(T: Token[], from: number, tell: boolean, saying: boolean): { index: number; end: number } | null {
  let k = from;
  if (tell) {
    // `told reporters she would stay`: a plain listener noun, then the content.
    if (LISTENERS.test(T[k]?.l ?? '')) k++;
    else {
      const end = npForward(T, k);
      // `told the court he had acted …`: a subject pronoun starts the content, it is not part of the listener.
      if (end > k) k = end - 1 > k && /^(he|she|they|it|we|i)$/.test(T[end - 1].l) ? end - 1 : end;
    }
  }
  let words = 0;
  for (let j = k; j < T.length && j < k + 10; j++) {
    const x = T[j];
    if (x.l === 'that') return T.length - (j + 1) >= 3 ? { index: j + 1, end: x.e } : null;
    if (x.t === ',' || x.t === ':') {
      if (T.length - (j + 1) < 3 || !(words === 0 || saying)) return null;
      // `says backers of the party, dressed in green, are out`: a clause right after the verb, the comma inside it.
      if (x.t === ',' && words >= 2 && !ADVERBIAL_START.test(T[k].l) && !TIME_WORDS.test(T[k].t)) return { index: k, end: T[k - 1].e };
      return { index: j + 1, end: x.e };
    }
    if (isQuoteMark(x)) return words === 0 ? { index: j, end: x.s } : null;
    if (x.k === 'm') return null;
    if (x.k === 'w') {
      if (words === 0 && !ADVERBIAL_START.test(x.l) && !saying) return null;
      words++;
    }
  }
  if (!saying || T.length - k < 3) return null;
  // `"…," the mayor told reporters on Tuesday.`: only an adverbial follows; the content was the quotation.
  if (onlyAdverbialToEnd(T, k)) return null;
  // `said on Sunday it had shot down …`, `said in a statement the bridge …`: adverbials of time and setting right
  // after the verb frame the report, they are not what was said.
  let framed = k;
  for (let round = 0; round < 3; round++) {
    const next = settingAdverbialEnd(T, timeAdverbialEnd(T, framed));
    if (next === framed) break;
    framed = next;
  }
  if (framed > k && T.length - framed >= 3 && T[framed].k === 'w') return { index: framed, end: T[framed - 1].e };
  return { index: k, end: T[k - 1].e };
}

const SETTING_NOUNS = /^(statement|interview|post|letter|speech|email|e-mail|briefing|video|address|tweet|note|memo|filing|report|podcast|broadcast|op-ed|column|conference|rally|hearing|summit|meeting|session|event)$/;
const SETTING_MEDIA = /^(twitter|x|facebook|instagram|linkedin|telegram|tiktok|youtube|television|tv|radio|air)$/;

/** The end of `in a statement`, `in an interview with the BBC`, `at a press conference`, `on Twitter` starting at `k` (`k` when none). */
function settingAdverbialEnd(T: Token[], k: number): number {
  const prep = T[k]?.l ?? '';
  if (prep === 'on' && SETTING_MEDIA.test(T[k + 1]?.l ?? '')) return k + 2;
  if (prep !== 'in' && prep !== 'at') return k;
  let j = k + 1;
  if (!/^(a|an|the|his|her|its|their)$/.test(T[j]?.l ?? '')) return k;
  j++;
  // `a joint statement`, `a televised address`, `a press conference`: up to two modifiers before the setting noun.
  let n = j;
  while (n < T.length && n < j + 3 && T[n].k === 'w' && !SETTING_NOUNS.test(T[n].l)) n++;
  if (!SETTING_NOUNS.test(T[n]?.l ?? '')) return k;
  // `in an interview with the BBC`: the listener stays in the setting.
  if (T[n + 1]?.l === 'with' && (T[n + 2]?.cap || /^(the|a)$/.test(T[n + 2]?.l ?? ''))) {
    const end = npForward(T, n + 2);
    if (end > n + 2) return end;
  }
  return n + 1;
}

/** The end of `on Sunday`, `late on Friday`, `last week`, `yesterday`, `earlier this month` starting at `k` (`k` when none). */
function timeAdverbialEnd(T: Token[], k: number): number {
  let j = k;
  if (/^(late|early|earlier|later)$/.test(T[j]?.l ?? '') && /^(on|in|this|last)$/.test(T[j + 1]?.l ?? '')) j++;
  if (/^(on|this|last|next)$/.test(T[j]?.l ?? '') && TIME_WORDS.test(T[j + 1]?.t ?? '')) return j + 2;
  if (/^(yesterday|today|overnight|earlier|later)$/.test(T[j]?.l ?? '') && j === k) return j + 1;
  return k;
}

/** From `k` to the sentence end stands one short adverbial (`on Tuesday`, `in Brussels`, `late on Friday`) and no clause. */
function onlyAdverbialToEnd(T: Token[], k: number): boolean {
  if (!ADVERBIAL_START.test(T[k]?.l ?? '') || T[k].l === 'that') return false;
  let words = 0;
  for (let j = k; j < T.length; j++) {
    const x = T[j];
    if (x.k === 'm' || isQuoteMark(x) || x.t === ',' || x.t === ':' || x.t === ';') return false;
    if (x.k === 'w') words++;
  }
  return words <= 5;
}

const REPORT_WORDS = /^(report|reports|statement|study|analysis|figures|data|statistics|estimates|survey|poll|assessment|document|release)$/;
/** Collective heads that speak as one (`the Messenger team`, `a panel of experts`). */
const TEAM_WORDS = /^(team|panel|researchers|scientists|investigators)$/;

/** Kin nouns head a subject with a name in apposition: `Soon-Shiong's daughter, Nika, said`. */
const KIN_WORDS = /^(daughter|son|wife|husband|mother|father|brother|sister|widow|widower|niece|nephew|grandson|granddaughter)$/;

function isHeadWord(t: Token): boolean {
  return KIN_WORDS.test(t.l) || englishRole(t.t) !== null || englishOrgHead(t.t) !== null || isEnglishAnonymousHead(t.t) || REPORT_WORDS.test(t.l) || TEAM_WORDS.test(t.l);
}

/** Backward subject phrase ending before the verb: `South Korea's spy agency`, `officials in Seoul`, `he`. */
function npBackward(T: Token[], end: number): number {
  if (end > 0 && PRONOUNS.has(T[end - 1].l)) return end - 1;
  let j = end - 1;
  let start = end;
  while (j >= 0 && end - j <= 12) {
    const t = T[j];
    // `athletics’ governing body`: a plural possessive's apostrophe stands alone.
    if (t.k === 'p' && /^[’']$/.test(t.t) && j > 0 && T[j - 1].k === 'w' && /s$/.test(T[j - 1].l) && start < end) {
      start = j;
      j--;
      continue;
    }
    if (t.k !== 'w') break;
    if (DETERMINERS.has(t.l)) {
      start = j;
      // `A spokesperson for the ministry`, `officials of the regional government`: the head before `of`/`for` leads.
      if (j >= 2 && /^(of|for)$/.test(T[j - 1].l) && (T[j - 2].cap || isHeadWord(T[j - 2]))) {
        j -= 2;
        start = j;
        continue;
      }
      break;
    }
    // `In 2024 officials said`: a preposition capitalised only because it opens the sentence ends the subject.
    if ((t.cap || isPossessive(t.t)) && !(t.cap && FRONTING_PREPOSITION.test(t.l) && j === firstWordIndex(T))) {
      start = j;
      j--;
      continue;
    }
    if (STOP.has(t.l)) {
      if (t.l === 'in' && start < end && lookupCountry(T[start].t) && j > 0 && isHeadWord(T[j - 1])) {
        start = j;
        j--;
        continue;
      }
      if ((t.l === 'of' || t.l === 'for') && start < end && j > 0 && (T[j - 1].cap || isHeadWord(T[j - 1]))) {
        start = j;
        j--;
        continue;
      }
      break;
    }
    if ((ENGLISH_VERB_FORMS.has(t.l) || /(ed|ing)$/.test(t.l)) && !/^(governing|ruling|leading|opposing)$/.test(t.l)) break;
    start = j;
    j--;
  }
  // A subject must end in a name or head noun, not in a stray adjective; a name may end in a number (`No 10`).
  const numberedName = end - 2 >= start && /^\d+$/.test(T[end - 1].t) && T[end - 2].cap;
  if (start < end && !(T[end - 1].cap || isPossessive(T[end - 1].t) || isHeadWord(T[end - 1]) || numberedName)) return end;
  return start;
}

/**
 * `Britain and France said …`, `Reuters, AFP and the AP reported …`: a subject of coordinated
 * names that opens the sentence. Only from the sentence's first word: inside a sentence, `and`
 * before a subject joins two clauses (`Kyiv denied the report and Moscow said …`).
 */
function coordinatedStart(T: Token[], start: number): number {
  if (PRONOUNS.has(T[start]?.l ?? '')) return start;
  let first = start;
  for (let joiner = start - 1; joiner > 0 && (T[joiner].l === 'and' || T[joiner].t === ','); ) {
    const left = npBackward(T, joiner);
    const conjunct = T.slice(left, joiner);
    // A name or a named body (`the EU`, `South Korea's spy agency`), not a clause (`They really dislike Corbyn`):
    // modifiers in lower case only before a head noun.
    const named = conjunct.every((x) => x.cap || isPossessive(x.t) || DETERMINERS.has(x.l) || isHeadWord(x));
    const headed = isHeadWord(conjunct[conjunct.length - 1] ?? T[joiner]) && !conjunct.some((x) => PRONOUNS.has(x.l));
    if (left >= joiner || !conjunct.some((x) => x.cap) || !(named || headed)) break;
    first = left;
    joiner = left - 1;
  }
  return first < start && first === firstWordIndex(T) && T.slice(first, start).some((x) => x.l === 'and') ? first : start;
}

const FRONTING_PREPOSITION = /^(in|on|at|after|before|during|since|until|by|for|from|over|under|last|earlier|later|this)$/;

/** `On Monday the ministry said …`, `In 2024 officials said …`: a short time or place phrase, no comma, before the subject. */
function frontedAdverbial(T: Token[], subjectStart: number): boolean {
  const first = firstWordIndex(T);
  if (first < 0 || first >= subjectStart || subjectStart - first > 4 || !FRONTING_PREPOSITION.test(T[first].l)) return false;
  return T.slice(first + 1, subjectStart).every((x) => x.k === 'w' && (/^\d+$/.test(x.t) || TIME_WORDS.test(x.t) || /^(the|a|last|this|next|early|late)$/.test(x.l)));
}

/** Forward phrase after `said`, `according to`, `citing`, `told`. */
function npForward(T: Token[], i: number): number {
  let j = i;
  if (j < T.length && T[j].k === 'w' && PRONOUNS.has(T[j].l)) return j + 1;
  while (j < T.length && DETERMINERS.has(T[j].l)) j++;
  const n = T.length;
  let count = 0;
  while (j < n && count < 14) {
    const t = T[j];
    if (t.k !== 'w') break;
    if (t.cap || isPossessive(t.t)) {
      j++;
      count++;
      continue;
    }
    if (STOP.has(t.l)) {
      const next = T[j + 1];
      const prev = T[j - 1];
      if ((t.l === 'of' || t.l === 'for' || t.l === 'at' || ((t.l === 'from' || t.l === 'by') && prev && REPORT_WORDS.test(prev.l))) && next && next.k === 'w' && (DETERMINERS.has(next.l) || next.cap) && prev && (prev.cap || isHeadWord(prev))) {
        j++;
        continue;
      }
      if (t.l === 'in' && next && next.cap && lookupCountry(next.t) && prev && isHeadWord(prev)) {
        j += 2;
        continue;
      }
      break;
    }
    if (ENGLISH_VERB_FORMS.has(t.l)) break;
    j++;
    count++;
  }
  // Trim trailing modifiers that are no head (`officials familiar` -> `officials`).
  while (j > i && T[j - 1].k === 'w' && !T[j - 1].cap && !isPossessive(T[j - 1].t) && !isHeadWord(T[j - 1]) && !PRONOUNS.has(T[j - 1].l)) j--;
  while (j > i && T[j - 1].k === 'w' && /^(of|for|at|in)$/.test(T[j - 1].l)) j--;
  return j;
}

function extendApposition(T: Token[], end: number): number {
  if (T[end]?.t !== ',') return end;
  // `said its director general, Susan Clarke.`
  let n = end + 1;
  while (n < T.length && T[n].k === 'w' && T[n].cap && n - end <= 4) n++;
  if (n > end + 1 && (n === T.length || T[n].t === '.' || T[n].t === ',' || T[n].t === '!')) return n;
  let k = end + 1;
  if (T[k] && DETERMINERS.has(T[k].l)) k++;
  let probe = k;
  while (probe < T.length && probe < k + 5 && T[probe].k === 'w' && englishRole(T[probe].t) === null) probe++;
  if (!T[probe] || englishRole(T[probe].t) === null) return end;
  const stop = npForward(T, k);
  return stop > k ? stop : end;
}
