import { searchKey } from '../../common/text/search-key';
import { memo } from '../text/memo';
import type { RoleClass } from '../registry/registry-types';
import { resolveRegistrySource } from '../registry/resolve';
import type { Mention } from '../sources/mention';
import { guessedRef, refFromRegistry, sameSource, withAffiliation } from '../sources/source-refs';
import { germanRole } from '../lexicon/nouns';
import type { ExtractionLanguage, SourceRef } from '../types';

/**
 * The sources an article has named so far, most recent first, so that `er`, `der Spitzendiplomat`,
 * `Cho` or `the agency` find the source they stand for. Kept short (articles rarely reach back
 * further), which keeps memory flat on long inputs.
 */
export interface Resolved {
  source: SourceRef;
  /** The organisation named with a person; attributed alongside the person. */
  org: SourceRef | null;
  /** How the source was found: named here, or recovered from earlier text. */
  via: 'named' | 'coreference';
}

interface Tracked {
  source: SourceRef;
  org: SourceRef | null;
  role: RoleClass | null;
  nameWords: Set<string>;
  /** Grammatical gender when the text told it (`Ms`, `spokeswoman`, `Ministerin`, `Herr`, an earlier `he`/`er`). */
  gender?: 'm' | 'f' | null;
  /** Named only by a role (`the mayor`, `der Anwalt`): a later role phrase means them only when it names the same role. */
  unnamed?: boolean;
}

const ENGLISH_GENDERED = /^(he|she)$/i;
const MALE = /\b(Mr|Sir|Lord|spokesman|chairman|businessman|congressman|councilman|father|son|brother|husband|king|prince)\b/;
const FEMALE = /\b(Ms|Mrs|Miss|Dame|Lady|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|mother|daughter|sister|wife|queen|princess)\b/;
/** German titles and kin nouns that tell the gender outright. */
const GERMAN_MALE = /^(Herr|Herrn|Mann|Vater|Sohn|Bruder|Ehemann|König|Prinz)$/;
/** First names ending like these are almost always women's (`Anna`, `Petra`, `Sabine`, `Juliette`): weak evidence, used only to rule out `er`/`he`. */
const FEMALE_FIRST_NAME = /^\p{Lu}\p{Ll}+(?:a|ine|ette|elle)$/u;
const MALE_IN_A = /^(Luca|Luka|Nikita|Sascha|Jona|Joshua|Mustafa|Attila|Ilja|Kosta|Nikola|Elia|Andrea|Juda|Ezra|Issa|Musa|Yahya|Mirza|Akira|Sergej|Dmitri)$/;

/** Weak gender from a person's first name (two-word names only): only a woman's name is recognised. */
const weakGender: (name: string) => 'f' | null = memo((name: string) => {
  const words = name.split(' ');
  return words.length >= 2 && FEMALE_FIRST_NAME.test(words[0]) && !MALE_IN_A.test(words[0]) ? 'f' : null;
});
const GERMAN_FEMALE = /^(Frau|Mutter|Tochter|Schwester|Ehefrau|Königin|Prinzessin)$/;
/** Feminine person nouns: `Ministerin`, `Sprecherin`, `Norwegerin`, `Olympiasiegerin`, `Chefin`, `Juristin`. */
const GERMAN_FEMININE_NOUN = /(?:er|ist|ant|ent|at|eur|ör|chef|ärzt|anwält|rät|gött|bot|meister|prinz)in(?:nen)?$/;
/** Adjectival person nouns take the article's gender: `der Vorsitzende` / `die Vorsitzende`, `der 64-Jährige`. */
const GERMAN_ADJECTIVAL_NOUN = /(?:ende|ene|te|Jährige)$/;

/** Gender a mention's surface tells, in the mention's language (`Minister` is male only in German). */
function genderOf(surface: string, lang: ExtractionLanguage): 'm' | 'f' | null {
  if (lang === 'de') return germanGenderMemo(surface);
  if (FEMALE.test(surface)) return 'f';
  if (MALE.test(surface)) return 'm';
  return null;
}

