import { germanOrgHead, germanRole, englishOrgHead, englishRole, isEnglishAnonymousHead, isGermanAnonymousHead, type RoleInfo, type OrgHead, GENERIC_OUTLET_HEADS } from '../lexicon/nouns';
import { lookupCountry } from '../registry/countries';
import { stemWords } from '../registry/keys';
import { institutionOf, scanRegistry, type RegistryHit } from '../registry/resolve';
import type { ExtractionLanguage } from '../types';
import type { Token } from '../text/tokens';
import { isPossessive, stripPossessive } from '../text/tokens';
import { germanNominative } from './german-forms';
import type { Mention } from './mention';
import { governmentOf, guessedRef, refFromRegistry } from './source-refs';

/**
 * Reads a source phrase (`NATO-Sprecherin Farah Dakhlallah`, `Der Sprecher des Nationalen
 * Sicherheitsrates in Washington, John Kirby`, `die USA und die NATO`, `two South Korean officials`)
 * into mentions: who is named, as what, for which organisation and country.
 */
const DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'the', 'a', 'an', 'this', 'its', 'his', 'her', 'their']);
const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'the', 'this']);
const QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'multiple', 'various', 'other', 'zwei', 'drei', 'vier', 'fünf', 'mehrere', 'einige', 'zahlreiche', 'verschiedene', 'andere']);
const LEADING_SKIP = new Set(['auch', 'selbst', 'sogar', 'nur', 'und', 'aber', 'doch', 'also', 'even', 'and', 'but', 'both', 'beide', 'zuletzt']);
const PRONOUNS: Record<string, 'he' | 'she' | 'it' | 'they'> = { er: 'he', sie: 'she', he: 'he', she: 'she', it: 'it', they: 'they' };
const REPORT_NOUNS = /^(bericht|berichte|berichten|berichts|angaben|erklärung|mitteilung|studie|analyse|meldung|lagebericht|gutachten|gutachtens|umfrage|untersuchung|prognose|statistik|schätzung|auswertung|recherchen|dokument|papier|schreiben|pressemitteilung|survey|poll|filing|letter|paper|report|reports|statement|study|analysis|release|document|memo|assessment|figures|data|statistics|estimates)$/i;
/** Possessive articles point back: `seiner Fraktion`, `Ihr Generaldirektor`, `its director general`. */
const POSSESSIVES: Record<string, 'he' | 'she' | 'it' | 'they'> = { sein: 'he', seine: 'he', seiner: 'he', seines: 'he', seinem: 'he', seinen: 'he', ihr: 'she', ihre: 'she', ihrer: 'she', ihres: 'she', ihrem: 'she', ihren: 'she', his: 'he', her: 'she', its: 'it', their: 'they' };
/** Heads that say only what kind of body an organisation is (`EU-Behörde`, `UN-Organisation`). */
const GENERIC_ORG_HEAD = /^(behörde|institution|organisation|gremium|einrichtung)$/i;
const LOCATION_PREPS = new Set(['in', 'aus', 'im', 'at']);
const COORDINATORS = new Set(['und', 'sowie', 'and', '&']);
/** German capitalised words that are common nouns, never names (noun suffixes). */
const GERMAN_NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|sion|ität|ismus|nis|ium|ik|tur|ment|chen|lein|ei|enz|anz|ur|tum|ling|tag|zeit)$/i;
const STOP_CAPITALS = new Set(['Der', 'Die', 'Das', 'The', 'These', 'Those', 'This', 'A', 'An', 'In', 'On', 'At', 'Am', 'Im', 'Auch', 'Und', 'But', 'And', 'Es', 'It', 'Er', 'Sie', 'He', 'She', 'They', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

interface Word {
  text: string;
  stem: string;
  /** First part of a hyphen compound (`NATO` in `NATO-Sprecherin`). */
  prefix: boolean;
  cap: boolean;
  /** Something (a comma, a parenthesis) stood between this word and the previous one. */
  gapBefore?: boolean;
}

export function parseSourcePhrase(tokens: readonly Token[], lang: ExtractionLanguage): readonly Mention[] {
  // The same phrases recur (`sagte er`, `laut Yonhap`): parse each distinct phrase once.
  let key = lang;
  for (const t of tokens) key += `\u0002${t.t}`;
  const cached = PARSED.get(key);
  if (cached) return cached;
  const parsed = withIntroducedAcronym(parseUncached(tokens, lang), tokens);
  if (PARSED.size >= 20000) PARSED.clear();
  PARSED.set(key, parsed);
  return parsed;
}

const PARSED = new Map<string, readonly Mention[]>();

function parseUncached(tokens: readonly Token[], lang: ExtractionLanguage): Mention[] {
  const segments = splitSegments(withoutParentheses(tokens), lang);
  const out: Mention[] = [];
  for (const seg of segments) {
    const m = analyseSegment(seg, lang);
    if (m) out.push(m);
  }
  return out;
}

/** A parenthesis inside a source phrase (`Jens Spahn (CDU)`, `(D-Calif.)`) qualifies it; the name stands outside. */
function withoutParentheses(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.t === '(')) return tokens;
  const out: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.t === '(') depth++;
    else if (t.t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(t);
  }
  return out;
}

