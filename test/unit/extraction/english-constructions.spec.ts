import { extractClaims } from '../../../src/extraction';
import { claimWith, sourcesOf } from './helpers';

const en = (text: string) => extractClaims(text, { language: 'en' });

describe('English constructions', () => {
  it('reporting verbs beyond "say": pleaded, countered, contended', () => {
    const r = en('Prosecutor Ada Quill pleaded that the defendant had hidden the ledgers. Lawyer Tom Reed countered that no ledger ever existed.');
    expect(sourcesOf(claimWith(r, 'the defendant had hidden the ledgers'))).toContain('Ada Quill');
    expect(sourcesOf(claimWith(r, 'no ledger ever existed'))).toContain('Tom Reed');
  });

  it('coordinated speakers opening the sentence each get the claim, and the frame stays out of it', () => {
    const r = en('Norway and the EU said the quotas would stay. Harbour Lines, Dock Freight and the Port Authority said the strike had ended.');
    const quotas = claimWith(r, 'the quotas would stay');
    expect(quotas.quote.exact).toBe('the quotas would stay');
    expect(sourcesOf(quotas)).toEqual(expect.arrayContaining(['Norway', 'European Union']));
    const strike = claimWith(r, 'the strike had ended');
    expect(strike.quote.exact).toBe('the strike had ended');
    expect(sourcesOf(strike)).toEqual(expect.arrayContaining(['Harbour Lines', 'Dock Freight', 'Port Authority']));
  });

  it('content cut out of its sentence drops the final stop, however short the last word, but an abbreviation keeps its dot', () => {
    const r = en('Mayor Lina Gold said the ferry would stay. Harbour Lines said the deal was signed by Dock Freight Inc.');
    expect(claimWith(r, 'the ferry would stay').quote.exact).toBe('the ferry would stay');
    expect(claimWith(r, 'the deal was signed').quote.exact).toBe('the deal was signed by Dock Freight Inc.');
  });

  it('"the newspaper \"Harbour Times\" reported": the quoted name after the head noun is the outlet', () => {
    const r = en('The ferry was cancelled, the newspaper "Harbour Times" reported.');
    const c = claimWith(r, 'The ferry was cancelled');
    expect(c.quote.exact).toBe('The ferry was cancelled');
    expect(c.attributions.map((a) => [a.source.name, a.source.type])).toEqual([['Harbour Times', 'media_outlet']]);
  });

  it('a short time phrase before the subject frames the claim and is no part of the source: "In 2024 officials said …"', () => {
    const r = en('In 2024 officials said the dam was safe. On Monday the Harbour Board said the pier would reopen.');
    const dam = claimWith(r, 'the dam was safe');
    expect(dam.quote.exact).toBe('the dam was safe');
    expect(dam.attributions.map((a) => a.source.name)).toEqual(['officials']);
    const pier = claimWith(r, 'the pier would reopen');
    expect(pier.quote.exact).toBe('the pier would reopen');
    expect(sourcesOf(pier)).toEqual(['Harbour Board']);
  });

  it('a name that ends in a number speaks: "No 10 has denied that …" is the British government', () => {
    const r = en('No 10 has denied that the minister knew about the party.');
    const c = claimWith(r, 'the minister knew about the party');
    expect(c.quote.exact).toBe('the minister knew about the party');
    expect(sourcesOf(c)).toEqual(['British Government']);
  });

  it('"X declined to comment but said …": the second verb shares the subject', () => {
    const r = en('The Harbour Board declined to comment on the report, but said the review was ongoing.');
    const c = claimWith(r, 'the review was ongoing');
    expect(c.quote.exact).toBe('the review was ongoing');
    expect(sourcesOf(c)).toEqual(['Harbour Board']);
  });

  it('"A spokesperson for the ministry said …" opens the sentence: the frame stays out of the claim', () => {
    const r = en('A spokesperson for the Harbour Board said the review was ongoing.');
    const c = claimWith(r, 'the review was ongoing');
    expect(c.quote.exact).toBe('the review was ongoing');
    expect(sourcesOf(c)).toEqual(['Harbour Board']);
  });

  it('a participle clause between the subject and the verb: "Jane Roe, speaking to reporters in Leeds, said …"', () => {
    const r = en('Jane Roe, speaking to reporters in Leeds, said the bridge would reopen. The Harbour Board, citing safety concerns, said the pier would stay closed.');
    const bridge = claimWith(r, 'the bridge would reopen');
    expect(bridge.quote.exact).toBe('the bridge would reopen');
    expect(sourcesOf(bridge)).toEqual(['Jane Roe']);
    expect(sourcesOf(claimWith(r, 'the pier would stay closed'))).toEqual(['Harbour Board']);
  });

  it('where it was said frames the claim: "said in a statement", "at a press conference", "on Twitter"', () => {
    const r = en('The Harbour Board said in a statement on Monday the bridge would reopen. Jane Roe said at a press conference the pier was safe. Tom Fisk said on Twitter the ferry was late.');
    expect(claimWith(r, 'bridge').quote.exact).toBe('the bridge would reopen');
    expect(claimWith(r, 'pier').quote.exact).toBe('the pier was safe');
    expect(claimWith(r, 'ferry').quote.exact).toBe('the ferry was late');
  });

  it('an anonymous source closing the sentence: "…, two people familiar with the matter told Reuters."', () => {
    const r = en('The deal was close, two people familiar with the matter told Reuters.');
    const c = claimWith(r, 'The deal was close');
    expect(c.quote.exact).toBe('The deal was close');
    expect(c.attributions.map((a) => [a.role, a.source.name])).toEqual([['anonymous', 'people familiar with the matter'], ['relay', 'Reuters']]);
  });

  it('"and" joining two clauses is no list of speakers', () => {
    const r = en('Voters really dislike Mayor Quill and they believe the port stood in the way of growth.');
    expect(r.claims.flatMap((c) => sourcesOf(c))).not.toContain('Quill');
  });

  it('"X, together with Y and Z, reported that …": every named co-subject is a source', () => {
    const r = en('The Harbour Gazette, together with The Coast Herald and the Daily Lantern, had reported that the pier would close.');
    const c = claimWith(r, 'the pier would close');
    expect(c.quote.exact).toBe('the pier would close');
    expect(c.attributions.map((a) => [a.source.name, a.source.type])).toEqual(expect.arrayContaining([
      ['Harbour Gazette', 'media_outlet'], ['Coast Herald', 'media_outlet'], ['Daily Lantern', 'media_outlet'],
    ]));
  });

  it('a quotation that runs on into the next paragraph keeps its speaker', () => {
    const text = 'Harbour Plans\n\nMayor Lina Gold said: “We will rebuild the pier before summer.\n\n“The ferries will be back in service by June.”';
    const r = en(text);
    expect(sourcesOf(claimWith(r, 'ferries will be back in service'))).toEqual(['Lina Gold']);
  });

  it('a speaker set off by an apposition before the verb: "Name, a spokesman for X, said"', () => {
    const r = en('Rita Vale, a spokeswoman for Harbour Lines, said in a statement that the ferry had been inspected.');
    const c = claimWith(r, 'the ferry had been inspected');
    expect(c.quote.exact).toBe('the ferry had been inspected');
    expect(sourcesOf(c)).toContain('Rita Vale');
  });

  it('a trailing speaker with a descriptor in commas: "…, Name, director of X, said on Monday."', () => {
    const r = en('The bridge will reopen in spring, Omar Lind, director of the Roads Office, said on Monday.');
    const c = claimWith(r, 'The bridge will reopen');
    expect(c.quote.exact).toBe('The bridge will reopen in spring');
    expect(sourcesOf(c)).toContain('Omar Lind');
  });

  it('an unnamed member of the public is an anonymous source with the descriptor kept', () => {
    const r = en('One neighbour said: “The noise went on all night.”');
    const c = claimWith(r, 'The noise went on all night');
    expect(c.attributions[0]).toMatchObject({ role: 'anonymous', source: expect.objectContaining({ name: 'One neighbour' }) });
  });

  it('"he said" after a frameless sentence about a new person goes to that person, not the last speaker', () => {
    const r = en('Mira Stone, a spokeswoman for the port, said the cranes were idle. At the town hall, council leader Paul Grant was asked whether the strike would spread. “We simply cannot tell yet,” he said.');
    expect(sourcesOf(claimWith(r, 'We simply cannot tell yet'))).toEqual(['Paul Grant']);
  });

  it('"X was quoted by Y as saying that …": X speaks, the outlet relays', () => {
    const r = en('Ben Ardent was quoted by the Daily Planet as saying that the cave had been dry for a century.');
    const c = claimWith(r, 'the cave had been dry');
    expect(sourcesOf(c, 'speaker')).toContain('Ben Ardent');
    expect(sourcesOf(c, 'relay')).toEqual(['Daily Planet']);
  });

  it('particle verbs of speech: "pointed out that", "hit back, saying"', () => {
    const r = en('The union pointed out that wages had stalled for years. The Harbour Board hit back, saying no berth had ever been closed.');
    expect(claimWith(r, 'wages had stalled').attributions.length).toBeGreaterThan(0);
    expect(sourcesOf(claimWith(r, 'no berth had ever been closed'))).toContain('Harbour Board');
  });

  it('"Asked whether …, X said …": the question is framing, the answer is the content', () => {
    const r = en('Asked whether the dam had been inspected, Ms Lowe said the engineers would report next week.');
    const c = claimWith(r, 'the engineers would report next week');
    expect(c.quote.exact.startsWith('the engineers would report')).toBe(true);
    expect(sourcesOf(c)).toEqual(['Ms Lowe']);
  });

  it('hearsay passive: "the aide is reported to have said" attributes, hedged', () => {
    const r = en('"There is no rift at all," the aide is reported to have said, after the vote.');
    const c = claimWith(r, 'There is no rift at all');
    expect(c.attributions.length).toBe(1);
    expect(c.hedged).toBe(true);
  });

  it('"they" after a pair of named people goes to that pair, not to the last organisation', () => {
    const r = en('The IAAF said the data was flawed. Scottish chemists Ann Leery and Bo Parkman reviewed the figures for the broadcaster. They said a third of the samples were doubtful.');
    expect(sourcesOf(claimWith(r, 'a third of the samples were doubtful'))).toEqual(['Ann Leery and Bo Parkman']);
  });

  it('"she"/"he" agree in gender with an honorific, and English "she" never falls back to an organisation', () => {
    const r = en('Ms Mira Stone said the cranes were idle. Mr Paul Grant said the strike would go on. "We will not yield," she said. "Nor will we," he said.');
    expect(sourcesOf(claimWith(r, 'We will not yield'))).toEqual(['Ms Mira Stone']);
    expect(sourcesOf(claimWith(r, 'Nor will we'))).toEqual(['Mr Paul Grant']);
    const org = en('The Harbour Board said the pier was safe. On Monday she said the ferries were late.');
    const c = org.claims.find((x) => x.quote.exact.includes('the ferries were late'));
    expect(c ? sourcesOf(c) : []).toEqual([]);
  });

  it('anonymous sources with a trailing descriptor: "sources close to the negotiations said"', () => {
    const r = en('Three sources close to the negotiations said the truce would hold for a month.');
    const c = claimWith(r, 'the truce would hold');
    expect(c.quote.exact).toBe('the truce would hold for a month');
    expect(c.attributions[0]).toMatchObject({ role: 'anonymous', source: expect.objectContaining({ name: expect.stringContaining('close to the negotiations') }) });
  });

  it('a team speaks as one: "NASA\'s science team revealed that …"', () => {
    const r = en("NASA's Juno science team revealed that the moon had a thin atmosphere.");
    expect(claimWith(r, 'the moon had a thin atmosphere').attributions.length).toBeGreaterThan(0);
  });

  it('fronted framing is not content: "In a statement issued after the vote, X said …", "Citing …, Y reported that …"', () => {
    const r = en('In a statement released after the hearing, the Harbour Board said the pier was safe. Citing unnamed officials, Reuters reported that the crane had failed. In Leeds, the march went on all night, police said.');
    expect(claimWith(r, 'the pier was safe').quote.exact.startsWith('the pier was safe')).toBe(true);
    const relayed = claimWith(r, 'the crane had failed');
    expect(relayed.quote.exact).toBe('the crane had failed');
    expect(sourcesOf(relayed, 'relay')).toEqual(['Reuters']);
    expect(claimWith(r, 'the march went on all night').quote.exact).toBe('In Leeds, the march went on all night');
  });

  it('company names are organisations, and "the carmaker" goes back to the last company', () => {
    const r = en('Northwind Motors said sales rose. The carmaker added that margins shrank.');
    const first = claimWith(r, 'sales rose');
    expect(first.attributions[0].source.type).not.toBe('person');
    expect(sourcesOf(claimWith(r, 'margins shrank'))).toEqual(['Northwind Motors']);
  });

  it('"told reporters she would …": the listener is not part of the content, an outlet listener is a relay', () => {
    const r = en('Ann Ross told reporters she would stay in post. Kim Lee told Reuters the deal was off.');
    expect(claimWith(r, 'would stay in post').quote.exact.startsWith('she would stay in post')).toBe(true);
    expect(sourcesOf(claimWith(r, 'the deal was off'), 'relay')).toEqual(['Reuters']);
  });
});