const germanGenderMemo: (surface: string) => 'm' | 'f' | null = memo((surface: string) => germanGenderOf(surface));

/**
 * German: a title (`Herr`, `Frau`), a feminine person noun in `-in`, a masculine role noun
 * (`der Sprecher`, `Verkehrsminister`), or the article of an adjectival noun (`die 33-Jährige`).
 */
function germanGenderOf(surface: string): 'm' | 'f' | null {
  const words = surface.split(/\s+/);
  const article = words[0]?.toLowerCase();
  for (const w of words) {
    if (GERMAN_FEMALE.test(w)) return 'f';
    if (GERMAN_MALE.test(w)) return 'm';
  }
  for (const w of words) {
    const last = w.split('-').pop() ?? w;
    if (!/^\p{Lu}/u.test(last)) continue;
    if (GERMAN_FEMININE_NOUN.test(last) && last.length > 4) return 'f';
    if (GERMAN_ADJECTIVAL_NOUN.test(last) && (article === 'der' || article === 'die')) {
      if (article === 'die') return 'f';
      return 'm';
    }
    if (germanRole(last) !== null && !/in(?:nen)?$/.test(last) && !/e$/.test(last)) return 'm';
  }
  return null;
}

/** A person agrees with a gender unless the text told theirs otherwise, or, failing that, their first name does. */
function agrees(x: Tracked, gender: 'm' | 'f'): boolean {
  const g = x.gender ?? weakGender(x.source.name);
  return !g || g === gender;
}

const MAX_TRACKED = 24;

export class Discourse {
  private recent: Tracked[] = [];
  /** Name words of the tracked people, rebuilt when the list changes (null = stale). */
  private personWords: Set<string> | null = null;

  constructor(private readonly lang: ExtractionLanguage = 'en') {}