/** Splits coordinated sources (`die USA und die NATO`) but keeps appositions (`…, John Kirby`) together. */
function splitSegments(tokens: readonly Token[], lang: ExtractionLanguage): Token[][] {
  const raw: { tokens: Token[]; sep: 'comma' | 'and' | null }[] = [];
  let cur: Token[] = [];
  let sep: 'comma' | 'and' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const isComma = t.t === ',';
    const isAnd = COORDINATORS.has(t.l) && i + 1 < tokens.length && startsSeparateSource(tokens, i + 1, lang);
    if (isComma || isAnd) {
      if (cur.length) raw.push({ tokens: cur, sep });
      cur = [];
      sep = isComma ? 'comma' : 'and';
      continue;
    }
    cur.push(t);
  }
  if (cur.length) raw.push({ tokens: cur, sep });
  // Re-join appositions: a bare name next to a role phrase is one person.
  // `Reuters, AFP and the AP`: names separated by commas before a closing `and` are a list, not appositions.
  const list = raw.length >= 3 && raw[raw.length - 1].sep === 'and' && raw.slice(1, -1).every((seg) => seg.sep === 'comma') && raw.slice(0, -1).every((seg) => isBareName(seg.tokens, lang));
  const merged: Token[][] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && seg.sep === 'comma' && !list && (isBareName(seg.tokens, lang) || isBareName(prev, lang) || !hasHead(seg.tokens, lang))) {
      merged[merged.length - 1] = [...prev, ...seg.tokens];
    } else merged.push([...seg.tokens]);
  }
  return merged;
}

function startsSeparateSource(tokens: readonly Token[], i: number, lang: ExtractionLanguage): boolean {
  const t = tokens[i];
  if (DETERMINERS.has(t.l) || QUANTIFIERS.has(t.l)) return true;
  if (!t.cap) return false;
  // `Seoul und Washington` after a location preposition continues the location.
  if (i >= 3 && LOCATION_PREPS.has(tokens[i - 3]?.l ?? '')) return false;
  const stems = stemWords(t.t);
  return scanRegistry(stems, stems.map(() => stripPossessive(t.t))).length > 0 || lookupCountry(t.t) !== null || (lang === 'en' && t.cap);
}

function isBareName(tokens: readonly Token[], lang: ExtractionLanguage): boolean {
  const words = tokens.filter((t) => t.k === 'w');
  if (words.length === 0 || words.length > 4) return false;
  return words.every((w) => w.cap && !roleOf(w.t, lang, undefined) && !orgHeadOf(w.t, lang, undefined) && !lookupCountry(stripPossessive(w.t)));
}

function hasHead(tokens: readonly Token[], lang: ExtractionLanguage): boolean {
  return tokens.some((t) => t.k === 'w' && (t.cap || roleOf(t.t, lang, undefined) !== null || orgHeadOf(t.t, lang, undefined) !== null || PRONOUNS[t.l] !== undefined || (lang === 'en' ? isEnglishAnonymousHead(t.t) : isGermanAnonymousHead(t.t))));
}