describe('English: posts, citations and kin appositions', () => {
  it('reads `X took to Twitter to label …` as X speaking, and a reflexive after the subject', () => {
    const r = en('Mayor Dana Pike opened the bridge on Monday. Pike herself took to Twitter to call the delay "unacceptable," saying the city would pay.');
    expect(sourcesOf(claimWith(r, 'unacceptable'))).toContain('Dana Pike');
  });
  it('reads `X cited Y in reporting that …` with X as relay and Y as the (anonymous) source', () => {
    const r = en('The Gazette cited two people close to the board in reporting that the chief executive would step down.');
    const c = claimWith(r, 'step down');
    expect(c.attributions.some((a) => a.role === 'relay' && /Gazette/.test(a.source.name))).toBe(true);
    expect(c.attributions.some((a) => a.role === 'anonymous')).toBe(true);
  });
  it('reads `weighed in` as a verb of speech and a kin noun with a name in apposition as the subject', () => {
    const r = en('The senator\'s son, Kyle, weighed in with a post of his own: "My father never took that money."');
    expect(sourcesOf(claimWith(r, 'never took')).join(' ')).toMatch(/Kyle/);
  });
  it('reads a trailing `asking …` participle as the subject speaking', () => {
    const r = en('Governor Ray Holt remained doubtful about the figures on Monday, asking how the agency could be "so sure" of its count.');
    expect(sourcesOf(claimWith(r, 'so sure'))).toContain('Ray Holt');
  });
});

