/**
 * The context cues of Swedish clinical notes, ConText-style (Harkema et al. 2009; the Swedish
 * NegEx adaptation, Skeppstedt 2011): each cue phrase has a category and a direction, and its
 * scope runs to the mention unless a clause boundary or a conjunction that starts a new clause
 * stands in between (context.ts). Written here in Swedish; folded (å/ä → a, ö → o) at load.
 *
 * Categories, strongest first when several reach a mention:
 * - negated: the clinician rules it out ("inga tecken på", "ej aktuellt", "SME: nej");
 * - denied: the patient denies it ("förnekar", "nekar till", "uppger att hon inte");
 * - uncertain: suspected, not excluded ("misstanke om", "kan inte uteslutas"): still present;
 * - hypothetical: conditional, information given, asked without an answer ("om behov skulle
 *   uppstå", "informerad om", "frågat om");
 * - pseudo: looks like a cue but is not ("inte bara", "vill inte", "kan inte sluta"): blocks the
 *   shorter cue inside it and negates nothing.
 */

import { foldWord } from './text.ts';

/** A set of words as tokens carry them: lower case, å/ä → a, ö → o. */
function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
}

export type CueCategory = 'negated' | 'denied' | 'uncertain' | 'hypothetical' | 'pseudo';
/** forward: the cue stands before the mention; backward: after it ("…, vilket hon förnekar"). */
export type CueDirection = 'forward' | 'backward' | 'both';
/**
 * How far a forward cue reaches: 'phrase' (ingen/inget/inga: the noun phrase after it, a few
 * words, lists included), 'clause' (inte/ej/aldrig: to the next clause or "att"), 'object' (a
 * denial or information verb: its object, "att" clauses included).
 */
export type CueReach = 'phrase' | 'clause' | 'object';

export interface Cue {
  phrase: string;
  category: CueCategory;
  direction: CueDirection;
  reach: CueReach;
}

const F = 'forward';
const B = 'backward';

function cues(category: CueCategory, direction: CueDirection, reach: CueReach, phrases: string): Cue[] {
  return phrases
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((phrase) => ({ phrase, category, direction, reach }));
}

