import { CodePointIndex } from '../common/text/code-points';
import { Discourse } from './analysis/coreference';
import type { Frame, SentenceView } from './analysis/frame';
import { firstWordIndex, isQuoteMark } from './analysis/frame';
import { englishFrames } from './analysis/frames-en';
import { trackEnglishSubject } from './analysis/english-subject';
import { germanFrames } from './analysis/frames-de';
import { checkHeadline } from './analysis/headline';
import { germanSubjunctiveI, isHedged } from './analysis/hedging';
import { checkableKind, claimKind } from './analysis/kinds';
import { detectLanguage } from './analysis/language';
import { parseSourcePhrase } from './sources/source-phrase';
import { guessedRef, sameSource } from './sources/source-refs';
import { findQuotes, maskQuotes, outermost, QUOTE_CHAR_RE, type QuotePair } from './text/quotes';
import { endsInAbbreviation, iterateSentences, type Sentence } from './text/sentences';
import { isPossessive, MASK, tokenize, type Token } from './text/tokens';
import { englishRole, GENERIC_OUTLET_HEADS, germanRole } from './lexicon/nouns';
import { isAdjective } from './sources/german-forms';
import type { ExtractedAttribution, ExtractedClaim, ExtractionLanguage, ExtractionOptions, ExtractionResult, SourceRef } from './types';

/**
 * The extractor: sentence by sentence, find attribution frames, resolve their source phrases
 * against the registry and the discourse so far, and emit one claim per attributed statement
 * (or per checkable unattributed one), anchored by code-point offsets.
 */
interface LastAttributed {
  attributions: ExtractedAttribution[];
  sentenceNo: number;
  paragraph: number;
}

/** Subjunctive II used for reported speech; weaker evidence, so only inside the same paragraph. */
const GERMAN_SUBJUNCTIVE_II = /\b(?:würde|würden|wären|hätten|erhielte|erhielten|sollten|müssten|dürften|(?:be|ent|ver|er|zu|an|auf|aus|vor|über|unter|ein|mit|ab|bei|nach|dar|fest|statt|zurück)?(?:stünde|fände|käme|läge|gäbe|täte|zöge|hülfe|stürbe|würfe|bräuchte|wüsste)n?)\b/;
const RELATIVE_START = /^(die|der|das|welche|welcher|welches|wo|which|who|where|während|wobei|whereas|while)$/;
const CONFIDENCE = { named: 0.9, registry: 0.95, coreference: 0.75, anonymous: 0.7, inherited: 0.6, unattributed: 0.35 };

