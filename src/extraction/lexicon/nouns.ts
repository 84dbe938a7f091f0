import type { SourceType } from '../../common/vocabulary';
import type { InstitutionKind, RoleClass } from '../registry/registry-types';
import { memo } from '../text/memo';

/**
 * Head nouns that say what a source is, in German and English: role nouns for people
 * (`Verteidigungsminister`, `spokesman`), organisation heads (`…ministerium`, `agency`) and
 * anonymous collectives (`Regierungskreise`, `officials`). German compounds are matched by suffix,
 * so `NATO-Sprecherin`, `Kremlsprecher` and `Militärgeheimdienst` need no entry of their own.
 */
export interface RoleInfo {
  role: RoleClass;
  /** The institution such a person speaks for, found with the country (`US-Verteidigungsminister`). */
  institution?: InstitutionKind;
}

// Longest suffixes first so that `verteidigungsminister` wins over `minister`.
const GERMAN_ROLES: [string, RoleInfo][] = (
  [
    ['verteidigungsminister', { role: 'defence_minister', institution: 'defence_ministry' }],
    ['außenminister', { role: 'foreign_minister', institution: 'foreign_ministry' }],
    ['innenminister', { role: 'interior_minister', institution: 'interior_ministry' }],
    ['ministerpräsident', { role: 'head_of_government', institution: 'government' }],
    ['premierminister', { role: 'head_of_government', institution: 'government' }],
    ['regierungschef', { role: 'head_of_government', institution: 'government' }],
    ['regierungssprecher', { role: 'spokesperson', institution: 'government' }],
    ['kremlsprecher', { role: 'spokesperson', institution: 'presidency' }],
    ['kremlchef', { role: 'head_of_state', institution: 'presidency' }],
    ['generalsekretär', { role: 'secretary_general' }],
    ['geheimdienstchef', { role: 'intelligence_chief', institution: 'intelligence' }],
    ['generalstabschef', { role: 'military', institution: 'military' }],
    ['staatssekretär', { role: 'official', institution: 'government' }],
    ['spitzendiplomat', { role: 'diplomat', institution: 'foreign_ministry' }],
    ['chefdiplomat', { role: 'diplomat', institution: 'foreign_ministry' }],
    ['staatsoberhaupt', { role: 'head_of_state', institution: 'presidency' }],
    ['oberbefehlshaber', { role: 'military', institution: 'military' }],
    ['befehlshaber', { role: 'military', institution: 'military' }],
    ['bundeskanzler', { role: 'head_of_government', institution: 'government' }],
    ['kanzler', { role: 'head_of_government', institution: 'government' }],
    ['präsident', { role: 'head_of_state', institution: 'presidency' }],
    ['staatschef', { role: 'head_of_state', institution: 'presidency' }],
    ['machthaber', { role: 'head_of_state', institution: 'government' }],
    ['minister', { role: 'minister', institution: 'government' }],
    ['sprecher', { role: 'spokesperson' }],
    ['botschafter', { role: 'diplomat', institution: 'foreign_ministry' }],
    ['diplomat', { role: 'diplomat', institution: 'foreign_ministry' }],
    ['gesandter', { role: 'diplomat', institution: 'foreign_ministry' }],
    ['kommandeur', { role: 'military', institution: 'military' }],
    ['general', { role: 'military', institution: 'military' }],
    ['admiral', { role: 'military', institution: 'military' }],
    ['abgeordneter', { role: 'lawmaker', institution: 'parliament' }],
    ['abgeordnete', { role: 'lawmaker', institution: 'parliament' }],
    ['parlamentarier', { role: 'lawmaker', institution: 'parliament' }],
    ['senator', { role: 'lawmaker', institution: 'parliament' }],
    ['vorsitzender', { role: 'official' }],
    ['vorsitzende', { role: 'official' }],
    ['beauftragter', { role: 'official' }],
    ['beauftragte', { role: 'official' }],
    ['berater', { role: 'official' }],
    ['direktor', { role: 'official' }],
    ['leiter', { role: 'official' }],
    ['chef', { role: 'official' }],
    ['geschäftsführer', { role: 'official' }],
    ['staatsanwalt', { role: 'official' }],
    ['richter', { role: 'official' }],
    ['anwalt', { role: 'official' }],
    ['verteidiger', { role: 'official' }],
    ['trainer', { role: 'official' }],
    ['trainerin', { role: 'official' }],
    ['verteidigerin', { role: 'official' }],
    ['koordinator', { role: 'official' }],
    ['bürgermeister', { role: 'official' }],
    ['gouverneur', { role: 'official' }],
    ['politiker', { role: 'official' }],
    ['politikerin', { role: 'official' }],
    ['experte', { role: 'expert' }],
    ['analyst', { role: 'expert' }],
    ['forscher', { role: 'expert' }],
    ['wissenschaftler', { role: 'expert' }],
    ['professor', { role: 'expert' }],
    ['ökonom', { role: 'expert' }],
  ] as [string, RoleInfo][]
).sort((a, b) => b[0].length - a[0].length);