export const CUES: readonly Cue[] = [
  // With its noun, a determiner rules out the part that makes a combination the situation ("Ingen
  // ersättning, inget tvång, trivs med sin sexualitet"); a bare one negates only its noun (context.ts).
  ...cues(
    'negated',
    F,
    'phrase',
    'ingen|inget|inga|utan tecken på|utan misstanke om|utan hållpunkter för|ingen ersättning|ingen betalning|inga pengar|utan ersättning|utan betalning|inget tvång|ingen tvång|utan tvång|ingen press|utan press',
  ),
  ...cues(
    'negated',
    F,
    'clause',
    'inte|ej|icke|aldrig|varken|inte heller|ej heller|aldrig någonsin|nej till|ej aktuellt med|inte aktuellt med|ej känt|ingen kännedom om|ingen oro för|inte orolig för|ej orolig för|inga tankar på|ingen oro över|ua avseende|ua avs|ua ang|ua angående|utan anmärkning avseende|ingen som',
  ),
  ...cues(
    'negated',
    F,
    'object',
    'inga tecken på|ingen grund för misstanke om|inga grunder för misstanke om|ingen grund att misstänka|ingen anledning att misstänka|inga erfarenheter av|ingen erfarenhet av|ingen tidigare erfarenhet av|inga tidigare erfarenheter av|inga egna erfarenheter av|ingen egen erfarenhet av|inga tidigare|ingen misstanke om|inga hållpunkter för|inget som tyder på|inget som talar för|inga uppgifter om|inga indikationer på|ingen anamnes på|ingen historik av|inga belägg för|ingen som helst|ingen anledning att misstänka|ingen anledning till misstanke om|inget som väcker misstanke om|ingen misstanke på|ingen avsikt att|utan avsikt att|inte i avsikt att|ingen intention att|inget framkom som tydde på|inget framkom som talar för|inget framkom som talade för|inget som tydde på|inget som talade för',
  ),
  ...cues(
    'negated',
    B,
    'clause',
    'ingen grund för misstanke|och avskriven|och avskrivet|och avskrivits|och avskrevs|och avfärdad|och avfärdats|och avfärdades|och utesluten|och uteslutits|uteslutits|uteslöts|avskrivits|avskriven|avskrevs|avskrivet|avfärdats|avfärdades|bedöms osannolik|bedöms osannolikt|inte styrkt|ej styrkt|kunde inte styrkas|kunde ej styrkas|nej|negativt|negativ|ej aktuellt|inte aktuellt|ej aktuell|inte aktuell|ej aktuella|saknas|utesluten|uteslutet|uteslutes|utesluts|avfärdas|föreligger ej|föreligger inte|finns ej|finns inte|förekommer ej|förekommer inte|ej känt|inte känt|ingen|inga|inget|ej|inte|neg|inget att rapportera|inget sådant|inget av detta|inget av dessa|nej till båda|nej till alla|nej på allt|nej till allt|nej på alla frågor|nej på alla frågorna|nej på samtliga frågor|nej på samtliga|nej på alla|nej på båda|bedöms låg|bedöms som låg|bedöms vara låg|bedömdes låg|bedömdes som låg',
  ),
  ...cues(
    'denied',
    F,
    'object',
    'förnekar|förneker|förnkar|förnekade|förnekat|förneka|nekar|nekar till|nekade|nekade till|nekat till|negerar|negerade|tillbakavisar|bestrider|säger sig inte|uppger sig inte|säger sig aldrig|uppger sig aldrig|vill inte kännas vid|vill ej kännas vid|svarar nej på frågan om|svarade nej på frågan om|svarar nej på frågor om|svarade nej på frågor om|svarar nej på fråga om|nej på frågan om|svarar nekande på frågan om|svarade nekande på frågan om|svarar nekande på|svarade nekande på|svarar nej på alla frågor om|svarade nej på alla frågor om|svarar nej på frågorna om|nej på alla frågor om',
  ),
  ...cues(
    'denied',
    B,
    'clause',
    'besvarade med nej|besvarat med nej|kryssat nej|kryssade nej|kryssat i nej|kryssat för nej|markerat nej|skrattar och säger nej|skrattar han och säger nej|skrattar hon och säger nej|besvaras med nej|besvarades med nej|besvaras nej|besvarades nej|besvarat nej|svarar nej|svarade nej|svarar pat nej|svarar hon nej|svarar han nej|svarade pat nej|svarade hon nej|svarade han nej|besvaras nekande|förnekas|förneka|förnekar|förnekar detta|förnekade|nekas|nekar|nekar till|negeras|vilket förnekas|vilket hon förnekar|vilket han förnekar|vilket pat förnekar|vilket pat nekar till',
  ),
  ...cues(
    'uncertain',
    F,
    'object',
    'vid misstanke om|vid misstanke|svarar inte på fråga om|svarar inte heller på fråga om|svarar inte på frågan om|svarar inte heller på frågan om|svarar undvikande på fråga om|svarar undvikande på frågor om|vill inte svara på fråga om|vill inte svara på frågor om|vid oro för|vid tecken på|misstanke om|misstankar om|misstanke|misstänkt|misstänkta|misstänker|misstänks|eventuellt|ev|möjligen|möjligt|möjlig|troligen|troligt|sannolikt|oklart om|oklart huruvida|oro för|oron för|orolig för|oroliga för|oroad för|oroar sig för|oroar sig över|befarar|farhåga om|farhågor om|tecken på|tecken till|indikationer på|indikation på|tyder på|talar för|signaler om|kan vara|kan ha|skulle kunna|verkar|verkar vara|tros|tveksamt om|frågeställning|fråga om|risk för|riskerar|osäkert om|inte säkert|ej säkert|eller ej|vet inte om|vet ej om|vet inte riktigt om|visste inte om|är osäker på om|osäker på om|osäker om|inte säker på om|undrar om|funderar på om',
  ),
  ...cues(
    'uncertain',
    B,
    'clause',
    'kan inte uteslutas|kan ej uteslutas|inte bekräftat|ej bekräftat|går inte att utesluta|går ej att utesluta|inte uteslutet|ej uteslutet|misstänks|misstänkt|misstänkes|?|ifrågasatt|kan inte uteslutas helt|vill hon inte svara på|vill han inte svara på|vill pat inte svara på|vill inte svara på|svarar undvikande|svarade undvikande|blir undvikande|blev undvikande|blir hon undvikande|blev hon undvikande|blir han undvikande|blev han undvikande|svarar hon undvikande|svarar han undvikande|undviker att svara|undvek att svara|byter ämne|bytte ämne',
  ),
  ...cues(
    'uncertain',
    F,
    'clause',
    'kan inte utesluta|kan ej utesluta|går inte att utesluta|inte uteslutet att|ej uteslutet att',
  ),
  ...cues(
    'hypothetical',
    F,
    'object',
    'allmänt om|kan leda till|kan medföra|kan resultera i|vi frågar om|vi frågar alla om|frågar vi om|frågar alla om|vi ställer frågor om|frågar rutinmässigt om|frågar enligt rutin om|frågar enl rutin om|allmän info om|allmän information om|allmän info|allmän information|generellt om|frågar allmänt om|frågade allmänt om|informerade om|informerades allmänt om|infoblad om|infoblad|informationsblad om|informationsblad|folder om|affisch om|affischen om|affisch|risker med|vad man gör om|vad gör man om|för den som|till den som|för dig som|till dig som|alla som|frågat enl rutin om|frågat enligt rutin om|frågat rutinmässigt om|frågade enl rutin om|frågade enligt rutin om|krisplan|info ang|information ang|informerad ang|informerats ang|frågat ang|frågade ang|frågor ang|broschyr ang|info angående|information angående|informerad angående|frågat angående|frågor angående|om behov|vid behov|om det skulle|om hon skulle|om han skulle|om hen skulle|om pat skulle|ifall|informerad om|informerades om|informerats om|informerat om|informerar om|informera om|info om|information om|informationsmaterial om|broschyr om|broschyr|skriftlig information om|tips om|fått numret till|fått nummer till|får numret till|erbjuden|erbjudits|erbjuds|erbjöds|erbjudande om|rutinfråga|rutinfrågor|rutinfrågan|rutinmässigt|frågor enl rutin för|frågor enligt rutin för|frågor enl rutin om|frågor enligt rutin om|screeningfrågor|frågor om|frågorna om|frågat om|frågade om|frågats om|tillfrågad om|tillfrågades om|tillfrågade om|andel tillfrågade om|frågad om|frågades om|fick frågan om|fått frågan om|tillfrågad enl sexit om|tillfrågad enligt sexit om|frågat enl sexit om|frågat enligt sexit om|screening|screenat|screenad|screenas|screenades|vid behov av|vid akut|om det finns|om någon|om du|om ni|för att förebygga|förebyggande|frågan om|dokumentär om|dokumentären om|roman om|romanen om|bok om|boken om|film om|filmen om|serie om|serien om|artikel om|artikeln om|reportage om|reportaget om|podd om|podden om|tentan i|tenta i|tentamen i|material om|broschyrstället|broschyrställ',
  ),
  ...cues(
    'hypothetical',
    B,
    'clause',
    'skulle återkomma|skulle uppstå|skulle bli aktuellt|skulle behövas|skulle hända|men inte längre|men ej längre|sagt skämtsamt|sa skämtsamt|sade skämtsamt|på skämt',
  ),
  // "oavsett sexuell läggning", "skämtar om att dottern 'tvingar' honom ut": no one's situation.
  ...cues(
    'hypothetical',
    F,
    'clause',
    'oavsett|skämtar om att|skämtade om att|säger skämtsamt att|skämtsamt',
  ),
  ...cues(
    'pseudo',
    F,
    'clause',
    'inte vågar|säga nej|jag aldrig träffat|hon aldrig träffat|han aldrig träffat|hen aldrig träffat|hon aldrig har träffat|han aldrig har träffat|jag aldrig har träffat|hon aldrig mött|han aldrig mött|hon aldrig sett|han aldrig sett|förnekar först|nekar först|förnekade först|nekade först|sa nej|sagt nej|säger nej|sade nej|inte vågade|inte törs|ej vågar|inte bara|ej bara|inte längre|ej längre|inte enbart|inte minst|inte alltid|vill inte|vill ej|ville inte|orkar inte|klarar inte|kan inte sluta|kunde inte sluta|kan inte låta bli|kan inte säga nej|kunde inte säga nej|vågar inte|vågade inte|får inte|fick inte|inte kunnat|inte förrän|ingen förändring|inte ovanligt|inte sällan|ingen annan utväg|ingen annan inkomst|ingen annan försörjning|ingen annan vuxen|ingen annan att|ingen annan som|ingen annan än|ingen annan vill|ingen annan skulle|ingen annan kommer|ingen annan ska|ingen annan var|ingen annan är|ingen annan förstår|ingen annan hemma|ingen annan i|ingen annan närvarande|ingen annan plats|ingen annan möjlighet|ingen annan bostad|ingen annan lösning|ingen annan kan|ingen annan har|inget annat|inga andra pengar|inga andra jobb|inga andra inkomster|inga andra alternativ|ingen aning|inga problem att|utan att|inte berättat|ej berättat|aldrig berättat|inte kan hålla sig|kan inte hålla sig|nekar inte|förnekar inte|aldrig pratat om|inte pratat om|aldrig pratat med någon om|aldrig talat om|inte vågat prata om|inte vågat|inte velat|ej velat|inte vill|nej tack|ej fått|inte fått|ingen lön|utan lön|ingen plats|inget eget|ingen egen|inga egna|inget boende|ingen bostad|inga pengar|inget jobb|inget arbete|ingen inkomst|ingen kontakt med|ingen tolk|inte svenska|ingen svenska|inte kan leva med|kan inte leva med|inte klarar|klarar inte en dag|ställa frågan om|ställer frågan om|ställt frågan om|ställde frågan om|ställs frågan om|ställdes frågan om|blivit erbjuden|blev erbjuden|har erbjudits|erbjöds pengar|erbjuds pengar|erbjuden pengar|erbjudits pengar|erbjuden betalt|ingen vet|ingen annan vet|ingen får veta|ingen visste|ingen vet om|inte ens',
  ),
];