function roleOf(word: string, lang: ExtractionLanguage, previous: string | undefined): RoleInfo | null {
  return lang === 'de' ? germanRole(word) : englishRole(word, previous);
}
function orgHeadOf(word: string, lang: ExtractionLanguage, previous: string | undefined): OrgHead | null {
  return lang === 'de' ? germanOrgHead(word) : englishOrgHead(word, previous);
}
function isAnonymousHead(word: string, lang: ExtractionLanguage): boolean {
  return lang === 'de' ? isGermanAnonymousHead(word) : isEnglishAnonymousHead(word);
}

function analyseSegment(seg: readonly Token[], lang: ExtractionLanguage): Mention | null {
  let toks = seg.filter((t) => t.k === 'w');
  while (toks.length && LEADING_SKIP.has(toks[0].l)) toks = toks.slice(1);
  if (toks.length === 0) return null;
  const surface = toks.map((t) => t.t).join(' ');
  const first = toks[0].l;
  // `der 64-Jährige`: an age epithet stands for the person last spoken of.
  if (lang === 'de' && toks.length === 2 && DEFINITE.has(first) && /^\d+-[Jj]ährige[nr]?$/.test(toks[1].t)) return { kind: 'definite-person', role: null, country: null, fallback: null, surface };
  if (toks.length === 1 && PRONOUNS[first]) return { kind: 'pronoun', pronoun: PRONOUNS[first], surface };
  const possessive = POSSESSIVES[first];
  if (possessive) toks = toks.slice(1);
  if (toks.length === 0) return null;
  const definite = DEFINITE.has(first) || possessive !== undefined;
  const indefinite = !definite && (DETERMINERS.has(first) || QUANTIFIERS.has(first));
  while (toks.length && (DETERMINERS.has(toks[0].l) || QUANTIFIERS.has(toks[0].l))) toks = toks.slice(1);
  if (toks.length === 0) return null;

  // Reports and statements stand for whoever published them (`ein Bericht des Ministeriums`).
  const reportIdx = toks.findIndex((t) => REPORT_NOUNS.test(t.t));
  if (reportIdx >= 0 && reportIdx <= 2) {
    const rest = toks.slice(reportIdx + 1);
    const inner = rest.length && /^(des|der|von|vom|by|from|of)$/i.test(rest[0].l) ? analyseSegment(rest.slice(1), lang) : rest.length && rest[0].cap ? analyseSegment(rest, lang) : null;
    if (inner) return inner;
    // `den russischen Angaben zufolge`: a country adjective before the report noun names the country's side.
    for (const t of toks.slice(0, reportIdx)) {
      const c = !t.cap ? lookupCountry(t.t) : null;
      if (c) return direct(governmentOf(c.code, surface), null, surface);
    }
    if (definite || toks.length === 1) return { kind: 'report', surface };
    return null;
  }

  // Location phrases (`in Seoul`) give a country, never a source of their own.
  let country: string | null = null;
  let locationCountry: string | null = null;
  const kept: Token[] = [];
  const location: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (LOCATION_PREPS.has(t.l) && i > 0 && i + 1 < toks.length && toks[i + 1].cap) {
      const place = lookupCountry(toks[i + 1].t);
      if (place) {
        locationCountry ??= place.code;
        location.push(t, toks[i + 1]);
        i++;
        continue;
      }
    }
    kept.push(t);
  }
  toks = kept;
  if (toks.length === 0) return null;
  const ownerOrg: Mention | null = possessive ? { kind: 'pronoun', pronoun: 'it', surface } : null;

  const words = toWords(toks, lang);
  const stems = words.map((w) => w.stem);
  const hits = scanRegistry(stems, words.map((w) => w.text));
  const covered = new Array<boolean>(words.length).fill(false);
  const personHits: RegistryHit[] = [];
  const orgHits: RegistryHit[] = [];
  for (const h of hits) {
    const phrase = words.slice(h.start, h.end).map((w) => w.text).join(' ');
    const asCountry = lookupCountry(phrase);
    for (let k = h.start; k < h.end; k++) covered[k] = true;
    // A country name inside a longer phrase (`Südkoreas Präsident`) only gives the country.
    if (asCountry && words.length > h.end - h.start) {
      country ??= asCountry.code;
      continue;
    }
    (h.entry.type === 'person' ? personHits : orgHits).push(h);
  }

  let role: RoleInfo | null = null;
  let roleIndex = -1;
  let orgHead: OrgHead | null = null;
  let orgHeadIndex = -1;
  let anonymous = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const prev = k > 0 ? words[k - 1].text : undefined;
    if (!covered[k] || w.prefix) {
      const c = lookupCountry(w.text);
      if (c && !covered[k]) {
        country ??= c.code;
        covered[k] = true;
        continue;
      }
    }
    if (covered[k]) continue;
    // Plural collectives (`Analysts`, `Experten`, `officials`) are anonymous, not a role.
    if (isAnonymousHead(w.text, lang)) {
      anonymous = true;
      continue;
    }
    const r = roleOf(w.text, lang, prev);
    if (r && !role) {
      role = r;
      roleIndex = k;
      continue;
    }
    const o = orgHeadOf(w.text, lang, prev);
    if (o && !orgHead && !isAnonymousHead(w.text, lang)) {
      orgHead = o;
      orgHeadIndex = k;
    }
  }

  // Organisation named in the phrase: a registered one, or one found from role/head and country.
  const orgMention = ((): Mention | null => {
    const hit = orgHits[0];
    // `der EU-Behörde`: a registered prefix before a generic head stands for a body of that organisation named before.
    if (hit && lang === 'de' && orgHeadIndex === hit.end && words[hit.end - 1].prefix && GENERIC_ORG_HEAD.test(words[orgHeadIndex].text)) {
      const prefix = words.slice(hit.start, hit.end).map((w) => w.text).join('-');
      return { kind: 'definite-org', type: null, institution: null, head: words[orgHeadIndex].text, surface, within: { prefix, source: refFromRegistry(hit.entry) } };
    }
    if (hit) return direct(refFromRegistry(hit.entry), null, surface);
    // Not when an English title follows the organisation word, which only qualifies it (`Chief Cabinet Secretary Daisuke Mori`).
    // `der Nachrichtenagentur dapd`: agencies that write their name in lower case.
    const agencyName = orgHead?.type === 'news_agency' ? words[orgHeadIndex + 1] : undefined;
    if (lang === 'de' && agencyName && /^[a-zäöü]{2,5}$/.test(agencyName.text) && !/^(der|die|das|des|dem|den|in|im|aus|am|an|bei|von|vom|und|mit|zu|zum|zur|für|auf|nach)$/.test(agencyName.text)) {
      return direct(guessedRef(agencyName.text, 'news_agency', country), null, surface);
    }
    if (orgHead && !(roleIndex > orgHeadIndex && lang === 'en')) {
      const inst = orgHead.institution ? institutionOf(country ?? locationCountry, orgHead.institution) : null;
      if (inst) return direct(refFromRegistry(inst), null, surface);
      const hasQualifier = country !== null || words.slice(orgHeadIndex + 1).some((w) => w.cap) || words.slice(0, orgHeadIndex).some((w) => w.cap && !roleOf(w.text, lang, undefined));
      // The article right before the head decides (`ein Sprecher des Ministeriums` -> `des`: definite).
      let d = orgHeadIndex - 1;
      while (d >= 0 && !words[d].cap && !DETERMINERS.has(words[d].text.toLowerCase())) d--;
      const headDefinite = d >= 0 && DETERMINERS.has(words[d].text.toLowerCase()) ? DEFINITE.has(words[d].text.toLowerCase()) : definite;
      // `world athletics' governing body`: a description of the organisation in play, headed by a possessive noun.
      const described = lang === 'en' && !hasQualifier && orgHeadIndex > 0 && seg.some((t) => (t.k === 'p' && /^[’']$/.test(t.t)) || isPossessive(t.t));
      // The head in the nominative (`des Innenministeriums` -> `Innenministerium`): it names the source when nothing named resolves it.
      const head = lang === 'de' ? germanNominative([words[orgHeadIndex].text]) : words[orgHeadIndex].text;
      if (!hasQualifier && (headDefinite || described)) return { kind: 'definite-org', type: orgHead.type, institution: orgHead.institution ?? null, head, surface };
      // `ein Ministerium` names nobody.
      if (!hasQualifier && !definite && indefinite && !/[A-Z]/.test(words[orgHeadIndex].text.slice(1))) return null;
      // `Chef der Gewerkschaft X`: the organisation's name starts after the role noun, not with the person.
      const orgStart = lang === 'de' && roleIndex >= 0 && roleIndex < orgHeadIndex ? roleIndex + 1 : 0;
      // Words after the head up to a comma (`der Ärztekammer, Paul Stein`: the name is the person's).
      let tailEnd = orgHeadIndex + 1;
      while (tailEnd < words.length && !(lang === 'de' && words[tailEnd].gapBefore && words[tailEnd].cap)) tailEnd++;
      // `der Sender Radio Elbe`, `the newspaper Nordkurier`: after an outlet's head noun, the capitalised words are its name.
      // Only a head that never opens a name itself (`Rundfunk Berlin-Brandenburg`, `Daily Lantern` do): in English in lower case.
      const commonHead = lang === 'de' ? GENERIC_OUTLET_HEAD.test(words[orgHeadIndex].text) : !words[orgHeadIndex].cap;
      const outletName = commonHead && (orgHead.type === 'media_outlet' || orgHead.type === 'news_agency') ? capitalisedRun(words, orgHeadIndex + 1) : 0;
      if (outletName > 0) {
        for (let k = orgHeadIndex + 1; k < orgHeadIndex + 1 + outletName; k++) covered[k] = true;
        return direct(guessedRef(words.slice(orgHeadIndex + 1, orgHeadIndex + 1 + outletName).map((w) => w.text).join(' '), orgHead.type, country ?? locationCountry), null, surface);
      }
      const orgWords = words.slice(orgStart, orgHeadIndex + 1).concat(words.slice(orgHeadIndex + 1, tailEnd).filter((w) => w.cap || /^(für|der|des|of|for|von)$/i.test(w.text)));
      const name = lang === 'de' ? germanNominative(orgWords.map((w) => w.text)) : orgWords.map((w) => w.text).join(' ');
      return direct(guessedRef(name, orgHead.type, country ?? locationCountry), null, surface);
    }
    if (role?.institution && country) {
      const inst = institutionOf(country, role.institution) ?? institutionOf(country, 'government');
      if (inst) return direct(refFromRegistry(inst), null, surface);
    }
    // `DWD-Sprecher`, `GDL-Chef`: an unregistered acronym before a role noun is the organisation spoken for.
    if (role) {
      const k = words.findIndex((w, idx) => w.prefix && !covered[idx] && /^[\p{Lu}]{2,6}$/u.test(w.text) && lookupCountry(w.text) === null);
      if (k >= 0) return direct(guessedRef(words[k].text, 'other', country), null, surface);
    }
    return null;
  })();

  // `der Anwalt der Familie`: the genitive after the role names whom the person acts for, not the person.
  const complementEnd = lang === 'de' && role && role.role !== 'spokesperson' ? partyComplementEnd(words, roleIndex) : -1;
  if (complementEnd > 0) for (let k = roleIndex + 1; k < complementEnd; k++) covered[k] = true;

  // A person: registered, or capitalised words after a role noun, or a bare name.
  const personHit = personHits[0];
  if (personHit) {
    const ref = refFromRegistry(personHit.entry);
    return { kind: 'direct', source: ref, org: orgMention ?? ownerOrg, role: role?.role ?? personHit.entry.role ?? null, surface };
  }
  const nameWords = findName(words, covered, roleIndex, lang, (definite || indefinite) && !possessive);
  if (nameWords.length > 0 && !anonymous) {
    return { kind: 'shortname', words: nameWords.map((w) => w.text), country, org: orgMention ?? ownerOrg, role: role?.role ?? null, surface };
  }
  if (possessive && !anonymous) {
    // `Ihr Generaldirektor` speaks for the organisation meant; `nach ihrer Einschätzung` is the person's.
    if (role || orgHead) return ownerOrg;
    return { kind: 'pronoun', pronoun: possessive, surface };
  }
  if (role && !anonymous) {
    if (orgMention && (!definite || orgMention.kind === 'direct')) {
      // `ein Sprecher des Ministeriums`, `Südkoreas Präsident`: the organisation, unless the
      // discourse already knows a person in that role.
      if (definite || country) return { kind: 'definite-person', role: role.role, country, fallback: orgMention, surface };
      return orgMention;
    }
    // `nach Angaben des Anwalts` with nobody in that role named yet: the role itself is the source.
    const unnamed = !orgMention ? direct(guessedRef(unnamedRoleName(words.slice(0, Math.max(roleIndex + 1, complementEnd)), lang), 'person', country), null, surface) : orgMention;
    if (definite) return { kind: 'definite-person', role: role.role, country, fallback: unnamed, surface };
    if (role.role !== 'official' && orgMention) return orgMention;
    // `ein Konzernsprecher`, `ein Polizeisprecher`: the compound names the kind of organisation spoken for.
    if (lang === 'de' && role.role === 'spokesperson' && !orgMention) {
      const prefix = /^(\p{Lu}\p{Ll}{3,}?)s?sprecher(?:in|innen|s)?$/u.exec(words[roleIndex].text)?.[1];
      const head = prefix ? germanOrgHead(prefix) : null;
      if (prefix && head) return { kind: 'definite-org', type: head.type, institution: head.institution ?? null, head: prefix, surface };
    }
    // `ein Sprecher` with no organisation named speaks for the organisation in play.
    if (role.role === 'spokesperson' && !orgMention) return { kind: 'pronoun', pronoun: 'it', surface };
    // `ein Analyst in Toronto`: an unnamed person, kept with the descriptor that identifies them.
    anonymous = true;
  }
  if (anonymous) {
    country ??= locationCountry;
    const nameParts = [...toks.filter((t) => !QUANTIFIERS.has(t.l) && !/^\d+$/.test(t.t)).map((t) => t.t), ...location.map((t) => t.t)];
    const name = lang === 'de' ? germanNominative(nameParts) : nameParts.join(' ');
    return direct(guessedRef(name, 'anonymous', country), null, surface);
  }
  if (orgMention) return orgMention;
  if (hits.length > 0 && orgHits.length === 0 && personHits.length === 0) {
    // The phrase is just a country (`Russland`, `die USA`, `nach Angaben Südkoreas`).
    const c = country ?? lookupCountry(words.map((w) => w.text).join(' '))?.code ?? null;
    if (c) return direct(governmentOf(c, words.map((w) => w.text).join(' ')), null, surface);
  }
  if (country && words.every((_word, k) => covered[k])) return direct(governmentOf(country, surface), null, surface);
  return null;
}

function direct(source: ReturnType<typeof guessedRef>, org: Mention | null, surface: string): Mention {
  return { kind: 'direct', source, org, role: null, surface };
}

function toWords(toks: readonly Token[], lang: ExtractionLanguage): Word[] {
  const words: Word[] = [];
  let prevEnd = -1;
  for (const t of toks) {
    const gapBefore = prevEnd >= 0 && t.s > prevEnd + 1;
    prevEnd = t.e;
    const first = words.length;
    const text = isPossessive(t.t) ? stripPossessive(t.t) : t.t;
    // Split hyphen compounds whose first part is a name or acronym (`NATO-Sprecherin`, `US-Regierung`).
    const parts = text.split(/[-‑]/);
    if (parts.length > 1 && parts.every((p) => p.length > 0) && !isDoubleName(parts, lang)) {
      parts.forEach((p, idx) => words.push({ text: p, stem: stemWords(p).join(' '), prefix: idx < parts.length - 1, cap: /^\p{Lu}/u.test(p) }));
    } else words.push({ text, stem: stemWords(text).join(' '), prefix: false, cap: t.cap });
    if (gapBefore && words[first]) words[first].gapBefore = true;
  }
  return words;
}

/** `Schäfer-Gümbel`, `Kramp-Karrenbauer`: two title-case parts, neither a country nor a role or organisation word, are one surname. */
function isDoubleName(parts: string[], lang: ExtractionLanguage): boolean {
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p))) return false;
  const last = parts[1];
  if (lookupCountry(parts[0]) || lookupCountry(last)) return false;
  if (roleOf(last, lang, undefined) || orgHeadOf(last, lang, undefined) || isAnonymousHead(last, lang)) return false;
  return !(lang === 'de' && GERMAN_NOUN_SUFFIX.test(last));
}

