import type { AttributionRole, ClaimKind, EvidenceStance } from '../../common/vocabulary';
import type { ClaimStatus } from '../../common/vocabulary';
import type { SourceType } from '../../common/vocabulary';

/** Human label sets for the reports. The language follows `ExportSettings.ratingLabels`. */
type LabelLanguage = 'en' | 'de';

export interface ReportLabels {
  status: Record<ClaimStatus, string>;
  /** One line per status for the legend, so a reader knows what each colour means. */
  statusMeaning: Record<ClaimStatus, string>;
  role: Record<AttributionRole, string>;
  stance: Record<EvidenceStance, string>;
  kind: Record<ClaimKind, string>;
  sourceType: Record<SourceType, string>;
  text: {
    report: string; summary: string; legend: string; claims: string; sourcesCited: string; article: string;
    total: string; claim: string; quote: string; sources: string; evidence: string; verdict: string;
    noSources: string; noEvidence: string; noVerdict: string; reviewedBy: string; approvedBy: string;
    notApproved: string; orphaned: string; overlaps: string; cue: string; generated: string; revision: string;
    published: string; byline: string; wire: string; outlet: string; linkedClaim: string; addedBy: string;
    confidence: string; origin: string; kind: string; status: string; affiliation: string; noClaims: string;
  };
}

const EN: ReportLabels = {
  status: { unverified: 'Unverified', in_review: 'In review', corroborated: 'Corroborated', disputed: 'Disputed', inconclusive: 'Inconclusive' },
  statusMeaning: {
    unverified: 'nobody has checked this claim yet',
    in_review: 'a fact-checker is working on it',
    corroborated: 'independent supporting evidence was found',
    disputed: 'refuting evidence was found',
    inconclusive: 'the evidence does not settle it',
  },
  role: { speaker: 'speaker', relay: 'relay', anonymous: 'anonymous' },
  stance: { supports: 'supports', refutes: 'refutes', context: 'context' },
  kind: { statistic: 'statistic', event: 'event', quote: 'quote', statement: 'statement', prediction: 'prediction' },
  sourceType: {
    person: 'person', intelligence_agency: 'intelligence agency', news_agency: 'news agency', government: 'government',
    international_organization: 'international organization', military: 'military', media_outlet: 'media outlet', organization: 'organization', company: 'company',
    anonymous: 'anonymous', other: 'other',
  },
  text: {
    report: 'Fact-check report', summary: 'Summary', legend: 'Legend', claims: 'Claims', sourcesCited: 'Sources cited',
    article: 'Article', total: 'Total', claim: 'Claim', quote: 'Quote', sources: 'Sources', evidence: 'Evidence',
    verdict: 'Verdict', noSources: 'No attributed source.', noEvidence: 'No evidence yet.', noVerdict: 'No verdict yet.',
    reviewedBy: 'reviewed by', approvedBy: 'approved by', notApproved: 'not yet approved by an editor',
    orphaned: 'Quote not found in the current article text: listed, not highlighted.',
    overlaps: 'Crosses the boundary of another highlighted claim: marked by its number in the text, not highlighted.',
    cue: 'cue', generated: 'Generated', revision: 'revision', published: 'Published', byline: 'By', wire: 'Wire',
    outlet: 'Outlet', linkedClaim: 'claim', addedBy: 'added by', confidence: 'confidence', origin: 'origin',
    kind: 'kind', status: 'Status', affiliation: 'affiliated with', noClaims: 'No claims marked in this article.',
  },
};

const DE: ReportLabels = {
  status: { unverified: 'Ungeprüft', in_review: 'In Prüfung', corroborated: 'Bestätigt', disputed: 'Widerlegt', inconclusive: 'Nicht eindeutig' },
  statusMeaning: {
    unverified: 'noch von niemandem geprüft',
    in_review: 'wird gerade geprüft',
    corroborated: 'unabhängige stützende Belege gefunden',
    disputed: 'widerlegende Belege gefunden',
    inconclusive: 'die Beleglage ist nicht eindeutig',
  },
  role: { speaker: 'Urheber', relay: 'Übermittler', anonymous: 'anonym' },
  stance: { supports: 'stützt', refutes: 'widerlegt', context: 'Kontext' },
  kind: { statistic: 'Zahl', event: 'Ereignis', quote: 'Zitat', statement: 'Aussage', prediction: 'Prognose' },
  sourceType: {
    person: 'Person', intelligence_agency: 'Geheimdienst', news_agency: 'Nachrichtenagentur', government: 'Regierung',
    international_organization: 'internationale Organisation', military: 'Militär', media_outlet: 'Medium', organization: 'Organisation', company: 'Unternehmen',
    anonymous: 'anonym', other: 'sonstige',
  },
  text: {
    report: 'Faktencheck-Bericht', summary: 'Übersicht', legend: 'Legende', claims: 'Behauptungen', sourcesCited: 'Zitierte Quellen',
    article: 'Artikel', total: 'Gesamt', claim: 'Behauptung', quote: 'Zitat', sources: 'Quellen', evidence: 'Belege',
    verdict: 'Urteil', noSources: 'Keine zugeordnete Quelle.', noEvidence: 'Noch keine Belege.', noVerdict: 'Noch kein Urteil.',
    reviewedBy: 'geprüft von', approvedBy: 'freigegeben von', notApproved: 'noch nicht von der Redaktion freigegeben',
    orphaned: 'Zitat im aktuellen Artikeltext nicht gefunden: aufgeführt, nicht markiert.',
    overlaps: 'Überschneidet eine andere markierte Behauptung: im Text nur mit ihrer Nummer gekennzeichnet.',
    cue: 'Signalwort', generated: 'Erstellt', revision: 'Revision', published: 'Veröffentlicht', byline: 'Von', wire: 'Agenturen',
    outlet: 'Medium', linkedClaim: 'Behauptung', addedBy: 'hinzugefügt von', confidence: 'Konfidenz', origin: 'Herkunft',
    kind: 'Art', status: 'Status', affiliation: 'gehört zu', noClaims: 'In diesem Artikel sind keine Behauptungen markiert.',
  },
};

const REPORT_LABELS: Record<LabelLanguage, ReportLabels> = { en: EN, de: DE };

export function labelsFor(language: LabelLanguage | undefined): ReportLabels {
  return REPORT_LABELS[language ?? 'en'] ?? EN;
}