describe('English organisation descriptions', () => {
  it('reads `cycling’s governing body said` as the organisation named before', () => {
    const r = en('The UCI said on Monday it would review the race. In a brief response to the protests, cycling’s governing body said the rules would stay as they are.');
    expect(sourcesOf(claimWith(r, 'rules would stay')).join(' ')).toMatch(/UCI/);
  });
});

describe('English correspondents and clause content', () => {
  it('reads a closing `…, the BBC’s X reports from Y` as the relay of a sentence framed earlier, and X as a later `he`', () => {
    const r = en('The monitors said the count had been orderly, the BBC\'s Ama Boateng reports from Tamale, the regional capital. He says crowds of young supporters, waving flags and singing, are gathering in the centre.');
    expect(claimWith(r, 'orderly').attributions.some((a) => a.role === 'relay')).toBe(true);
    expect(sourcesOf(claimWith(r, 'crowds')).join(' ')).toMatch(/Ama Boateng/);
  });
  it('starts the content right after `says` when a clause with its own commas follows', () => {
    const r = en('Coach Lee Park says the players, tired after the flight, trained well on Sunday.');
    expect(claimWith(r, 'players').quote.exact.startsWith('the players, tired')).toBe(true);
  });
});

describe('English coordinated verbs of speech', () => {
  it('gives `…, and pointed out that` the subject of the clause it joins', () => {
    const r = en('When reporters asked for a date, Northwind declined to commit, and pointed out that the permits were still pending.');
    expect(sourcesOf(claimWith(r, 'permits'))).toContain('Northwind');
  });
  it('gives `X visited … and said` to X', () => {
    const r = en('Mayor Ann Lee visited the site on Monday and said the road would reopen in May.');
    expect(sourcesOf(claimWith(r, 'reopen'))).toContain('Ann Lee');
  });
});