/**
 * Words that end a cue's scope: a new clause with its own polarity ("men", "eftersom"), a report
 * of what the patient says ("berättar", "uppger"), or "utan" in "inte X utan Y".
 */
export const STOP_WORDS = words(
  'men dock däremot fast fastän medan eftersom därför pga då när sedan innan efter trots vilket vilken vilka utan berättar berättade uppger uppgav svarar svarade säger sade sa beskriver beskrev bekräftar bekräftade medger medgav framkommer framkom framgår framgick visar visade menar tycker anser tror känner kommer sen samtidigt numera nu idag tidigare ändå annars även också men',
);

/** Words that start a clause after "och", "samt", "eller" or a comma: a pronoun or a finite verb. */
export const CLAUSE_STARTERS = words(
  'hon han hen de vi jag du man det den pat pt patienten patient som hennes hans dess ' +
    'har hade är var blir blev blivit säljer sålt sålde tar tog tagit får fick fått bor bodde lever levde ' +
    'berättar uppger säger vill ville kan kunde ska skulle måste brukar gör gjorde går gick jobbar jobbade ' +
    'arbetar arbetade träffar träffade köper köpte köpt betalar betalade tjänar tjänade tvingas tvingades ' +
    'utsätts utsattes slår slog hotar hotade säljs förekommer finns fanns verkar känner kände söker sökte ' +
    'använder använde skickar skickade sover sov lämnar lämnade möter mötte ger gav behöver behövde vet visste ' +
    'tror trodde önskar önskade pratar pratade beskriver beskrev ' +
    // Finite verbs of the acts the notes tell of ("inte ville använda kondom och höll fast henne").
    // Not the nouns they spell too (drog, drar, rör, delar, skär: "förnekar alkohol, drog eller …").
    'höll håller låste låser knuffade knuffar sparkade sparkar tvingade tvingar våldtog våldtar ' +
    'ströp stryper nöp nyper rörde tafsade tafsar filmade filmar fotade fotar delade spred sprider ' +
    'skrev skriver ringde ringer följde följer väntade väntar spårar spårade kallade kallar skar ' +
    'brände bränner skadade skadar slet sliter kastade kastar kvävde kväver',
);