/** Capitalised words that form a person's name. */
/** `des Anwalts` -> `Anwalt`; `the prime minister` -> `Prime minister`: an unnamed person named by the role. */
function unnamedRoleName(words: Word[], lang: ExtractionLanguage): string {
  if (lang === 'de') return germanNominative(words.map((w) => w.text));
  const kept = words.filter((w) => !DETERMINERS.has(w.text.toLowerCase())).map((w) => w.text).join(' ');
  return kept.charAt(0).toUpperCase() + kept.slice(1);
}

const GENERIC_OUTLET_HEAD = new RegExp(`(${GENERIC_OUTLET_HEADS})$`, 'i');

/** How many capitalised words (up to four, no comma between) start at `from`. */
function capitalisedRun(words: Word[], from: number): number {
  let end = from;
  while (end < words.length && end - from < 4 && words[end].cap && !(end > from && words[end].gapBefore)) end++;
  return end - from;
}

/** People a role acts for or belongs to (`Anwalt der Familie`, `Verteidiger des Angeklagten`, `Sprecherin der Opfer`). */
const PARTY_NOUNS = /^(Familie|Familien|Eltern|Mutter|Vaters|Witwe|Kinder|Kindes|Opfer|Opfers|Hinterbliebenen|Angeklagten|Beschuldigten|Tatverdächtigen|Verdächtigen|Täters|Geiselnehmers|Klägers|Klägerin|Kläger|Mandanten|Mandantin|Verstorbenen|Toten|Getöteten|Betroffenen|Patienten|Patientin|Mannes|Frau|Jungen|Mädchens|Schülers|Schülerin)$/;