describe('English findings and organisation names with `of`', () => {
  it('reads `A study by X found that …` as X, and `found` without `that` as nothing', () => {
    const r = en('A study by the University of Dunmore found that short naps improve memory.');
    expect(sourcesOf(claimWith(r, 'naps'))).toEqual(['University of Dunmore']);
    expect(en('Police found the car on Monday near the river bank.').claims.every((c) => c.attributions.length === 0)).toBe(true);
  });
});

describe('English subjects with appositions in narrative sentences, and closing `told X`', () => {
  it('remembers `The council leader, Joan Price,` from a sentence without a frame, for a later `she`', () => {
    const r = en('The council leader, Joan Price, defended the cuts. "There is no money left," she told the Guardian.');
    const c = claimWith(r, 'no money');
    expect(sourcesOf(c, 'speaker')).toEqual(['Joan Price']);
    expect(sourcesOf(c, 'relay')).toEqual(['The Guardian']);
  });
  it('remembers `Joan Price, the council leader,` the same way', () => {
    const r = en('Joan Price, the council leader, defended the cuts. "There is no money left," she said.');
    expect(sourcesOf(claimWith(r, 'no money'))).toContain('Joan Price');
  });
});

describe('English dismissals', () => {
  it('reads `X brushed off the remarks as …` as X speaking', () => {
    const r = en('Deputy leader Ruth Hale was asked about the row. The deputy leader brushed off the comments as "banter".');
    expect(sourcesOf(claimWith(r, 'brushed off'))).toContain('Ruth Hale');
  });
});

