/**
 * German reporting verbs with every form a news sentence uses: present and past, singular and
 * plural, subjunctive I and II, participle, and for separable verbs both the split main-clause
 * form (`kündigte … an`) and the joined verb-final form (`wie er ankündigte`). Generated from
 * stems so that adding a verb is one line.
 */
export interface GermanVerb {
  lemma: string;
  /** Separable particle that must close the clause (`an`, `mit`, `zurück`). */
  particle?: string;
  /** Preposition the verb needs to report (`sprach von`, `bezeichnete … als`). */
  needs?: string;
  /** The article distances itself (`behauptete`). */
  hedge?: boolean;
  /** The content is a forecast (`sagte … voraus`, `erwartet`). */
  prediction?: boolean;
  /** A publisher reporting someone else (`berichtete`, `meldete`): relay when another speaker is named. */
  relay?: boolean;
}

export interface GermanVerbForm {
  verb: GermanVerb;
  /** finite = main-clause finite form; participle; final = joined separable form at the clause end. */
  form: 'finite' | 'participle' | 'final';
}

const INSEPARABLE = /^(be|er|ver|ent|zer|emp|miss|ge|hinter|über|unter|wider)/;

function needsE(stem: string): boolean {
  return /(t|d|chn|gn|ffn|dn|tm|[^aeiouäöülrh]n|[^aeiouäöülrh]m)$/.test(stem);
}

