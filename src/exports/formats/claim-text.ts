import type { ReportAttribution, ReportClaim, ReportEvidence, ReportSource, ReportVerdict } from '../report.types';
import type { ReportLabels } from './labels';
import { formatDateTime, oneLine, personName, sourceDescription } from './report-text';

/**
 * Plain-text pieces of a claim's details, shared by the HTML, Markdown and PDF reports so all three
 * say the same thing. Each format escapes these pieces its own way; nothing here is markup.
 */
export function sourceDetails(source: ReportSource, labels: ReportLabels): string {
  const parts = [sourceDescription(source, labels.sourceType[source.type])];
  if (source.affiliation) parts.push(`${labels.text.affiliation} ${oneLine(source.affiliation.name)}`);
  return parts.join('; ');
}

/** e.g. `speaker, cue „laut“` */
export function attributionDetails(attribution: ReportAttribution, labels: ReportLabels): string {
  const parts = [labels.role[attribution.role]];
  if (attribution.cue) parts.push(`${labels.text.cue} „${oneLine(attribution.cue)}“`);
  return parts.join(', ');
}

/** Everything about one piece of evidence except its URL, which formats render as a link. */
export function evidenceLine(evidence: ReportEvidence, labels: ReportLabels): string {
  const parts: string[] = [];
  if (evidence.linkedClaim) parts.push(`${labels.text.linkedClaim} #${evidence.linkedClaim.id}: „${oneLine(evidence.linkedClaim.text)}“`);
  if (evidence.note) parts.push(oneLine(evidence.note));
  if (evidence.source) parts.push(`— ${oneLine(evidence.source.name)}`);
  const who = personName(evidence.createdBy);
  const when = formatDateTime(evidence.createdAt);
  if (who) parts.push(`(${labels.text.addedBy} ${[who, when].filter(Boolean).join(', ')})`);
  else if (when) parts.push(`(${when})`);
  return parts.join(' ');
}

export function verdictLines(verdict: ReportVerdict | null, labels: ReportLabels): { label: string; rationale: string | null; review: string; approval: string } | null {
  if (!verdict) return null;
  const reviewed = [personName(verdict.reviewer), formatDateTime(verdict.givenAt)].filter(Boolean).join(', ');
  const approved = [personName(verdict.approvedBy), formatDateTime(verdict.approvedAt)].filter(Boolean).join(', ');
  return {
    label: labels.status[verdict.status],
    rationale: verdict.rationale,
    review: reviewed ? `${labels.text.reviewedBy} ${reviewed}` : '',
    approval: verdict.approvedAt ? `${labels.text.approvedBy} ${approved}` : labels.text.notApproved,
  };
}

/** `statistic · extracted · confidence 0.82` */
export function claimFacts(claim: ReportClaim, labels: ReportLabels): string {
  const parts = [`${labels.text.kind}: ${labels.kind[claim.kind]}`, `${labels.text.origin}: ${claim.origin}`];
  if (claim.confidence !== null) parts.push(`${labels.text.confidence}: ${claim.confidence.toFixed(2)}`);
  return parts.join(' · ');
}