const ENGLISH_ROLES = new Map<string, RoleInfo>([
  ['spokesman', { role: 'spokesperson' }],
  ['spokeswoman', { role: 'spokesperson' }],
  ['spokesperson', { role: 'spokesperson' }],
  ['president', { role: 'head_of_state', institution: 'presidency' }],
  ['chancellor', { role: 'head_of_government', institution: 'government' }],
  ['premier', { role: 'head_of_government', institution: 'government' }],
  ['minister', { role: 'minister', institution: 'government' }],
  ['secretary', { role: 'minister', institution: 'government' }],
  ['ambassador', { role: 'diplomat', institution: 'foreign_ministry' }],
  ['envoy', { role: 'diplomat', institution: 'foreign_ministry' }],
  ['diplomat', { role: 'diplomat', institution: 'foreign_ministry' }],
  ['general', { role: 'military', institution: 'military' }],
  ['commander', { role: 'military', institution: 'military' }],
  ['admiral', { role: 'military', institution: 'military' }],
  ['lawmaker', { role: 'lawmaker', institution: 'parliament' }],
  ['senator', { role: 'lawmaker', institution: 'parliament' }],
  ['legislator', { role: 'lawmaker', institution: 'parliament' }],
  ['congressman', { role: 'lawmaker', institution: 'parliament' }],
  ['congresswoman', { role: 'lawmaker', institution: 'parliament' }],
  ['director', { role: 'official' }],
  ['chief', { role: 'official' }],
  ['head', { role: 'official' }],
  ['chairman', { role: 'official' }],
  ['chairwoman', { role: 'official' }],
  ['chair', { role: 'official' }],
  ['adviser', { role: 'official' }],
  ['advisor', { role: 'official' }],
  ['governor', { role: 'official' }],
  ['mayor', { role: 'official' }],
  ['leader', { role: 'leader' }],
  ['official', { role: 'official' }],
  ['executive', { role: 'official' }],
  ['ceo', { role: 'official' }],
  ['cfo', { role: 'official' }],
  ['founder', { role: 'official' }],
  ['manager', { role: 'official' }],
  ['commissioner', { role: 'official' }],
  ['prosecutor', { role: 'official' }],
  ['judge', { role: 'official' }],
  ['lawyer', { role: 'official' }],
  ['attorney', { role: 'official' }],
  ['coordinator', { role: 'official' }],
  ['representative', { role: 'official' }],
  ['officer', { role: 'official' }],
  ['analyst', { role: 'expert' }],
  ['expert', { role: 'expert' }],
  ['researcher', { role: 'expert' }],
  ['economist', { role: 'expert' }],
  ['professor', { role: 'expert' }],
  ['scientist', { role: 'expert' }],
  ['epidemiologist', { role: 'expert' }],
]);

/** Modifiers that make an English role specific: `foreign minister`, `defense secretary`. */
const ENGLISH_ROLE_MODIFIERS = new Map<string, RoleInfo>([
  ['foreign', { role: 'foreign_minister', institution: 'foreign_ministry' }],
  ['defense', { role: 'defence_minister', institution: 'defence_ministry' }],
  ['defence', { role: 'defence_minister', institution: 'defence_ministry' }],
  ['interior', { role: 'interior_minister', institution: 'interior_ministry' }],
  ['prime', { role: 'head_of_government', institution: 'government' }],
  ['intelligence', { role: 'intelligence_chief', institution: 'intelligence' }],
  ['military', { role: 'military', institution: 'military' }],
]);