/** Regular (weak) verb from its present stem: `sag` -> sagt, sagte, sagten, sage, sagen, gesagt. */
function weak(stem: string, verb: GermanVerb): [string, GermanVerbForm][] {
  const e = needsE(stem) ? 'e' : '';
  const finite = [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}e`, `${stem}en`];
  const participleCore = INSEPARABLE.test(stem) || stem.endsWith('ier') ? `${stem}${e}t` : `ge${stem}${e}t`;
  return forms(verb, finite, participleCore);
}

/** Irregular (strong) verb: finite forms and participle listed. */
function strong(finite: string[], participle: string, verb: GermanVerb): [string, GermanVerbForm][] {
  return forms(verb, finite, participle);
}

function forms(verb: GermanVerb, finite: string[], participleCore: string): [string, GermanVerbForm][] {
  const out: [string, GermanVerbForm][] = [];
  const p = verb.particle ?? '';
  for (const f of finite) {
    out.push([f, { verb, form: 'finite' }]);
    if (p) out.push([p + f, { verb, form: 'final' }]);
  }
  out.push([p + participleCore, { verb, form: 'participle' }]);
  return out;
}

const v = (lemma: string, extra: Omit<GermanVerb, 'lemma'> = {}): GermanVerb => ({ lemma, ...extra });

const ENTRIES: [string, GermanVerbForm][] = [
  ...weak('sag', v('sagen')),
  ...weak('erklär', v('erklären')),
  ...weak('beton', v('betonen')),
  ...weak('teil', v('mitteilen', { particle: 'mit' })),
  ...weak('kündig', v('ankündigen', { particle: 'an' })),
  ...weak('bezeichn', v('bezeichnen', { needs: 'als' })),
  ...strong(['spricht', 'sprach', 'sprachen', 'spreche', 'sprechen'], 'gesprochen', v('sprechen', { needs: 'von' })),
  ...weak('beschuldig', v('beschuldigen')),
  ...weak('entgegn', v('entgegnen')),
  ...weak('bestätig', v('bestätigen')),
  ...strong(['weist', 'wies', 'wiesen', 'weise', 'weisen'], 'gewiesen', v('zurückweisen', { particle: 'zurück' })),
  ...strong(['weist', 'wies', 'wiesen', 'weise', 'weisen'], 'gewiesen', v('hinweisen', { particle: 'hin' })),
  ...weak('bericht', v('berichten', { relay: true })),
  ...weak('meld', v('melden', { relay: true })),
  ...weak('warn', v('warnen')),
  ...weak('erläuter', v('erläutern')),
  ...weak('bekräftig', v('bekräftigen')),
  ...weak('versicher', v('versichern')),
  ...weak('behaupt', v('behaupten', { hedge: true })),
  ...weak('äußer', v('äußern')),
  ...weak('forder', v('fordern')),
  ...weak('forder', v('auffordern', { particle: 'auf' })),
  ...weak('kritisier', v('kritisieren')),
  ...weak('dementier', v('dementieren')),
  ...strong(['bestreitet', 'bestritt', 'bestritten', 'bestreite', 'bestreiten'], 'bestritten', v('bestreiten')),
  ...weak('räum', v('einräumen', { particle: 'ein' })),
  ...strong(['gibt', 'gab', 'gaben', 'gebe', 'geben'], 'gegeben', v('zugeben', { particle: 'zu' })),
  ...strong(['gibt', 'gab', 'gaben', 'gebe', 'geben'], 'gegeben', v('bekanntgeben', { particle: 'bekannt' })),
  ...strong(['gibt', 'gab', 'gaben', 'gebe', 'geben'], 'gegeben', v('angeben', { particle: 'an' })),
  ...weak('füg', v('hinzufügen', { particle: 'hinzu' })),
  ...weak('ergänz', v('ergänzen')),
  ...strong(['unterstreicht', 'unterstrich', 'unterstrichen', 'unterstreiche'], 'unterstrichen', v('unterstreichen')),
  ...strong(['hebt', 'hob', 'hoben', 'hebe', 'heben'], 'gehoben', v('hervorheben', { particle: 'hervor' })),
  ...weak('stell', v('klarstellen', { particle: 'klar' })),
  ...weak('stell', v('feststellen', { particle: 'fest' })),
  ...weak('mahn', v('mahnen')),
  ...weak('appellier', v('appellieren')),
  ...weak('verkünd', v('verkünden')),
  ...weak('antwort', v('antworten')),
  ...weak('schilder', v('schildern')),
  ...strong(['beschreibt', 'beschrieb', 'beschrieben', 'beschreibe'], 'beschrieben', v('beschreiben')),
  ...strong(['schreibt', 'schrieb', 'schrieben', 'schreibe'], 'geschrieben', v('schreiben')),
  ...weak('bezweifel', v('bezweifeln')),
  ...weak('vermut', v('vermuten', { hedge: true })),
  ...weak('schätz', v('schätzen')),
  ...weak('prognostizier', v('prognostizieren', { prediction: true })),
  ...weak('sag', v('voraussagen', { particle: 'voraus', prediction: true })),
  ...weak('befürcht', v('befürchten')),
  ...weak('beklag', v('beklagen')),
  ...weak('verurteil', v('verurteilen')),
  ...weak('kommentier', v('kommentieren')),
  ...weak('twitter', v('twittern')),
  ...weak('argumentier', v('argumentieren')),
  ...weak('merk', v('anmerken', { particle: 'an' })),
  ...weak('droh', v('drohen')),
  ...weak('droh', v('androhen', { particle: 'an' })),
  ...weak('beziffer', v('beziffern')),
  ...strong(['wirft', 'warf', 'warfen', 'werfe', 'werfen'], 'geworfen', v('vorwerfen', { particle: 'vor' })),
  ...weak('informier', v('informieren')),
  ...weak('bekund', v('bekunden')),
  ...weak('verlaut', v('verlauten', { relay: true })),
  ...weak('zitier', v('zitieren', { relay: true })),
  ...weak('enthüll', v('enthüllen', { relay: true })),
  ...strong(['ruft', 'rief', 'riefen', 'rufe', 'rufen'], 'gerufen', v('aufrufen', { particle: 'auf' })),
  ...weak('wert', v('werten', { needs: 'als' })),
  ...weak('bewert', v('bewerten', { needs: 'als' })),
  ...strong(['geht', 'ging', 'gingen', 'gehe', 'gehen'], 'gegangen', v('ausgehen', { particle: 'aus', needs: 'davon' })),
  ...strong(['geht', 'ging', 'gingen', 'gehe', 'gehen'], 'gegangen', v('ausgehen', { particle: 'aus', needs: 'von' })),
  ...weak('attackier', v('attackieren')),
  ...weak('freu', v('freuen', { needs: 'sich' })),
  ...weak('ätz', v('ätzen')),
  ...weak('spott', v('spotten')),
  ...weak('wetter', v('wettern')),
  ...weak('bilanzier', v('bilanzieren')),
  ...weak('präzisier', v('präzisieren')),
  ...weak('resümier', v('resümieren')),
  ...weak('unterstell', v('unterstellen')),
  ...weak('bemängel', v('bemängeln')),
  ...weak('verlang', v('verlangen')),
  ...weak('leg', v('darlegen', { particle: 'dar' })),
  ...weak('mach', v('verantwortlich machen', { particle: 'verantwortlich' })),
  ...strong(['bittet', 'bat', 'baten', 'bitte', 'bitten'], 'gebeten', v('bitten')),
  ...strong(['verweist', 'verwies', 'verwiesen', 'verweise'], 'verwiesen', v('verweisen', { needs: 'auf' })),
  ...weak('rechn', v('rechnen', { needs: 'mit' })),
  ...strong(['nennt', 'nannte', 'nannten', 'nenne', 'nennen'], 'genannt', v('nennen')),
  ...weak('glaub', v('glauben')),
  ...weak('hoff', v('hoffen')),
  ...strong(['verspricht', 'versprach', 'versprachen', 'verspreche'], 'versprochen', v('versprechen', { prediction: true })),
];

/** Forms that are ordinary words far more often than reporting verbs (`Schätzungen zufolge` is separate). */
const AMBIGUOUS = new Set(['schätzen', 'schätze']);

/** Form (lower-case) -> all verbs it can belong to; separable verbs are confirmed by their particle. */
export const GERMAN_VERB_FORMS: ReadonlyMap<string, GermanVerbForm[]> = (() => {
  const map = new Map<string, GermanVerbForm[]>();
  for (const [form, info] of ENTRIES) {
    // A bare finite form of a separable verb (`teilte`) only counts once the frame finds its particle.
    if (AMBIGUOUS.has(form)) continue;
    const list = map.get(form) ?? [];
    list.push(info);
    map.set(form, list);
  }
  return map;
})();

/** Finite forms of haben/sein/werden that form the perfect with a reporting participle. */
export const GERMAN_AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'ist', 'sind', 'war', 'waren', 'sei', 'seien']);
