import type { ExtractionLanguage } from '../types';

/**
 * Whether the article keeps its distance from a claim. German reported speech in the subjunctive
 * (`seien`, `gehe … aus`, `werde`), reportative modals (`soll`) and hedge words (`mutmaßlich`,
 * `angeblich`; `allegedly`, `reportedly`, `claimed`) mark the claim as someone else's, not the
 * article's. Read on the sentence with quotations masked: a hedge inside a quote is the speaker's.
 */

// Subjunctive I (and the subjunctive II that replaces it where I equals the indicative).
export const GERMAN_SUBJUNCTIVE = /\b(?:sei|seien|seiest|habe|hätten|werde|würde|würden|gebe|gehe|könne|müsse|solle|wolle|dürfe|möge|bleibe|liege|lägen|stehe|stünden|komme|kämen|handle|handele|wisse|sehe|gelte|befinde|verfüge|brauche|fehle|plane|arbeite|erwarte|halte|führe|trage|zeige|lasse|sorge|suche|diene|drohe|bedeute|bestehe|betrage|reiche|stamme|sitze|falle|laufe|nehme|spiele|stelle|lege|ziele|biete|warte|kenne|nenne|rechne|beginne|setze|treffe|mache|meine|glaube|hoffe|gehöre|entspreche|erreiche|verliere|gewinne|leide|lebe|wachse|sinke|steige|koste|zahle|ändere|verlange|fordere|erfordere|benötige|schütze|unterstütze|gäbe|gäben|täten|erhielte|erhielten|wären)\b/;
/** Subjunctive I proper: strong evidence of reported speech even without a verb of saying. */
export const GERMAN_SUBJUNCTIVE_I = /\b(?:sei|seien|habe|werde|gebe|gehe|könne|müsse|solle|wolle|dürfe|möge|bleibe|liege|stehe|komme|handle|handele|wisse|sehe|gelte|befinde|verfüge|brauche|fehle|plane|arbeite|erwarte|halte|führe|trage|zeige|lasse|sorge|suche|diene|drohe|bedeute|bestehe|betrage|reiche|stamme|sitze|falle|laufe|nehme|spiele|stelle|lege|ziele|biete|warte|kenne|nenne|rechne|beginne|setze|treffe|mache|meine|glaube|hoffe|gehöre|entspreche|erreiche|verliere|gewinne|leide|lebe|wachse|sinke|steige|koste|zahle|ändere|verlange|fordere|erfordere|benötige|schütze|unterstütze)\b/;
/**
 * Subjunctive I of a verb the list does not know, recognised by its shape before a reflexive pronoun:
 * `fühle sich`, `wende sich`, `ergebe sich` (the indicative would be `fühlt`, `wendet`). Preterites in
 * `-te` (`zeigte sich`) and determiners (`welche sich`, `diese sich`) are not subjunctives.
 */
const GERMAN_SUBJUNCTIVE_I_SHAPE = /\b(?!(?:welche|solche|manche|jede|alle|beide|keine|eine|seine|ihre|meine|deine|unsere|eure|diese|jene|gerne|ohne|wurde|ganze|große|andere|viele|wenige|einige|mehrere|deren|dere|gleiche|selbe|ebendiese)\b)([a-zäöüß]{3,}[^t\s]e) sich\b/;

/**
 * The same shape next to a subject pronoun: `Sie prüfe derzeit …`, `Derzeit prüfe er …` (indicative
 * `prüft`). Words that end in `-e` but are no verbs (`gerade er`, `lange sie`) are left out.
 */
const NOT_VERBS_IN_E = '(?:welche|solche|manche|jede|alle|beide|keine|eine|seine|ihre|meine|deine|unsere|eure|diese|jene|gerne|ohne|wurde|ganze|große|andere|viele|wenige|einige|mehrere|deren|gleiche|gerade|lange|nahe|ebenfalls|bitte|ende|gegebene|genaue|eigene)';
const GERMAN_SUBJUNCTIVE_I_PRONOUN = new RegExp(`(?:\\b(?:Er|Sie|Man|er|sie|man)\\s+(?!${NOT_VERBS_IN_E}\\b)([a-zäöüß]{3,}[^t\\s]e)\\b|\\b(?!${NOT_VERBS_IN_E}\\b)([a-zäöüß]{3,}[^t\\s]e)\\s+(?:er|sie|man)\\b)`);

/** The subjunctive I form that marks a sentence as reported speech, or null. */
export function germanSubjunctiveI(masked: string): string | null {
  const m = GERMAN_SUBJUNCTIVE_I.exec(masked);
  if (m) return m[0];
  const shape = masked.includes('e sich') ? GERMAN_SUBJUNCTIVE_I_SHAPE.exec(masked) : null;
  if (shape) return shape[1];
  const pronoun = GERMAN_SUBJUNCTIVE_I_PRONOUN.exec(masked);
  return pronoun ? (pronoun[1] ?? pronoun[2]) : null;
}

const GERMAN_HEDGES = /\b(?:soll|sollen|mutmaßlich\p{L}*|angeblich\p{L}*|vermeintlich\p{L}*|offenbar|offenkundig|vermutlich|unbestätigt\p{L}*|Berichten zufolge|dem Vernehmen nach)\b/u;
const ENGLISH_HEDGES = /\b(?:allegedly|alleged|reportedly|purportedly|supposedly|apparently|claimed|claims|claiming|unconfirmed|unverified|(?:is|are|was|were) (?:said|believed|thought|understood|reported) to)\b/;

export function isHedged(maskedSentence: string, lang: ExtractionLanguage, verbHedge: boolean): boolean {
  if (verbHedge) return true;
  if (lang === 'de') return GERMAN_SUBJUNCTIVE.test(maskedSentence) || GERMAN_HEDGES.test(maskedSentence) || (maskedSentence.includes('e sich') && GERMAN_SUBJUNCTIVE_I_SHAPE.test(maskedSentence));
  return ENGLISH_HEDGES.test(maskedSentence);
}
