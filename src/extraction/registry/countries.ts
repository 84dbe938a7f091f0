import { stemKey } from './keys';

/**
 * Countries as news text names them: names (`Südkorea`, `South Korea`), adjectives
 * (`südkoreanisch`, `South Korean`), capitals and seats of power used for the government
 * (`Seoul`, `Washington`, `Moskau`), and compound prefixes (`US-Verteidigungsminister`).
 * Inflected forms are covered by stem keys (`Südkoreas`, `südkoreanischem`).
 */
interface CountryData {
  code: string;
  names: string[];
  adjectives: string[];
  places: string[];
}

const DATA: CountryData[] = [
  { code: 'KR', names: ['Südkorea', 'South Korea', 'Republik Korea', 'Republic of Korea', 'ROK'], adjectives: ['südkoreanisch', 'South Korean'], places: ['Seoul'] },
  { code: 'KP', names: ['Nordkorea', 'North Korea', 'DPRK', 'Demokratische Volksrepublik Korea'], adjectives: ['nordkoreanisch', 'North Korean'], places: ['Pjöngjang', 'Pyongyang'] },
  { code: 'RU', names: ['Russland', 'Russia', 'Russische Föderation', 'Russian Federation'], adjectives: ['russisch', 'Russian'], places: ['Moskau', 'Moscow'] },
  { code: 'UA', names: ['Ukraine', 'the Ukraine'], adjectives: ['ukrainisch', 'Ukrainian'], places: ['Kiew', 'Kyjiw', 'Kyiv', 'Kiev'] },
  { code: 'US', names: ['USA', 'US', 'U.S.', 'Vereinigte Staaten', 'United States', 'Amerika', 'America'], adjectives: ['amerikanisch', 'American', 'US-amerikanisch'], places: ['Washington'] },
  { code: 'DE', names: ['Deutschland', 'Germany', 'Bundesrepublik'], adjectives: ['deutsch', 'German'], places: ['Berlin'] },
  { code: 'GB', names: ['Großbritannien', 'Britain', 'Great Britain', 'United Kingdom', 'UK', 'Vereinigtes Königreich'], adjectives: ['britisch', 'British'], places: ['London'] },
  { code: 'FR', names: ['Frankreich', 'France'], adjectives: ['französisch', 'French'], places: ['Paris'] },
  { code: 'CN', names: ['China', 'Volksrepublik China', "People's Republic of China"], adjectives: ['chinesisch', 'Chinese'], places: ['Peking', 'Beijing'] },
  { code: 'JP', names: ['Japan'], adjectives: ['japanisch', 'Japanese'], places: ['Tokio', 'Tokyo'] },
  { code: 'IL', names: ['Israel'], adjectives: ['israelisch', 'Israeli'], places: ['Jerusalem'] },
  { code: 'IR', names: ['Iran'], adjectives: ['iranisch', 'Iranian'], places: ['Teheran', 'Tehran'] },
  { code: 'PL', names: ['Polen', 'Poland'], adjectives: ['polnisch', 'Polish'], places: ['Warschau', 'Warsaw'] },
  { code: 'CA', names: ['Kanada', 'Canada'], adjectives: ['kanadisch', 'Canadian'], places: ['Ottawa'] },
  { code: 'AU', names: ['Australien', 'Australia'], adjectives: ['australisch', 'Australian'], places: ['Canberra'] },
  { code: 'NZ', names: ['Neuseeland', 'New Zealand'], adjectives: ['neuseeländisch', 'New Zealand'], places: ['Wellington'] },
  { code: 'IT', names: ['Italien', 'Italy'], adjectives: ['italienisch', 'Italian'], places: ['Rom', 'Rome'] },
  { code: 'ES', names: ['Spanien', 'Spain'], adjectives: ['spanisch', 'Spanish'], places: ['Madrid'] },
  { code: 'TR', names: ['Türkei', 'Turkey', 'Türkiye'], adjectives: ['türkisch', 'Turkish'], places: ['Ankara'] },
  { code: 'BY', names: ['Belarus', 'Weißrussland'], adjectives: ['belarussisch', 'Belarusian'], places: ['Minsk'] },
  { code: 'AT', names: ['Österreich', 'Austria'], adjectives: ['österreichisch', 'Austrian'], places: ['Wien', 'Vienna'] },
  { code: 'CH', names: ['Schweiz', 'Switzerland'], adjectives: ['schweizerisch', 'Swiss'], places: ['Bern'] },
  { code: 'IN', names: ['Indien', 'India'], adjectives: ['indisch', 'Indian'], places: ['Neu-Delhi', 'New Delhi'] },
  { code: 'SY', names: ['Syrien', 'Syria'], adjectives: ['syrisch', 'Syrian'], places: ['Damaskus', 'Damascus'] },
  { code: 'LB', names: ['Libanon', 'Lebanon'], adjectives: ['libanesisch', 'Lebanese'], places: ['Beirut'] },
  { code: 'PS', names: ['Palästina', 'Palestine', 'Gazastreifen', 'Gaza'], adjectives: ['palästinensisch', 'Palestinian'], places: ['Ramallah'] },
  { code: 'EG', names: ['Ägypten', 'Egypt'], adjectives: ['ägyptisch', 'Egyptian'], places: ['Kairo', 'Cairo'] },
  { code: 'SA', names: ['Saudi-Arabien', 'Saudi Arabia'], adjectives: ['saudisch', 'Saudi'], places: ['Riad', 'Riyadh'] },
  { code: 'QA', names: ['Katar', 'Qatar'], adjectives: ['katarisch', 'Qatari'], places: ['Doha'] },
  { code: 'NL', names: ['Niederlande', 'Netherlands'], adjectives: ['niederländisch', 'Dutch'], places: ['Den Haag', 'The Hague'] },
  { code: 'BE', names: ['Belgien', 'Belgium'], adjectives: ['belgisch', 'Belgian'], places: ['Brüssel', 'Brussels'] },
  { code: 'SE', names: ['Schweden', 'Sweden'], adjectives: ['schwedisch', 'Swedish'], places: ['Stockholm'] },
  { code: 'FI', names: ['Finnland', 'Finland'], adjectives: ['finnisch', 'Finnish'], places: ['Helsinki'] },
  { code: 'GR', names: ['Griechenland', 'Greece'], adjectives: ['griechisch', 'Greek'], places: ['Athen', 'Athens'] },
  { code: 'HU', names: ['Ungarn', 'Hungary'], adjectives: ['ungarisch', 'Hungarian'], places: ['Budapest'] },
  { code: 'TW', names: ['Taiwan'], adjectives: ['taiwanisch', 'Taiwanese'], places: ['Taipeh', 'Taipei'] },
  { code: 'BR', names: ['Brasilien', 'Brazil'], adjectives: ['brasilianisch', 'Brazilian'], places: ['Brasília', 'Brasilia'] },
  { code: 'MX', names: ['Mexiko', 'Mexico'], adjectives: ['mexikanisch', 'Mexican'], places: ['Mexiko-Stadt', 'Mexico City'] },
  { code: 'ZM', names: ['Sambia', 'Zambia'], adjectives: ['sambisch', 'Zambian'], places: ['Lusaka'] },
  { code: 'MW', names: ['Malawi'], adjectives: ['malawisch', 'Malawian'], places: ['Lilongwe'] },
  { code: 'MZ', names: ['Mosambik', 'Mozambique'], adjectives: ['mosambikanisch', 'Mozambican'], places: ['Maputo'] },
  { code: 'NG', names: ['Nigeria'], adjectives: ['nigerianisch', 'Nigerian'], places: ['Abuja'] },
  { code: 'KE', names: ['Kenia', 'Kenya'], adjectives: ['kenianisch', 'Kenyan'], places: ['Nairobi'] },
  { code: 'ET', names: ['Äthiopien', 'Ethiopia'], adjectives: ['äthiopisch', 'Ethiopian'], places: ['Addis Abeba', 'Addis Ababa'] },
  { code: 'SD', names: ['Sudan'], adjectives: ['sudanesisch', 'Sudanese'], places: ['Khartum', 'Khartoum'] },
  { code: 'IQ', names: ['Irak', 'Iraq'], adjectives: ['irakisch', 'Iraqi'], places: ['Bagdad', 'Baghdad'] },
  { code: 'AF', names: ['Afghanistan'], adjectives: ['afghanisch', 'Afghan'], places: ['Kabul'] },
  { code: 'PK', names: ['Pakistan'], adjectives: ['pakistanisch', 'Pakistani'], places: ['Islamabad'] },
  { code: 'VN', names: ['Vietnam'], adjectives: ['vietnamesisch', 'Vietnamese'], places: ['Hanoi'] },
  { code: 'PH', names: ['Philippinen', 'Philippines'], adjectives: ['philippinisch', 'Philippine'], places: ['Manila'] },
  { code: 'ID', names: ['Indonesien', 'Indonesia'], adjectives: ['indonesisch', 'Indonesian'], places: ['Jakarta'] },
  { code: 'AR', names: ['Argentinien', 'Argentina'], adjectives: ['argentinisch', 'Argentine'], places: ['Buenos Aires'] },
  { code: 'VE', names: ['Venezuela'], adjectives: ['venezolanisch', 'Venezuelan'], places: ['Caracas'] },
  { code: 'DK', names: ['Dänemark', 'Denmark'], adjectives: ['dänisch', 'Danish'], places: ['Kopenhagen', 'Copenhagen'] },
  { code: 'NO', names: ['Norwegen', 'Norway'], adjectives: ['norwegisch', 'Norwegian'], places: ['Oslo'] },
  { code: 'CZ', names: ['Tschechien', 'Czech Republic'], adjectives: ['tschechisch', 'Czech'], places: ['Prag', 'Prague'] },
  { code: 'RO', names: ['Rumänien', 'Romania'], adjectives: ['rumänisch', 'Romanian'], places: ['Bukarest', 'Bucharest'] },
  { code: 'MD', names: ['Moldau', 'Moldova', 'Republik Moldau'], adjectives: ['moldauisch', 'Moldovan'], places: ['Chisinau'] },
  { code: 'GE', names: ['Georgien', 'Georgia'], adjectives: ['georgisch', 'Georgian'], places: ['Tiflis', 'Tbilisi'] },
  { code: 'AM', names: ['Armenien', 'Armenia'], adjectives: ['armenisch', 'Armenian'], places: ['Eriwan', 'Yerevan'] },
  { code: 'AZ', names: ['Aserbaidschan', 'Azerbaijan'], adjectives: ['aserbaidschanisch', 'Azerbaijani'], places: ['Baku'] },
  { code: 'YE', names: ['Jemen', 'Yemen'], adjectives: ['jemenitisch', 'Yemeni'], places: ['Sanaa'] },
  { code: 'JO', names: ['Jordanien', 'Jordan'], adjectives: ['jordanisch', 'Jordanian'], places: ['Amman'] },
  { code: 'ZA', names: ['Südafrika', 'South Africa'], adjectives: ['südafrikanisch', 'South African'], places: ['Pretoria'] },
];

export interface CountryHit {
  code: string;
  /** How the word named the country: a name, an adjective, or a city standing for its government. */
  via: 'name' | 'adjective' | 'place';
}

const INDEX = new Map<string, CountryHit>();
for (const c of DATA) {
  const add = (form: string, via: CountryHit['via']) => {
    const key = stemKey(form);
    if (key && !INDEX.has(key)) INDEX.set(key, { code: c.code, via });
  };
  c.names.forEach((n) => add(n, 'name'));
  c.adjectives.forEach((n) => add(n, 'adjective'));
  c.places.forEach((n) => add(n, 'place'));
}
// `Brüssel` also stands for NATO and the EU; it only ever gives a country, never a speaker.

/** Country named by a word or short phrase in any inflection (`Südkoreas`, `russischem`, `U.S.`). */
export function lookupCountry(phrase: string): CountryHit | null {
  const key = stemKey(phrase);
  return key ? (INDEX.get(key) ?? null) : null;
}