  /** Resolves one mention to sources; a back-reference with no antecedent resolves to nothing. */
  resolve(m: Mention): Resolved | null {
    switch (m.kind) {
      case 'direct': {
        // `das LWA` after `das Landeswasseramt (LWA)`: the organisation that introduced the acronym.
        const introduced = m.source.registryId === null && m.source.type !== 'person' ? this.find((x) => x.source.type !== 'person' && x.source.aliases.includes(m.source.name)) : undefined;
        if (introduced && !m.org) return this.use(introduced);
        const org = m.org ? (this.resolve(m.org)?.source ?? null) : null;
        const source = m.source.type === 'person' ? withAffiliation(m.source, org) : m.source;
        const known = this.find((t) => sameSource(t.source, source));
        const role = m.role ?? known?.role ?? null;
        const kept: Tracked = known && !org ? known : { source, org, role, nameWords: nameWords(source.name), gender: known?.gender };
        if (source.type === 'person') kept.gender = genderOf(m.surface, this.lang) ?? kept.gender ?? null;
        this.remember(kept);
        return { source: kept.source, org: kept.org ?? org, via: 'named' };
      }
      case 'pronoun': {
        const want = m.pronoun === 'it' ? 'org' : m.pronoun === 'they' ? 'group' : 'person';
        // `he`/`she`, `er`/`sie` agree in gender with a known person (German `sie` may also be plural or an organisation).
        const gendered = ENGLISH_GENDERED.test(m.surface) || (this.lang === 'de' && /^(er|sie)$/i.test(m.surface));
        const gender = gendered ? (m.pronoun === 'she' ? 'f' : 'm') : null;
        const t = this.find((x) => (want === 'person' ? x.source.type === 'person' && (!gender || agrees(x, gender)) : want === 'org' ? x.source.type !== 'person' && x.source.type !== 'anonymous' : x.source.type !== 'person'));
        // German `sie` may be a woman or a group; English `she` is never an organisation.
        const germanSie = this.lang === 'de' && m.pronoun === 'she';
        const fallback = !t && m.pronoun === 'she' && (!gender || germanSie) ? this.find((x) => x.source.type !== 'person') : undefined;
        if (t && gender && !t.gender) t.gender = gender;
        return this.use(t ?? fallback);
      }
      case 'definite-person': {
        // `die Norwegerin`, `der 64-Jährige`: the epithet's gender must agree with the person's.
        const gender = genderOf(m.surface, this.lang);
        const fallbackName = m.fallback?.kind === 'direct' ? m.fallback.source.name : null;
        const t = this.find((x) => x.source.type === 'person' && compatibleRole(m.role, x.role) && (!m.country || !x.source.country || x.source.country === m.country) && (!gender || agrees(x, gender))
          && (!x.unnamed || x.source.name === fallbackName));
        if (t && gender && !t.gender) t.gender = gender;
        if (t) return this.use(t);
        if (!m.fallback) return null;
        const resolved = this.resolve(m.fallback);
        // The role alone names this person (`der Hafendirektor` after `der Bürgermeister` is someone else).
        const tracked = resolved && m.fallback.kind === 'direct' && m.fallback.source.type === 'person' ? this.find((x) => sameSource(x.source, resolved.source)) : undefined;
        if (tracked) {
          tracked.unnamed = true;
          tracked.role ??= m.role;
        }
        return resolved;
      }
      case 'definite-org': {
        if (m.within) {
          // `die EU-Behörde`: the body of that organisation named last (`EU-Kommission`), else the organisation itself.
          const { prefix, source } = m.within;
          const lower = `${prefix.toLowerCase()}-`;
          const body = this.find((x) => x.source.type !== 'person' && !sameSource(x.source, source) && [x.source.name, ...x.source.aliases].some((n) => n.toLowerCase().startsWith(lower)));
          return body ? this.use(body) : this.trackAndReturn(source, null, 'named');
        }
        const t = this.find((x) => x.source.type !== 'person' && x.source.type !== 'anonymous' && compatibleOrg(m, x.source));
        if (t) return this.use(t);
        // `die Behörde` may mean the organisation a recently quoted person spoke for.
        const viaPerson = this.find((x) => x.source.type === 'person' && x.org !== null && compatibleOrg(m, x.org));
        if (viaPerson?.org) return this.trackAndReturn(viaPerson.org, null, 'coreference');
        // No antecedent: the text still names `the ministry`; keep it as written rather than guess which.
        // Named as a noun is written at the head of a sentence (`Polizei`, `Ministry`), not as the lower-case key.
        return this.trackAndReturn(guessedRef(capitalised(m.head), m.type ?? 'other', null), null, 'named');
      }
      case 'report':
        return null; // handled by the extractor, which knows the last attributed claim
      case 'shortname': {
        const keys = m.words.map((w) => searchKey(w));
        const org = m.org ? (this.resolve(m.org)?.source ?? null) : null;
        const t = this.find((x) => x.source.type === 'person' && keys.every((k) => x.nameWords.has(k)));
        if (t && !org) {
          t.gender = genderOf(m.surface, this.lang) ?? t.gender ?? null;
          return this.use(t);
        }
        const name = m.words.join(' ').replace(/^(?:the|der|die|das) /i, '');
        // `der DWD` after `der Deutsche Wetterdienst (DWD)`: the organisation that introduced the acronym.
        const introduced = this.find((x) => x.source.type !== 'person' && x.source.aliases.includes(name));
        if (introduced && !org) return this.use(introduced);
        const entry = resolveRegistrySource(name);
        let source: SourceRef;
        if (entry && (entry.type === 'person') === looksLikePersonName(m.words)) source = refFromRegistry(entry);
        else if (t) source = t.source;
        else if (looksLikePersonName(m.words)) source = guessedRef(name, 'person', m.country);
        else source = guessedRef(name, isMasthead(m.words) ? 'media_outlet' : 'other', m.country);
        if (source.type === 'person') source = withAffiliation(source, org);
        const tracked: Tracked = { source, org, role: m.role, nameWords: nameWords(source.name), gender: source.type === 'person' ? genderOf(m.surface, this.lang) : null };
        this.remember(tracked);
        return { source, org, via: t ? 'coreference' : 'named' };
      }
    }
  }