/** Conjunctions that start a new clause when a clause starter follows them. */
export const CONJUNCTIONS = words('och samt eller o & plus');

/** Verbs that report what the patient says: a negation after them in the sentence is a denial. */
export const REPORTING = words(
  'uppger uppgav säger sade sa berättar berättade svarar svarade menar anger angav beskriver beskrev hävdar hävdade förklarar förklarade',
);

/** After "att" these keep a cue's scope: "misstanke om att …", "tecken på att …", "förnekar att …". */
export const ATT_KEEPERS = words('om på för till');

/** Words that affirm an asked question in the next sentence ("Frågat om SME. Bekräftar."). */
export const AFFIRM = words('ja bekräftar bekräftade medger medgav jakande stämmer');

/** Words after "sex" that make it the number six ("sex veckor", "kl sex"). */
export const NUMBER_NOUNS = words(
  'nya par kor kalvar grisar hästar böcker paket olika stora små gamla vecka veckor veckorna dag dagar dagarna månad månader mån år åren timmar timme tim minuter sekunder gånger ggr st stycken kilo kg km meter procent tabletter mg ml personer barn syskon nätter dygn månaders veckors års dagars timmars barnbarn patienter elever ' +
    'flaskor flaska burkar burk öl glas koppar bitar sidor liter mil kronor kr tusen hundra månaders stygn sorter',
);

/** Words that point back to what the previous sentence asked about ("Pat förnekar båda."). */
export const ANAPHORS = words('båda bägge detta det dessa allt samtliga något ngt sådant allting alla');

/** Marks between words that neither end a scope nor count as a word. */
export const PUNCTUATION = new Set([':', '-', ',', '?', '(', ')', '/', '"']);
