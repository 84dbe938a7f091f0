/**
 * English reporting verbs in every form a news sentence uses (`says`, `said`, `has said`,
 * `told`), with what they imply: hedging (`claimed`), a forecast (`predicted`), a publisher
 * (`reported`), or a recipient that may be the relaying outlet (`told Reuters`).
 */
export interface EnglishVerb {
  lemma: string;
  hedge?: boolean;
  prediction?: boolean;
  relay?: boolean;
  /** Takes the listener as object (`told reporters`, `told Yonhap`). */
  tell?: boolean;
}

function regular(lemma: string, extra: Omit<EnglishVerb, 'lemma'> = {}, forms?: string[]): [string, EnglishVerb][] {
  const verb = { lemma, ...extra };
  const base = lemma;
  const all = forms ?? [
    base,
    base.endsWith('s') || base.endsWith('sh') || base.endsWith('ch') ? `${base}es` : base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`,
    base.endsWith('e') ? `${base}d` : base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`,
  ];
  return all.map((f) => [f, verb]);
}

const ENTRIES: [string, EnglishVerb][] = [
  ...regular('say', {}, ['say', 'says', 'said']),
  ...regular('tell', { tell: true }, ['tell', 'tells', 'told']),
  ...regular('state'),
  ...regular('add'),
  ...regular('confirm'),
  ...regular('deny'),
  ...regular('warn'),
  ...regular('write', {}, ['writes', 'wrote']),
  ...regular('call', {}, ['called']),
  ...regular('claim', { hedge: true }),
  ...regular('allege', { hedge: true }),
  ...regular('announce'),
  ...regular('declare'),
  ...regular('explain'),
  ...regular('note'),
  ...regular('report', { relay: true }),
  ...regular('argue'),
  ...regular('acknowledge'),
  ...regular('admit', {}, ['admits', 'admitted']),
  ...regular('estimate'),
  ...regular('predict', { prediction: true }),
  ...regular('forecast', { prediction: true }, ['forecasts', 'forecast']),
  ...regular('accuse'),
  ...regular('describe'),
  ...regular('stress'),
  ...regular('emphasize'),
  ...regular('emphasise'),
  ...regular('reiterate'),
  ...regular('tweet'),
  ...regular('post', {}, ['posted']),
  ...regular('reply'),
  ...regular('respond'),
  ...regular('dismiss'),
  ...regular('reject'),
  ...regular('comment'),
  ...regular('suggest', { hedge: true }),
  ...regular('indicate'),
  ...regular('disclose'),
  ...regular('reveal'),
  ...regular('concede'),
  ...regular('insist'),
  ...regular('assert'),
  ...regular('maintain'),
  ...regular('caution'),
  ...regular('vow', { prediction: true }),
  ...regular('pledge', { prediction: true }),
  ...regular('promise', { prediction: true }),
  ...regular('threaten', { prediction: true }),
  ...regular('urge'),
  ...regular('brief', { tell: true }, ['briefed']),
  ...regular('inform', { tell: true }),
  ...regular('testify', {}, ['testified', 'testifies']),
  ...regular('recount'),
  ...regular('observe'),
  ...regular('criticize'),
  ...regular('criticise'),
  ...regular('condemn'),
  ...regular('blame'),
  ...regular('publish', { relay: true }, ['published']),
  ...regular('quote', { relay: true }, ['quoted']),
  ...regular('believe'),
  ...regular('fear', {}, ['fear', 'fears', 'feared']),
  ...regular('expect', { prediction: true }, ['expects']),
  ...regular('plead', {}, ['pleads', 'pleaded', 'pled']),
  ...regular('counter', {}, ['counters', 'countered']),
  ...regular('rebut', {}, ['rebuts', 'rebutted']),
  ...regular('refute'),
  ...regular('brand', {}, ['brands', 'branded']),
  ...regular('label', {}, ['labels', 'labelled', 'labeled']),
  ...regular('remind', {}, ['reminds', 'reminded']),
  ...regular('complain'),
  ...regular('contend'),
  ...regular('concur', {}, ['concurs', 'concurred']),
  ...regular('retort'),
  ...regular('recall'),
  ...regular('speculate', { hedge: true }),
  ...regular('project', { prediction: true }, ['projects', 'projected']),
  ...regular('anticipate', { prediction: true }, ['anticipates', 'anticipated']),
  ...regular('conclude'),
  ...regular('hint', { hedge: true }, ['hints', 'hinted']),
  ...regular('mention', {}, ['mentions', 'mentioned']),
  ...regular('lament'),
  ...regular('boast'),
  ...regular('dispute'),
  ...regular('contest', {}, ['contests', 'contested']),
  ...regular('affirm'),
  ...regular('clarify', {}, ['clarifies', 'clarified']),
  ...regular('specify', {}, ['specifies', 'specified']),
  ...regular('advise'),
  ...regular('propose'),
  ...regular('recommend'),
];

export const ENGLISH_VERB_FORMS: ReadonlyMap<string, EnglishVerb> = new Map(ENTRIES);

/** Words between a subject and its reporting verb that do not break the frame (`Kirby also said`). */
export const ENGLISH_VERB_PREFIX = new Set(['also', 'later', 'earlier', 'previously', 'further', 'separately', 'again', 'then', 'has', 'have', 'had', 'had', 'did', 'does', 'once', 'repeatedly', 'publicly', 'privately', 'recently', 'initially', 'first', 'last', 'flatly', 'firmly', 'strongly', 'openly', 'still']);