  /** Whether a person with all these name words is already known (`Trump` after `Donald Trump`). */
  knowsPerson(words: readonly string[]): boolean {
    const keys = words.map((w) => searchKey(w));
    return this.find((x) => x.source.type === 'person' && keys.every((k) => x.nameWords.has(k))) !== undefined;
  }

  /**
   * A sentence that attributes nothing but names exactly one known person (`Und wie verteidigt sich
   * Brandt?`) makes that person the most recent, so a following `er`/`der` goes to them.
   */
  promoteSoleKnownPerson(words: readonly { t: string; cap: boolean; k: string }[], from: number): void {
    if (this.personWords === null) {
      this.personWords = new Set();
      for (const x of this.recent) if (x.source.type === 'person') for (const k of x.nameWords) this.personWords.add(k);
    }
    if (this.personWords.size === 0) return;
    let hit: Tracked | undefined;
    for (let i = from; i < words.length; i++) {
      const w = words[i];
      if (w.k !== 'w' || !w.cap || w.t.length < 3) continue;
      const k = wordKey(w.t);
      if (!k || !this.personWords.has(k)) continue;
      const t = this.find((x) => x.source.type === 'person' && x.nameWords.has(k));
      if (!t) continue;
      if (hit && !sameSource(hit.source, t.source)) return;
      hit = t;
    }
    if (hit && this.recent[0] !== hit) this.remember(hit);
  }

  private trackAndReturn(source: SourceRef, org: SourceRef | null, via: Resolved['via']): Resolved {
    this.remember({ source, org, role: null, nameWords: nameWords(source.name) });
    return { source, org, via };
  }

  private use(t: Tracked | undefined): Resolved | null {
    if (!t) return null;
    this.remember(t);
    return { source: t.source, org: t.org, via: 'coreference' };
  }

  private find(pred: (t: Tracked) => boolean): Tracked | undefined {
    return this.recent.find(pred);
  }

  private remember(t: Tracked): void {
    const i = this.recent.findIndex((x) => sameSource(x.source, t.source));
    if (i < 0 || this.recent[i].nameWords !== t.nameWords) this.personWords = null;
    if (i >= 0) {
      const old = this.recent[i];
      this.recent.splice(i, 1);
      t = { ...t, org: t.org ?? old.org, role: t.role ?? old.role, gender: t.gender ?? old.gender };
    }
    this.recent.unshift(t);
    if (this.recent.length > MAX_TRACKED) {
      this.recent.length = MAX_TRACKED;
      this.personWords = null;
    }
  }
}

const wordKey: (word: string) => string = memo((word: string) => searchKey(word));
const nameWords: (name: string) => Set<string> = memo((name: string) => new Set(searchKey(name).split(' ').filter((w) => w.length > 0)));

/** A newspaper's name: `The Harbour Gazette`, `Daily Mirror`, `Westfälische Rundschau`. */
const MASTHEAD_WORDS = /^(times|post|news|journal|herald|tribune|gazette|telegraph|mirror|guardian|observer|chronicle|courier|express|zeitung|rundschau|kurier|anzeiger|tagblatt|presse)$/i;
function isMasthead(words: readonly string[]): boolean {
  return MASTHEAD_WORDS.test(words[words.length - 1] ?? '') || /^(daily|sunday)$/i.test(words[0] === 'The' ? words[1] ?? '' : words[0] ?? '');
}

