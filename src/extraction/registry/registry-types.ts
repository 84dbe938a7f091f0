import type { SourceType } from '../../common/vocabulary';

/** What kind of institution an organisation is; lets `Südkoreas Verteidigungsminister` find its ministry. */
export type InstitutionKind =
  | 'government'
  | 'presidency'
  | 'foreign_ministry'
  | 'defence_ministry'
  | 'interior_ministry'
  | 'intelligence'
  | 'military'
  | 'parliament'
  | 'security_council';

/** What a person does; lets `der Spitzendiplomat` or `the minister` find the person meant. */
export type RoleClass =
  | 'head_of_state'
  | 'head_of_government'
  | 'foreign_minister'
  | 'defence_minister'
  | 'interior_minister'
  | 'minister'
  | 'spokesperson'
  | 'diplomat'
  | 'military'
  | 'intelligence_chief'
  | 'secretary_general'
  | 'official'
  | 'lawmaker'
  | 'expert'
  | 'leader';

/** One curated, well-known source. Persons carry the organisation they speak for. */
export interface RegistrySource {
  id: string;
  name: string;
  type: SourceType;
  /** ISO 3166-1 alpha-2, or null for international bodies. */
  country: string | null;
  /** Other names in German and English; inflected forms are matched by stem, not listed. */
  aliases: string[];
  /** Registry id of the organisation a person speaks for. */
  affiliationId: string | null;
  institution?: InstitutionKind;
  role?: RoleClass;
}