describe('an adverbial after the listener is no content', () => {
  it('does not take `on Tuesday` for what was said in `"…," the mayor, Ana Ruiz, told reporters on Tuesday`', () => {
    const r = extractClaims('"The bridge stays closed until spring," the mayor, Ana Ruiz, told reporters on Tuesday.', { language: 'en' });
    expect(r.claims.map((c) => c.quote.exact)).not.toContain('on Tuesday');
    expect(sourcesOf(claimWith(r, 'bridge stays closed'))).toContain('Ana Ruiz');
  });
});

describe('court reports and listeners', () => {
  it('reads `Smith, 54, told the court he …` with Smith as speaker and the pronoun starting the content', () => {
    const r = en('Marcus Hale, 41, told the jury he had never met the victim.');
    const claim = claimWith(r, 'never met');
    expect(claim.quote.exact).toBe('he had never met the victim');
    expect(sourcesOf(claim)).toEqual(['Marcus Hale']);
  });
  it('keeps an outlet that was told something a relay, beside a speaker named only by the role', () => {
    const r = en('The minister told the BBC she would not step down.');
    expect(claimWith(r, 'step down').attributions.map((a) => [a.role, a.source.name])).toEqual([['speaker', 'Minister'], ['relay', 'BBC']]);
  });

  it('a role with nobody of that role named before is the unnamed person, as in German ("the mayor said")', () => {
    const r = en('The mayor said the bridge would reopen. The pier was safe, the port director said.');
    expect(claimWith(r, 'bridge').attributions.map((a) => [a.source.name, a.source.type])).toEqual([['Mayor', 'person']]);
    const pier = claimWith(r, 'The pier was safe');
    expect(pier.quote.exact).toBe('The pier was safe');
    // Another role is another person, not the mayor named only by the role before.
    expect(sourcesOf(pier)).toEqual(['Port director']);
    // A named person of that role earlier in the text is the one meant.
    const named = en('Mayor Lina Gold visited the pier. The mayor said the bridge would reopen.');
    expect(sourcesOf(claimWith(named, 'bridge'))).toEqual(['Lina Gold']);
  });
});

describe('according to an anonymous source with its descriptor', () => {
  it('keeps `a person familiar with the matter` whole and out of the claim', () => {
    const r = en('According to a person familiar with the matter, the merger will be announced next week.');
    const claim = claimWith(r, 'merger');
    // Cut out of its sentence, the content leaves the sentence's final stop (as the corpus's gold does).
    expect(claim.quote.exact).toBe('the merger will be announced next week');
    expect(claim.attributions.map((a) => [a.role, a.source.name])).toEqual([['anonymous', 'person familiar with the matter']]);
  });
});

describe('a time adverbial right after the verb', () => {
  it('frames the report: `said on Sunday it had …` starts the claim at `it`', () => {
    const r = en('The interior ministry said on Sunday it had rescued 14 people from the ferry.');
    expect(claimWith(r, 'rescued').quote.exact).toBe('it had rescued 14 people from the ferry');
  });
  it('keeps a time adverbial that belongs to what was said', () => {
    const r = en('The interior ministry said the search would resume on Monday.');
    expect(claimWith(r, 'search').quote.exact).toBe('the search would resume on Monday');
  });
});

describe('party names many countries share', () => {
  it('"the United Democratic Party leader" is not read as a party of another country', () => {
    const r = en('"The vote was a betrayal," the United Democratic Party leader said.');
    expect(r.claims.flatMap((c) => c.attributions.map((a) => a.source.name))).not.toContain('Democratic Party');
  });
});