/** All-caps short words are acronyms of organisations (`ISW`, `OCHA`); other capitalised words are names. */
const ORGANISATION_WORDS = /^(of|for|the|and|chambers?|commerce|institute|institut|association|verband|council|foundation|stiftung|fund|bank|party|partei|union|group|gruppe|company|corporation|inc|ltd|gmbh|ag|university|universität|society|federation|league|alliance|committee|agency|office|ministry|department|service|board|authority|court|studies|center|centre|forum|network|times|post|news|journal|herald|tribune|gazette|telegraph|mirror|guardian|observer|chronicle|courier|express|daily|press|media|tv|radio|nachrichten|zeitung|rundschau|kurier|anzeiger|tagblatt|presse|rundfunk|motors|airlines|airways|holdings|analytics|systems|technologies|industries|pharmaceuticals|pharma|capital|partners|labs|energy|electric|insurance|railways|logistics|solutions|ventures|brands|foods|motor|telecom|communications|entertainment|studios|games|software|semiconductor|semiconductors)$/i;

/** All-caps short words are acronyms (`ISW`, `OCHA`); names with institution words are organisations. */
function looksLikePersonName(words: string[]): boolean {
  if (words.length === 1 && /^[\p{Lu}\d&]{2,6}$/u.test(words[0])) return false;
  if (words.some((w) => ORGANISATION_WORDS.test(w))) return false;
  return words.length <= 4;
}

function compatibleRole(want: RoleClass | null, have: RoleClass | null): boolean {
  if (!want) return true;
  if (want === have) return true;
  if (!have) return want === 'official';
  switch (want) {
    case 'minister':
      return have.endsWith('_minister');
    case 'diplomat':
      return have === 'foreign_minister' || have === 'diplomat';
    case 'official':
      return have !== 'expert';
    case 'leader':
      return have === 'head_of_state' || have === 'head_of_government' || have === 'secretary_general';
    case 'head_of_state':
      return have === 'leader';
    case 'head_of_government':
      return have === 'leader' || have === 'head_of_state';
    default:
      return false;
  }
}

function compatibleOrg(m: Extract<Mention, { kind: 'definite-org' }>, source: SourceRef): boolean {
  const head = m.head.toLowerCase();
  if (/geheimdienst|nachrichtendienst|spy|intelligence/.test(head)) return source.type === 'intelligence_agency';
  if (/nachrichtenagentur|presseagentur|news/.test(head)) return source.type === 'news_agency';
  if (/agentur|agency/.test(head)) return source.type === 'news_agency' || source.type === 'intelligence_agency' || source.type === 'international_organization' || /agen/i.test(source.name);
  // `die Polizei`, `the police`, `das Gericht`: only an organisation of that kind, never the ministry last named.
  const kind = /polizei|police|gericht|court|staatsanwaltschaft|prosecutor|feuerwehr|klinik|hospital|partei|party|gewerkschaft|union/.exec(head)?.[0];
  if (kind) return source.name.toLowerCase().includes(kind) || source.aliases.some((a) => a.toLowerCase().includes(kind));
  // `der Konzern`, `das Unternehmen`: a company, not a union or party named before.
  if (/konzern|unternehmen|firma|company|firm/.test(head)) return source.type === 'other' && !/gewerkschaft|union|partei|party|verband|bund/i.test(source.name);
  if (/ministerium|ministry|department/.test(head)) return source.type === 'government' && /minist|department|amt|pentagon/i.test(source.name + ' ' + source.aliases.join(' '));
  if (/behörde|authority|authorities|amt|office/.test(head)) return source.type === 'government' || source.type === 'international_organization' || source.type === 'intelligence_agency';
  if (/regierung|government|administration|führung/.test(head)) return source.type === 'government';
  if (/armee|militär|army|military|forces|streitkräfte/.test(head)) return source.type === 'military';
  if (/zeitung|sender|newspaper|broadcaster|outlet|magazin|blatt|paper/.test(head)) return source.type === 'media_outlet';
  if (/organisation|organization|bündnis|alliance|allianz/.test(head)) return source.type === 'international_organization';
  // `the governing body`: any organisation.
  if (/^(body|gremium)$/.test(head)) return true;
  return m.type === null || m.type === source.type;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