export function extractClaims(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const language = options.language ?? detectLanguage(text);
  const cp = new CodePointIndex(text);
  const discourse = new Discourse(language);
  const claims: ExtractedClaim[] = [];
  let last: LastAttributed | null = null;
  let sentenceNo = 0;
  let lastClaimSentence = -1;
  let previous: { s: Sentence; pairs: QuotePair[]; masked: string; no: number } | null = null;

  for (const s of iterateSentences(text)) {
    sentenceNo++;
    if (s.heading) {
      last = null; // a heading starts a new section: no subjunctive carries over it
      previous = null;
      continue;
    }
    const raw = text.slice(s.start, s.end);
    const found = QUOTE_CHAR_RE.test(raw) ? findQuotes(raw) : [];
    const names = found.length > 0 ? quotedNames(raw, found) : [];
    const pairs = names.length > 0 ? found.filter((p) => !names.some((n) => n.open === p.open)) : found;
    const masked = names.length > 0 ? unquoteNames(maskQuotes(raw, pairs, MASK), names) : maskQuotes(raw, pairs, MASK);
    const view: SentenceView = { masked, base: s.start, tokens: tokenize(masked, s.start) };
    const before = previous;
    previous = { s, pairs, masked, no: sentenceNo };
    const frames = withoutDeniedReports(view, language === 'de' ? germanFrames(view) : englishFrames(view));
    const groups = frames.length > 0 ? splitGroups(view, frames) : [];
    let attributedHere = false;
    for (const g of groups) {
      const attributions = attribute(g.frames, language, discourse, last, sentenceNo);
      if (attributions.length === 0) continue;
      if (names.length > 0) markQuotedOutlets(attributions, names.map((p) => raw.slice(p.open + 1, p.close).toLowerCase()));
      const backReference = refersBack(g.frames);
      if (backReference && lastClaimSentence === sentenceNo - 1 && claims.length > 0) {
        // `Das teilte X mit.` names the source of the previous claim.
        const prev = claims[claims.length - 1];
        for (const a of attributions) if (!prev.attributions.some((x) => sameSource(x.source, a.source))) prev.attributions.push(a);
        prev.confidence = confidenceOf(prev.attributions);
        last = { attributions: prev.attributions, sentenceNo, paragraph: s.paragraph };
        attributedHere = true;
        continue;
      }
      if (backReference && before && before.no === sentenceNo - 1 && before.s.paragraph === s.paragraph) {
        // `Zwei Menschen wurden verletzt. Das teilte die Polizei mit.`: the previous sentence, too short
        // or too plain to be a claim by itself, is what the source said.
        const claim = buildClaim(text, cp, before.s, { start: before.s.start, end: before.s.end, frames: [] }, before.pairs, before.masked, language, attributions, []);
        claims.push(claim);
        lastClaimSentence = sentenceNo;
        last = { attributions, sentenceNo, paragraph: s.paragraph };
        attributedHere = true;
        continue;
      }
      const claim = buildClaim(text, cp, s, g, pairs, masked, language, attributions, g.frames);
      claims.push(claim);
      lastClaimSentence = sentenceNo;
      last = { attributions, sentenceNo, paragraph: s.paragraph };
      attributedHere = true;
    }
    if (attributedHere) continue;
    // `Außenministerin Lena Hoff traf …`: remember who was introduced, for a later `sie` or `die Ministerin`.
    if (frames.length === 0) {
      if (language === 'en') trackEnglishSubject(view.tokens, discourse);
      else trackSubject(view.tokens, language, discourse);
    }

    // No frame of its own: reported speech continuing from the previous sentence? Not when the sentence
    // names its own speaker by a pronoun that agrees with nobody in play (`sagte er` after a woman).
    const ownPronoun = frames.some((f) => f.np.length === 1 && /^(er|sie|he|she)$/i.test(f.np[0].t));
    const inherited = ownPronoun ? null : continuation(raw, masked, pairs, language, last, s, sentenceNo);
    if (inherited && last) {
      const attributions = last.attributions.map((a) => ({ ...a, cue: inherited.cue }));
      const claim = buildClaim(text, cp, s, { start: s.start, end: s.end, frames: [] }, pairs, masked, language, attributions, []);
      claim.confidence = CONFIDENCE.inherited;
      claim.hedged = claim.hedged || inherited.subjunctive;
      claims.push(claim);
      lastClaimSentence = sentenceNo;
      last = { attributions, sentenceNo, paragraph: s.paragraph };
      continue;
    }
    // `Zu Motiven machte die Sprecherin keine Angaben.`: the speaker is still the subject, so the
    // subjunctive that follows continues her statement.
    if (language === 'de' && last && last.sentenceNo >= sentenceNo - 2 && frames.length === 0 && namesSpeaker(view.tokens, last, discourse)) {
      last = { ...last, sentenceNo, paragraph: s.paragraph };
    }
    if (/\?\s*["“”»«']?$/.test(raw)) continue;
    const kind = checkableKind(masked, language);
    if (kind && countWords(raw) >= 5) {
      const claim = buildClaim(text, cp, s, { start: s.start, end: s.end, frames: [] }, pairs, masked, language, [], []);
      claim.kind = kind;
      claim.confidence = CONFIDENCE.unattributed;
      claims.push(claim);
      lastClaimSentence = sentenceNo;
    }
  }

  const result: ExtractionResult = { language, claims };
  if (options.title !== undefined && options.title.trim() !== '') result.headline = checkHeadline(options.title, claims);
  return result;
}

/** Publisher verbs and cues that follow an outlet's name: `wie «Focus» berichtet`, `"Bild" zufolge`. */
const OUTLET_AFTER = /^\s*(?:\(\p{Lu}{2,6}\)|berichte|berichtet|berichtete|berichteten|meldet|meldete|schreibt|schrieb|zufolge|zitiert|zitierte)(?![\p{L}])/u;
/** Words before an outlet's name: `laut «Focus»`, `wie der „Spiegel“`, `sagte der "Bild"`, `im Gespräch mit der "taz"`. */
const OUTLET_BEFORE = /(?:^|[\s(])(?:laut|wie|gegenüber|mit|sagte|sagt|erklärte|berichtet|berichtete|berichten|schreibt|schrieb|meldet|meldete)(?:\s+(?:der|die|das|dem|den|des))?\s*$/i;
/** `die Zeitung „Nordkurier“`, `the newspaper "Nordkurier"`: an outlet's head noun right before its quoted name. */
const OUTLET_HEAD_BEFORE = new RegExp(`(?:^|[\\s(-])(?:\\p{L}*(?:${GENERIC_OUTLET_HEADS})|newspaper|magazine|broadcaster|daily|tabloid|weekly|paper|channel|station|agency|outlet)\\s*$`, 'iu');

/** `sagte Vorstandschefin X der „Wirtschaftswoche“`: a verb of speech, a short subject, then a dative article. */
const DATIVE_LISTENER = /\b(?:sagte|sagt|erklärte|betonte|bestätigte|kündigte|teilte)\s[^,.;:„“"»«]{2,40}\s(?:der|dem)\s*$/;

/**
 * Outlet names in quotation marks (`die "taz"`, `wie «Focus» berichtet`): short, a name's shape, and
 * standing where a name stands. They are read as names, not masked as quotations.
 */
type NamePair = QuotePair & { keepMarks?: boolean };

/** A source named by a quoted outlet name (`laut «Abendkurier»`) is a media outlet, whatever the name looked like. */
function markQuotedOutlets(attributions: ExtractedAttribution[], quoted: string[]): void {
  for (let k = 0; k < attributions.length; k++) {
    const src = attributions[k].source;
    if (src.registryId || src.type === 'media_outlet' || src.type === 'news_agency' || !quoted.includes(src.name.toLowerCase())) continue;
    attributions[k] = { ...attributions[k], source: { ...src, type: 'media_outlet', affiliation: null } };
  }
}

function quotedNames(raw: string, pairs: QuotePair[]): NamePair[] {
  const out: NamePair[] = [];
  for (const p of pairs) {
    if (p.family !== 'double' || p.close - p.open > 40) continue;
    if (pairs.some((q) => q !== p && ((q.open < p.open && q.close > p.close) || (q.open > p.open && q.close < p.close)))) continue;
    const content = raw.slice(p.open + 1, p.close);
    const words = content.split(' ');
    if (words.length > 4 || !/^[\p{L}\d][\p{L}\d .&-]*$/u.test(content)) continue;
    const capitalised = words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:der|die|das|des|am|im|von|für|und)$/.test(w));
    // A lower-case single word (`die "taz"`) is a name only after an article; a scare-quoted noun needs an outlet's context.
    const lowerName = words.length === 1 && /^\p{Ll}+$/u.test(content) && /(?:^|\s)(?:der|die|das|dem|den|des)\s*$/i.test(raw.slice(Math.max(0, p.open - 5), p.open));
    if (!capitalised && !lowerName) continue;
    const before = raw.slice(Math.max(0, p.open - 40), p.open);
    const after = raw.slice(p.close + 1, p.close + 20);
    if (lowerName || OUTLET_AFTER.test(after) || OUTLET_BEFORE.test(before) || OUTLET_HEAD_BEFORE.test(before)) out.push(p);
    else if (DATIVE_LISTENER.test(raw.slice(Math.max(0, p.open - 60), p.open))) out.push({ ...p, keepMarks: true });
  }
  return out;
}

/**
 * Unmasks a quoted name for the frames: the marks become spaces and the name starts with a capital.
 * An article before it goes too (`laut der "morgenpost"` reads as `laut Morgenpost`), except a
 * dative after a verb (`sagte er dem "Kurier"`), which marks the outlet as the listener.
 */
function unquoteNames(masked: string, names: NamePair[]): string {
  const chars = masked.split('');
  for (const p of names) {
    if (p.keepMarks) {
      // The frames read the marks themselves (`der „X“` after the subject).
      chars[p.open + 1] = chars[p.open + 1].toUpperCase();
      continue;
    }
    chars[p.open] = ' ';
    chars[p.close] = ' ';
    chars[p.open + 1] = chars[p.open + 1].toUpperCase();
    const article = /(?:^|\s)(der|die|das|des|dem|den)\s+$/i.exec(masked.slice(Math.max(0, p.open - 6), p.open));
    const verbBefore = /(?:^|\s)(?!(?:laut|mit|seit|statt|samt|nebst)\s)\p{Ll}+(?:te|t|ten)\s+(?:\p{L}+\s+)?(?:der|die|das|des|dem|den)\s+$/u.test(masked.slice(Math.max(0, p.open - 30), p.open));
    if (article && !verbBefore) {
      const at = p.open - article[0].length + article[0].indexOf(article[1]);
      for (let k = at; k < at + article[1].length; k++) chars[k] = ' ';
    }
  }
  return chars.join('');
}

interface Group {
  start: number;
  end: number;
  frames: Frame[];
}

/**
 * One sentence may carry two claims from two sources in two clauses:
 * `Nordkorea hat nach westlichen Erkenntnissen … entsandt, die nach Angaben Südkoreas … sollen.`
 */
function splitGroups(view: SentenceView, frames: Frame[]): Group[] {
  const T = view.tokens;
  const end = view.base + view.masked.length;
  const phraseFrames = frames.filter((f) => f.kind === 'phrase' && !f.inherit && f.leadEnd === undefined && f.trailStart === undefined);
  if (frames.length >= 2 && phraseFrames.length === frames.length) {
    const sorted = [...frames].sort((a, b) => a.at - b.at);
    for (let k = 1; k < sorted.length; k++) {
      const a = sorted[k - 1];
      const b = sorted[k];
      const comma = T.findIndex((t, idx) => t.t === ',' && t.s > a.at && t.e <= b.at && RELATIVE_START.test(T[idx + 1]?.l ?? ''));
      if (comma >= 0) {
        return [
          { start: view.base, end: T[comma].s, frames: sorted.slice(0, k) },
          { start: T[comma + 1].s, end, frames: sorted.slice(k) },
        ];
      }
    }
  }
  return [{ start: view.base, end, frames }];
}

/** Registers a person introduced with a role at the start of a sentence that attributes nothing. */
function trackSubject(T: Token[], lang: ExtractionLanguage, discourse: Discourse): void {
  const start = firstWordIndex(T);
  let i = start;
  let hasRole = false;
  let caps = 0;
  for (; i < T.length && i - start < 8; i++) {
    const t = T[i];
    if (t.k !== 'w') break;
    if (t.cap) {
      caps++;
      if ((lang === 'de' ? germanRole(t.t) : englishRole(t.t)) !== null) hasRole = true;
      else if (t.t.includes('-') && germanRole(t.t.split('-').pop() ?? '') !== null) hasRole = true;
    } else if (lang === 'en' && (englishRole(t.t) !== null || /^(the|a|an)$/.test(t.l) || isPossessive(t.t))) {
      if (englishRole(t.t) !== null) hasRole = true;
    } else if (!(lang === 'de' && (/^(der|die|das|des)$/.test(t.l) || isAdjective(t.t)))) break;
  }
  // `Der Chef der Ärztekammer, Paul Stein, widersprach`: the name in apposition after the role.
  if (lang === 'de' && hasRole && T[i]?.t === ',') {
    let j = i + 1;
    while (j < T.length && j - i <= 3 && T[j].k === 'w' && T[j].cap) j++;
    if (j > i + 1 && T[j]?.t === ',') i = j;
  }
  // `Paula Brandt, Chefin der Gewerkschaft X, ruft …`: a name with a role in apposition.
  if (lang === 'de' && !hasRole && caps >= 1 && T[i]?.t === ',' && T[i + 1]?.cap && germanRole(T[i + 1].t) !== null) {
    let j = i + 1;
    while (j < T.length && j - i < 14 && T[j].t !== ',' && T[j].k !== 'm') j++;
    if (T[j]?.t === ',') {
      hasRole = true;
      caps = Math.max(caps, 2);
      i = j;
    }
  }
  if (!hasRole || caps < 2) {
    if (lang === 'de') discourse.promoteSoleKnownPerson(T, start + 1);
    return;
  }
  for (const m of parseSourcePhrase(T.slice(start, i), lang)) {
    // `Die Außenministerin reiste nach Kiew.`: a role with its article is the person of that role (known or not).
    if ((m.kind === 'shortname' && m.role) || (m.kind === 'direct' && m.source.type === 'person') || (m.kind === 'definite-person' && lang === 'de')) discourse.resolve(m);
  }
}

/** Whether a sentence refers to the last speaker with a definite role epithet (`die Sprecherin`, `der Minister`). */
function namesSpeaker(T: Token[], last: LastAttributed, discourse: Discourse): boolean {
  for (let k = 1; k < T.length; k++) {
    const article = T[k - 1].l;
    if (article !== 'die' && article !== 'der') continue;
    const t = T[k];
    if (!t.cap || t.k !== 'w' || germanRole(t.t) === null) continue;
    if (T[k + 1]?.k === 'w' && T[k + 1].cap) continue; // `die Sprecherin Anna X`: a name follows, someone new
    const m = parseSourcePhrase([T[k - 1], t], 'de')[0];
    if (!m || m.kind !== 'definite-person') continue;
    // An unnamed spokesperson quoted for an organisation (`eine Sprecherin der Polizei`) is now `die Sprecherin`.
    if (m.role === 'spokesperson' && last.attributions.every((a) => a.source.type !== 'person' && a.source.type !== 'anonymous')) return true;
    const r = discourse.resolve(m);
    if (r && last.attributions.some((a) => sameSource(a.source, r.source))) return true;
  }
  return false;
}

function isMedia(source: SourceRef): boolean {
  return source.type === 'news_agency' || source.type === 'media_outlet';
}

/** Resolves every frame's source phrase and assigns roles (speaker, relay, anonymous). */
function attribute(frames: Frame[], lang: ExtractionLanguage, discourse: Discourse, last: LastAttributed | null, sentenceNo: number): ExtractedAttribution[] {
  const found: { a: ExtractedAttribution; frame: Frame }[] = [];
  const inheritFrom = last && sentenceNo - last.sentenceNo <= 3 ? last.attributions : [];
  for (const frame of frames) {
    if (frame.inherit) {
      for (const a of inheritFrom) found.push({ a: { ...a, cue: frame.cue }, frame });
      continue;
    }
    for (const m of parseSourcePhrase(frame.np, lang)) {
      if (m.kind === 'report') {
        for (const a of inheritFrom) found.push({ a: { ...a, cue: frame.cue }, frame });
        continue;
      }
      // A listener (`told reporters`, `gegenüber Journalisten`) is only a source when it is an outlet.
      if (frame.mediaOnly && !(m.kind === 'direct' && isMedia(m.source))) {
        // A quoted name in the listener's place is an outlet even when the registry does not know it.
        if (frame.quotedOutlet && m.kind === 'shortname') found.push({ a: { role: 'relay', cue: frame.cue, source: guessedRef(m.words.join(' '), 'media_outlet', null) }, frame });
        continue;
      }
      const r = discourse.resolve(m);
      if (!r) continue;
      found.push({ a: { role: 'speaker', cue: frame.cue, source: r.source }, frame });
      if (r.org && !sameSource(r.org, r.source)) found.push({ a: { role: 'speaker', cue: frame.cue, source: r.org }, frame });
    }
  }
  const hasOtherSpeaker = found.some((f) => !isMedia(f.a.source));
  const citing = frames.some((f) => f.citing);
  const out: ExtractedAttribution[] = [];
  for (const { a, frame } of found) {
    let role = a.role;
    if (a.source.type === 'anonymous') role = 'anonymous';
    else if (frame.relay) role = 'relay';
    else if (isMedia(a.source) && hasOtherSpeaker && (frame.publisher || citing || frame.kind === 'verb')) role = 'relay';
    if (a.role === 'relay' && !frame.inherit) role = 'relay';
    // A listener (`told the BBC`, `sagte dem WDR`) relays even when the speaker could not be resolved.
    if (frame.mediaOnly) role = 'relay';
    if (frame.inherit) role = a.role;
    const existing = out.find((x) => sameSource(x.source, a.source));
    if (existing) continue;
    out.push({ role, cue: a.cue, source: a.source });
  }
  return out;
}

function buildClaim(
  text: string,
  cp: CodePointIndex,
  s: Sentence,
  g: Group,
  pairs: QuotePair[],
  masked: string,
  lang: ExtractionLanguage,
  attributions: ExtractedAttribution[],
  frames: Frame[],
): ExtractedClaim {
  let start = g.start;
  let end = g.end;
  for (const f of frames) {
    if (f.leadEnd !== undefined && f.leadEnd > start && f.leadEnd < end) start = f.leadEnd;
    if (f.trailStart !== undefined && f.trailStart < end && f.trailStart > start) end = f.trailStart;
  }
  [start, end] = trimSpan(text, start, end, lang);
  // A clause cut out of its sentence (`…, alle Optionen lägen auf dem Tisch.`) drops the sentence's final stop.
  if (start > g.start && end === g.end && text[end - 1] === '.' && !endsInAbbreviation(text.slice(Math.max(start, end - 12), end))) end--;
  // A content that is exactly one quotation is the quote itself, without its marks.
  let isQuote = false;
  const outer = pairs.length === 0 ? [] : outermost(pairs).map((p) => ({ open: s.start + p.open, close: s.start + p.close }));
  const whole = outer.find((p) => p.open === start && (p.close === end - 1 || (p.close === end - 2 && /[.,!?]/.test(text[end - 1]))));
  if (whole && whole.close - whole.open > 1) {
    start = whole.open + 1;
    end = whole.close;
    [start, end] = trimSpan(text, start, end, lang);
    isQuote = true;
  } else {
    const quotedWords = outer.filter((p) => p.open >= start && p.close < end).reduce((n, p) => n + countWords(text.slice(p.open + 1, p.close)), 0);
    isQuote = quotedWords >= 4 && quotedWords * 2 >= countWords(text.slice(start, end));
  }
  const exact = text.slice(start, end);
  const maskedContent = masked.slice(Math.max(0, start - s.start), Math.max(0, end - s.start));
  const hedged = isHedged(attributions.length > 0 ? masked : maskedContent, lang, frames.some((f) => f.hedge));
  const kind = claimKind(isQuote ? exact : maskedContent, lang, { quote: isQuote, prediction: frames.some((f) => f.prediction) });
  return {
    text: exact.replace(/\s+/g, ' ').trim(),
    kind,
    confidence: confidenceOf(attributions),
    hedged,
    quote: { exact, start: cp.toCodePointOffset(start), end: cp.toCodePointOffset(end) },
    attributions,
  };
}

function confidenceOf(attributions: ExtractedAttribution[]): number {
  if (attributions.length === 0) return CONFIDENCE.unattributed;
  if (attributions.some((a) => a.source.registryId)) return CONFIDENCE.registry;
  return attributions.some((a) => a.role === 'anonymous') ? CONFIDENCE.anonymous : CONFIDENCE.named;
}

/** Words in `s`: runs of non-space characters that contain a letter or digit (approximate, allocation-free). */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Trims spaces, dangling punctuation and a leading `dass`/`that` from a span. */
function trimSpan(text: string, start: number, end: number, lang: ExtractionLanguage): [number, number] {
  for (;;) {
    const before = [start, end];
    while (start < end && /[\s,;:–—-]/.test(text[start])) start++;
    while (end > start && /[\s,;:–—]/.test(text[end - 1])) end--;
    const lead = lang === 'de' ? /^(?:dass|ob)\s/ : /^that\s/;
    const m = lead.exec(text.slice(start, Math.min(end, start + 6)));
    if (m) start += m[0].length;
    if (before[0] === start && before[1] === end) return [start, end];
  }
}

/**
 * A sentence without its own frame that continues the previous attribution: German subjunctive I
 * (`Die Nordkoreaner seien …`), subjunctive II in the same paragraph (`würden … abhängen`), or a
 * quotation standing alone right after an attributed one.
 */
function continuation(
  raw: string,
  masked: string,
  pairs: QuotePair[],
  lang: ExtractionLanguage,
  last: LastAttributed | null,
  s: Sentence,
  sentenceNo: number,
): { cue: string; subjunctive: boolean } | null {
  if (!last) return null;
  if (last.sentenceNo !== sentenceNo - 1) {
    // Subjunctive I is reported speech even after one narrative sentence in between, same paragraph:
    // `X sagte, … . Die Stimmung war gelöst. Die Wochen zuvor seien hart gewesen.`
    const ki = lang === 'de' && last.sentenceNo === sentenceNo - 2 && last.paragraph === s.paragraph ? germanSubjunctiveI(masked) : null;
    return ki ? { cue: ki, subjunctive: true } : null;
  }
  if (lang === 'de') {
    const ki = germanSubjunctiveI(masked);
    if (ki) return { cue: ki, subjunctive: true };
    const kii = GERMAN_SUBJUNCTIVE_II.exec(masked);
    if (kii && last.paragraph === s.paragraph) return { cue: kii[0], subjunctive: true };
  }
  const outer = outermost(pairs);
  // A quotation in a frameless sentence right after an attributed one, same paragraph: the same speaker.
  if (last.paragraph === s.paragraph && outer.some((p) => countWords(raw.slice(p.open + 1, p.close)) >= 4)) {
    return { cue: last.attributions[0]?.cue ?? '', subjunctive: lang === 'de' && /\b(?:würde|würden|sei|seien)\b/.test(raw) };
  }
  const first = raw.search(/\S/);
  if (outer.length > 0 && outer[0].open === first && isQuoteMark({ t: raw[first], k: 'p' } as Token)) {
    const quoted = outer.reduce((n, p) => n + p.close - p.open, 0);
    if (quoted * 2 >= raw.length) return { cue: last.attributions[0]?.cue ?? '', subjunctive: false };
  }
  // A quotation running on over paragraphs: each new paragraph reopens it without a reporting clause.
  if (first >= 0 && /[“"‘«„]/.test(raw[first]) && !outer.some((p) => p.open === first) && countWords(raw) >= 4) {
    return { cue: last.attributions[0]?.cue ?? '', subjunctive: false };
  }
  return null;
}

const NEGATION_RE = /\b(?:nicht|nie|niemals|not|never)\b/i;

/**
 * `Der Minister sagte nicht, wann die Truppen abziehen.`: a verb of speech negated before its content
 * reports what was *not* said, so the clause after it is no claim of the speaker's. Only the words
 * between the cue and the content count: a negation inside the content (`sagte, er werde nicht …`)
 * is part of what was said.
 */
function withoutDeniedReports(view: SentenceView, frames: Frame[]): Frame[] {
  return frames.filter((f) => f.kind !== 'verb' || f.leadEnd === undefined || f.leadEnd <= f.at || !NEGATION_RE.test(view.masked.slice(f.at - view.base, f.leadEnd - view.base)));
}

/** `Das teilte X mit.`, `Das berichtet der „Spiegel“ unter Berufung auf Regierungskreise.`: the sentence only names who said the previous one. */
function refersBack(frames: Frame[]): boolean {
  return frames.some((f) => f.backRef) && frames.every((f) => f.backRef || f.citing);
}