/** Role of a German noun in any inflection (`Sprecherin`, `Präsidenten`, `NATO-Sprechers`). */
export const germanRole: (word: string) => RoleInfo | null = memo(computeGermanRole);

function computeGermanRole(word: string): RoleInfo | null {
  const w = word.toLowerCase();
  // Feminine and case endings: Sprecherin, Präsidenten, des Sprechers, Expertinnen.
  const forms = [w, w.replace(/innen$/, ''), w.replace(/in$/, ''), w.replace(/en$/, ''), w.replace(/e?s$/, ''), w.replace(/n$/, '')];
  for (const form of forms) {
    for (const [suffix, info] of GERMAN_ROLES) if (form.endsWith(suffix)) return info;
  }
  return null;
}

export function englishRole(word: string, previous?: string): RoleInfo | null {
  const w = word.toLowerCase().replace(/s$/, (m) => (ENGLISH_ROLES.has(word.toLowerCase()) ? m : ''));
  const info = ENGLISH_ROLES.get(w) ?? ENGLISH_ROLES.get(word.toLowerCase());
  if (!info) return null;
  if (previous && (info.role === 'minister' || info.role === 'official' || info.role === 'spokesperson')) {
    const specific = ENGLISH_ROLE_MODIFIERS.get(previous.toLowerCase());
    if (specific && (info.role === 'minister' || specific.role === 'intelligence_chief' || specific.role === 'military')) return specific;
  }
  return info;
}

export interface OrgHead {
  type: SourceType;
  institution?: InstitutionKind;
}

const GERMAN_ORG_HEADS: [string, OrgHead][] = (
  [
    ['verteidigungsministerium', { type: 'government', institution: 'defence_ministry' }],
    ['außenministerium', { type: 'government', institution: 'foreign_ministry' }],
    ['innenministerium', { type: 'government', institution: 'interior_ministry' }],
    ['ministerium', { type: 'government' }],
    ['regierung', { type: 'government', institution: 'government' }],
    ['führung', { type: 'government', institution: 'government' }],
    ['präsidialamt', { type: 'government', institution: 'presidency' }],
    ['präsidialverwaltung', { type: 'government', institution: 'presidency' }],
    ['kanzleramt', { type: 'government', institution: 'government' }],
    ['behörde', { type: 'government' }],
    ['behörden', { type: 'government', institution: 'government' }],
    ['verwaltung', { type: 'government' }],
    ['polizei', { type: 'government' }],
    ['stadt', { type: 'government' }],
    ['landkreis', { type: 'government' }],
    ['rathaus', { type: 'government' }],
    ['staatsanwaltschaft', { type: 'government' }],
    ['amt', { type: 'government' }],
    ['kabinett', { type: 'government', institution: 'government' }],
    ['parlament', { type: 'government', institution: 'parliament' }],
    ['botschaft', { type: 'government', institution: 'foreign_ministry' }],
    ['geheimdienst', { type: 'intelligence_agency', institution: 'intelligence' }],
    ['geheimdienste', { type: 'anonymous' }],
    ['nachrichtendienst', { type: 'intelligence_agency', institution: 'intelligence' }],
    ['nachrichtenagentur', { type: 'news_agency' }],
    ['presseagentur', { type: 'news_agency' }],
    ['staatsagentur', { type: 'news_agency' }],
    ['zeitung', { type: 'media_outlet' }],
    ['sender', { type: 'media_outlet' }],
    ['fernsehen', { type: 'media_outlet' }],
    ['staatsfernsehen', { type: 'media_outlet' }],
    ['staatsmedien', { type: 'media_outlet' }],
    ['magazin', { type: 'media_outlet' }],
    ['blatt', { type: 'media_outlet' }],
    ['rundfunk', { type: 'media_outlet' }],
    ['portal', { type: 'media_outlet' }],
    ['armee', { type: 'military', institution: 'military' }],
    ['militär', { type: 'military', institution: 'military' }],
    ['streitkräfte', { type: 'military', institution: 'military' }],
    ['generalstab', { type: 'military', institution: 'military' }],
    ['marine', { type: 'military' }],
    ['luftwaffe', { type: 'military' }],
    ['abwehr', { type: 'military' }],
    ['fraktion', { type: 'other' }],
    ['verbraucherzentrale', { type: 'other' }],
    ['zentrale', { type: 'other' }],
    ['organisation', { type: 'other' }],
    ['institut', { type: 'other' }],
    ['kommission', { type: 'other' }],
    ['verband', { type: 'other' }],
    ['unternehmen', { type: 'other' }],
    ['firma', { type: 'other' }],
    ['betreiberfirma', { type: 'other' }],
    ['versicherung', { type: 'other' }],
    ['gesellschaft', { type: 'other' }],
    ['stiftung', { type: 'other' }],
    ['universität', { type: 'other' }],
    ['klinik', { type: 'other' }],
    ['krankenhaus', { type: 'other' }],
    ['feuerwehr', { type: 'government' }],
    ['gericht', { type: 'other' }],
    ['hersteller', { type: 'other' }],
    ['betreiber', { type: 'other' }],
    ['bank', { type: 'other' }],
    ['konzern', { type: 'other' }],
    ['partei', { type: 'other' }],
    ['gewerkschaft', { type: 'other' }],
    ['wetterdienst', { type: 'government' }],
    ['rettungsdienst', { type: 'other' }],
    ['konferenz', { type: 'government' }],
    ['bahn', { type: 'other' }],
    ['werke', { type: 'other' }],
    ['aufsicht', { type: 'government' }],
    ['kammer', { type: 'other' }],
    ['agentur', { type: 'government' }],
    ['bundesamt', { type: 'government' }],
  ] as [string, OrgHead][]
).sort((a, b) => b[0].length - a[0].length);

