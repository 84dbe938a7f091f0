import type { InstitutionKind, RoleClass } from '../registry/registry-types';
import type { SourceType } from '../../common/vocabulary';
import type { SourceRef } from '../types';

/**
 * What a source phrase in one sentence names, before the discourse resolves back-references.
 * `direct` is fully identified by the phrase itself; the other kinds point back to a source named
 * earlier (`er`, `der Spitzendiplomat`, `Cho`, `the agency`, `dem Bericht zufolge`).
 */
export type Mention =
  | { kind: 'direct'; source: SourceRef; org: Mention | null; role: RoleClass | null; surface: string }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'it' | 'they'; surface: string }
  | { kind: 'definite-person'; role: RoleClass | null; country: string | null; fallback: Mention | null; surface: string }
  | { kind: 'definite-org'; type: SourceType | null; institution: InstitutionKind | null; head: string; surface: string; within?: { prefix: string; source: SourceRef } }
  | { kind: 'report'; surface: string }
  | { kind: 'shortname'; words: string[]; country: string | null; org: Mention | null; role: RoleClass | null; surface: string };