/** The end of a genitive party right after the role (`der Familie`, `des Angeklagten`), or -1. */
function partyComplementEnd(words: Word[], roleIndex: number): number {
  const article = words[roleIndex + 1];
  const noun = words[roleIndex + 2];
  if (!article || !noun || !/^(der|des|eines|einer)$/.test(article.text) || !PARTY_NOUNS.test(noun.text)) return -1;
  // `des Angeklagten Peter Lenz`: a name right after the party is the party's.
  let end = roleIndex + 3;
  while (end < words.length && end < roleIndex + 6 && words[end].cap && !words[end].gapBefore) end++;
  return end;
}

function findName(words: Word[], covered: boolean[], roleIndex: number, lang: ExtractionLanguage, hasDeterminer: boolean): Word[] {
  const isNameWord = (w: Word, k: number) =>
    w.cap && !covered[k] && !w.prefix && !STOP_CAPITALS.has(w.text) && !roleOf(w.text, lang, undefined) && !orgHeadOf(w.text, lang, undefined) && !isAnonymousHead(w.text, lang) && !(lang === 'de' && GERMAN_NOUN_SUFFIX.test(w.text) && w.text.length > 6);
  if (roleIndex >= 0) {
    // German `Claus Brandt, Chef der Gewerkschaft X`: a name opening the phrase before an apposition
    // with the role; capitalised words after the role belong to the organisation.
    if (lang === 'de' && roleIndex >= 1 && roleIndex <= 4 && words.slice(0, roleIndex).every((w, k) => isNameWord(w, k))) return words.slice(0, roleIndex);
    const name: Word[] = [];
    let runStart = -1;
    for (let k = roleIndex + 1; k < words.length && name.length < 4; k++) {
      // German `der Schweriner Staatsanwaltschaft`: a place adjective before an organisation head is no name.
      const placeAdjective = lang === 'de' && /er$/.test(words[k].text) && k + 1 < words.length && orgHeadOf(words[k + 1].text, lang, undefined) !== null;
      if (isNameWord(words[k], k) && !placeAdjective) {
        if (runStart < 0) runStart = k;
        name.push(words[k]);
      } else if (name.length) break;
    }
    // `der Polizei Rostock`, `der Universität Bonn`: one capitalised word right after an organisation head names the place.
    const placeAfterHead = lang === 'de' && name.length === 1 && runStart > 0 && orgHeadOf(words[runStart - 1].text, lang, undefined) !== null;
    if (name.length && !placeAfterHead) return name;
    // English titles come first too, but a name may also precede a comma apposition: `Kirby, spokesman for …`.
    const before: Word[] = [];
    for (let k = 0; k < roleIndex; k++) if (isNameWord(words[k], k)) before.push(words[k]);
    return lang === 'en' || !hasDeterminer ? before.slice(0, 4) : [];
  }
  if (lang === 'de' && hasDeterminer) {
    // `wie die BNN berichtet`: an acronym after an article is an organisation's short name.
    const caps = words.filter((w, k) => w.cap && !covered[k]);
    if (caps.length === 1 && /^\p{Lu}{2,6}$/u.test(caps[0].text) && isNameWord(caps[0], words.indexOf(caps[0]))) return caps;
    // `Die Ärztin Maria Lenz`: an unlisted title noun followed by a first and last name.
    const run: Word[] = [];
    for (let k = words.length - 1; k >= 1 && isNameWord(words[k], k) && run.length < 3; k--) run.unshift(words[k]);
    return run.length >= 2 && run.length < words.length ? run : [];
  }
  const all = words.filter((w, k) => isNameWord(w, k));
  if (all.length === words.length && all.length <= 4) return all;
  if (lang === 'en' && all.length > 0) {
    // `the University of Leeds`, `the Bank of England`: the name after `of` belongs to the organisation.
    const at = words.indexOf(all[0]);
    if (at >= 2 && /^(of|for)$/i.test(words[at - 1].text) && orgHeadOf(words[at - 2].text, lang, undefined) !== null && !words.slice(0, at - 2).some((w) => w.cap && !STOP_CAPITALS.has(w.text) && !orgHeadOf(w.text, lang, undefined))) return [];
  }
  if (lang === 'en' && all.length > 0) {
    // `British Chambers of Commerce`, `Institute for Fiscal Studies`: keep connectors and a leading adjective.
    let first = words.indexOf(all[0]);
    const last = words.indexOf(all[all.length - 1]);
    if (first > 0 && words[first - 1].cap && !STOP_CAPITALS.has(words[first - 1].text)) first--;
    const span = words.slice(first, last + 1);
    if (span.every((w) => w.cap || /^(of|for|the|and|on)$/i.test(w.text)) && span.length <= 6) return span;
    if (all.length <= 4) return all;
  }
  return [];
}

/**
 * `Der Deutsche Wetterdienst (DWD)`: an acronym in parentheses after an organisation the text names
 * (not one the registry knows, which has its own) becomes its alias, so `der DWD` later is the same
 * source. After a person it is their party, which the phrase already reads.
 */
function withIntroducedAcronym(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  let acronym: string | null = null;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k - 1].t === '(' && tokens[k + 1].t === ')' && /^[A-ZÄÖÜ]{2,6}$/.test(tokens[k].t)) acronym = tokens[k].t;
  }
  if (!acronym) return mentions;
  const alias = acronym;
  return mentions.map((m): Mention => {
    // `Das Landeswasseramt (LWA)`: a body given its acronym is being introduced, not referred back to.
    if (m.kind === 'definite-org' && !m.within) {
      const source = guessedRef(m.head.charAt(0).toUpperCase() + m.head.slice(1), m.type ?? 'other', null);
      source.aliases.push(alias);
      return direct(source, null, m.surface);
    }
    if (m.kind === 'direct' && m.source.type !== 'person' && m.source.registryId === null && !m.source.aliases.includes(alias)) {
      return { ...m, source: { ...m.source, aliases: [...m.source.aliases, alias] } };
    }
    return m;
  });
}