const ENGLISH_ORG_HEADS = new Map<string, OrgHead>([
  ['body', { type: 'other' }],
  ['ministry', { type: 'government' }],
  ['department', { type: 'government' }],
  ['government', { type: 'government', institution: 'government' }],
  ['administration', { type: 'government', institution: 'government' }],
  ['authorities', { type: 'government', institution: 'government' }],
  ['office', { type: 'government' }],
  ['police', { type: 'government' }],
  ['embassy', { type: 'government', institution: 'foreign_ministry' }],
  ['cabinet', { type: 'government', institution: 'government' }],
  ['parliament', { type: 'government', institution: 'parliament' }],
  ['congress', { type: 'government', institution: 'parliament' }],
  ['senate', { type: 'government', institution: 'parliament' }],
  ['regulator', { type: 'government' }],
  ['watchdog', { type: 'other' }],
  ['agency', { type: 'government' }],
  ['service', { type: 'government' }],
  ['newspaper', { type: 'media_outlet' }],
  ['daily', { type: 'media_outlet' }],
  ['broadcaster', { type: 'media_outlet' }],
  ['network', { type: 'media_outlet' }],
  ['outlet', { type: 'media_outlet' }],
  ['media', { type: 'media_outlet' }],
  ['television', { type: 'media_outlet' }],
  ['military', { type: 'military', institution: 'military' }],
  ['army', { type: 'military', institution: 'military' }],
  ['forces', { type: 'military', institution: 'military' }],
  ['navy', { type: 'military' }],
  ['command', { type: 'military' }],
  ['staff', { type: 'military', institution: 'military' }],
  ['council', { type: 'other' }],
  ['commission', { type: 'other' }],
  ['organization', { type: 'other' }],
  ['organisation', { type: 'other' }],
  ['institute', { type: 'other' }],
  ['company', { type: 'other' }],
  ['firm', { type: 'other' }],
  ['corporation', { type: 'other' }],
  ['bank', { type: 'other' }],
  ['airline', { type: 'other' }],
  ['insurer', { type: 'other' }],
  ['lender', { type: 'other' }],
  ['manufacturer', { type: 'other' }],
  ['maker', { type: 'other' }],
  ['retailer', { type: 'other' }],
  ['operator', { type: 'other' }],
  ['university', { type: 'other' }],
  ['hospital', { type: 'other' }],
  ['charity', { type: 'other' }],
  ['group', { type: 'other' }],
  ['court', { type: 'other' }],
  ['union', { type: 'other' }],
  ['party', { type: 'other' }],
]);

/** `carmaker`, `chipmaker`, `drugmaker`: a company. */
const MAKER: OrgHead = { type: 'other' };

