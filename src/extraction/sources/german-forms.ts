/**
 * Names for sources that are not in the registry are written in the nominative, the way a
 * checker would file them: `aus Regierungskreisen in Seoul` -> `Regierungskreise in Seoul`,
 * `nach übereinstimmenden westlichen Erkenntnissen` -> `westliche Erkenntnisse`,
 * `des russischen Außenministeriums` -> `russisches Außenministerium`. Rule-based and approximate:
 * gender is guessed from the noun's suffix.
 */
type Gender = 'm' | 'f' | 'n' | 'pl';

const NEUTER = /(ministerium|amt|institut|büro|haus|zentrum|komitee|parlament|gericht|kabinett|bündnis|militär|unternehmen|fernsehen|magazin|portal|umfeld|präsidium)$/;
const FEMININE = /(ung|ion|behörde|agentur|kommission|organisation|union|partei|armee|polizei|verwaltung|zeitung|bank|gruppe|schaft|führung|marine|luftwaffe|regierung|quelle|in)$/;
const PLURAL = /(kreise|quellen|erkenntnisse|informationen|berichte|beamte|vertreter|diplomaten|militärs|beobachter|experten|personen|mitarbeiter|streitkräfte|geheimdienste|behörden|medien|sicherheitsbehörden|insider|einschätzungen|schätzungen|augenzeugen)$/;

/** Adjectives that add nothing to a source's identity (`übereinstimmenden`, `eigenen`, `ersten`). */
const DROP_ADJECTIVES = /^(übereinstimmend|erst|eigen|neu|neuest|jüngst|bisherig|vorläufig|aktuell|weiter|zahlreich|mehrer|verschieden|unterschiedlich|vertraulich)(e|en|em|er|es)?$/;

/** Nominative of a plural or genitive/dative head noun. */
function headNominative(noun: string): { noun: string; gender: Gender } {
  const lower = noun.toLowerCase();
  const plural = lower.replace(/n$/, '');
  if (PLURAL.test(lower) || PLURAL.test(plural)) {
    // Dative plural adds -n to plurals in -e (`Kreisen` -> `Kreise`, `Erkenntnissen` -> `Erkenntnisse`).
    const nom = PLURAL.test(lower) ? noun : noun.slice(0, -1);
    return { noun: nom, gender: 'pl' };
  }
  // Genitive singular -es/-s of masculine and neuter nouns (`Geheimdienstes`, `Ministeriums`).
  for (const cut of ['es', 's']) {
    if (lower.endsWith(cut)) {
      const base = lower.slice(0, -cut.length);
      if (NEUTER.test(base) || /(dienst|rat|stab|er|minister|präsident|kreml|verband|konzern|staat|anwalt|chef|direktor|vorstand|arzt)$/.test(base)) {
        return { noun: noun.slice(0, -cut.length), gender: NEUTER.test(base) ? 'n' : 'm' };
      }
    }
  }
  if (NEUTER.test(lower)) return { noun, gender: 'n' };
  if (FEMININE.test(lower)) return { noun, gender: 'f' };
  return { noun, gender: 'm' };
}

const ADJ_END = /(e|en|em|er|es)$/;
const ENDING: Record<Gender, string> = { m: 'er', f: 'e', n: 'es', pl: 'e' };

/**
 * Nominative of `[adjectives] Head [rest]` without article. `words` are the surface words of the
 * phrase; the head is the first capitalised noun after the adjectives; everything after the head
 * (genitive attributes, `in Seoul`) is kept as written.
 */
export function germanNominative(words: string[]): string {
  let i = 0;
  while (i < words.length && /^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)$/i.test(words[i])) i++;
  const adjectives: string[] = [];
  while (i < words.length && isAdjective(words[i]) && i + 1 < words.length) {
    adjectives.push(words[i]);
    i++;
  }
  if (i >= words.length) return words.join(' ');
  const { noun, gender } = headNominative(words[i]);
  const adj = adjectives
    .filter((a) => !DROP_ADJECTIVES.test(a.toLowerCase()))
    .map((a) => a.replace(ADJ_END, '') + ENDING[gender]);
  return [...adj, noun, ...words.slice(i + 1)].join(' ');
}

/** Function words and verbs that merely end like adjectives (`der`, `wurde`, `sieben`). */
const NOT_ADJECTIVES = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen diese dieser dieses diesem diesen jene jener welche welcher welches ' +
    'sie ihre ihren ihrer ihrem ihres seine seiner seinen seinem seines unsere unserer euer wir ihr er es man aber oder sondern ' +
    'wurde wurden werde werden wäre wären habe haben hatte hatten hätte hätten sei seien sollte sollten könne können könnte könnten ' +
    'müsse müssen müsste dürfe dürfen wolle wollen möge mögen sieben neun zehn elf zwölf zwanzig dreißig hundert tausend ' +
    'sehr mehr weiter wieder immer schon gerne lange heute gestern morgen ohne gegen unter über hinter vor nach wieder daher ' +
    'sagen sagte sagten erklärte betonte gehen gehe ging sehen sehe geben gebe kommen komme nehmen stehen liegen bleiben'
  ).split(' '),
);

/** A lower-case inflected adjective (`südkoreanischen`), or a capitalised one inside a proper name (`Nationalen`). */
export function isAdjective(word: string): boolean {
  if (NOT_ADJECTIVES.has(word.toLowerCase()) || word.length < 4) return false;
  return /^\p{Ll}[\p{Ll}-]*(?:e|en|em|er|es)$/u.test(word) || /^\p{Lu}\p{Ll}+(?:isch|lich|al|ig)(?:e|en|em|er|es)$/u.test(word);
}