/** English modifiers that type an organisation: `spy agency`, `news agency`, `defense ministry`. */
const ENGLISH_ORG_MODIFIERS = new Map<string, OrgHead>([
  ['spy', { type: 'intelligence_agency', institution: 'intelligence' }],
  ['intelligence', { type: 'intelligence_agency', institution: 'intelligence' }],
  ['news', { type: 'news_agency' }],
  ['press', { type: 'news_agency' }],
  ['defense', { type: 'government', institution: 'defence_ministry' }],
  ['defence', { type: 'government', institution: 'defence_ministry' }],
  ['foreign', { type: 'government', institution: 'foreign_ministry' }],
  ['interior', { type: 'government', institution: 'interior_ministry' }],
  ['presidential', { type: 'government', institution: 'presidency' }],
  ['health', { type: 'government' }],
  ['state', { type: 'media_outlet' }],
]);

export const germanOrgHead: (word: string) => OrgHead | null = memo(computeGermanOrgHead);

function computeGermanOrgHead(word: string): OrgHead | null {
  const w = word.toLowerCase();
  for (const form of [w, w.replace(/(?:es|s|en|n)$/, '')]) {
    for (const [suffix, info] of GERMAN_ORG_HEADS) {
      if (form.endsWith(suffix)) return info;
    }
  }
  return null;
}

export function englishOrgHead(word: string, previous?: string): OrgHead | null {
  const w = word.toLowerCase();
  const info = ENGLISH_ORG_HEADS.get(w) ?? (w.endsWith('ies') ? null : ENGLISH_ORG_HEADS.get(w.replace(/s$/, ''))) ?? (/^[a-z]{2,}makers?$/.test(w) ? MAKER : undefined);
  if (!info) return null;
  const mod = previous ? ENGLISH_ORG_MODIFIERS.get(previous.toLowerCase()) : undefined;
  if (mod && !(mod.type === 'media_outlet' && w !== 'media')) return mod;
  return info;
}

// Unnamed and collective sources. German by suffix (`Regierungskreisen`, `Geheimdienstquellen`).
const GERMAN_ANONYMOUS = ['kreise', 'kreisen', 'quellen', 'quelle', 'insider', 'beamte', 'beamten', 'beamter', 'vertreter', 'vertretern', 'diplomaten', 'militärs', 'erkenntnisse', 'erkenntnissen', 'informationen', 'berichte', 'berichten', 'beobachter', 'beobachtern', 'experten', 'personen', 'mitarbeiter', 'mitarbeitern', 'umfeld', 'augenzeugen', 'einschätzungen', 'schätzungen', 'geheimdienste', 'geheimdiensten', 'sicherheitsbehörden', 'medien', 'meteorologen', 'ermittler', 'ermittlern', 'analysten', 'händler', 'händlern', 'fachleute', 'fachleuten', 'ärzte', 'ärzten'];
const ENGLISH_ANONYMOUS = new Set(['officials', 'official', 'sources', 'source', 'people', 'person', 'insiders', 'insider', 'diplomats', 'diplomat', 'analysts', 'intelligence', 'reports', 'lawmakers', 'aides', 'aide', 'observers', 'witnesses', 'residents', 'experts', 'estimates', 'assessments', 'agencies', 'services', 'traders', 'investors', 'economists', 'bankers', 'mps', 'scientists', 'doctors', 'activists', 'investigators', 'researchers', 'resident', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'witness', 'critics', 'campaigners', 'protesters', 'relatives', 'landlord', 'frontbencher', 'backbencher', 'employees', 'staff']);

export const isGermanAnonymousHead: (word: string) => boolean = memo(computeGermanAnonymousHead);

function computeGermanAnonymousHead(word: string): boolean {
  const w = word.toLowerCase();
  return GERMAN_ANONYMOUS.some((s) => w.endsWith(s) && (w.length === s.length || s.length >= 5));
}

export function isEnglishAnonymousHead(word: string): boolean {
  return ENGLISH_ANONYMOUS.has(word.toLowerCase());
}

/**
 * German head nouns that name a kind of outlet and never open an outlet's own name (`die Zeitung Nordkurier`,
 * `der Sender Radio Elbe`; unlike `Rundfunk Berlin-Brandenburg`): the capitalised or quoted words after them are the name.
 */
export const GENERIC_OUTLET_HEADS = 'zeitung|magazin|sender|blatt|portal|agentur|kanal';

