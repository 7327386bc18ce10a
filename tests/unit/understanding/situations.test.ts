/**
 * Situations recognised from the many ways a note says them, and the issue's own examples from
 * note to suggestion. The false friends must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { hit, MODEL_GAPS, rulesOnly, scan, suggest, top } from './reader.ts';

/**
 * Sentences the reader's model reads as partner violence that are not (none since the model
 * learnt from dev47–dev50: "Psykotisk pat, han säger att han ska döda mig, riktat mot personalen."
 * was one).
 */
const MODEL_MISREADS = new Set<string>([]);

describe('situations said in other words', () => {
  it.each([
    ['Får pengar och cigaretter mot att hon gör sexuella saker.', 'sex-mot-ersattning'],
    // Found in dev64–dev66: bills paid for access to her, buying told as spending, grooming by a
    // photographer at bath time, sextortion in the child's own words, a same-sex partner.
    [
      'Grannen betalar el-räkningen men då vill han komma in en stund, hon har inte råd att säga nej.',
      'sex-mot-ersattning',
    ],
    [
      'Har en man som hjälper till med avbetalningen på bilen och får komma över när han vill.',
      'sex-mot-ersattning',
    ],
    ['Gör av med pensionen på betalsex och telefonsex-linjer.', 'sexkop'],
    ['Fru berättar att han lägger pengar på massage i stan, flera tusen i månaden.', 'sexkop'],
    [
      'Pojke 9 år. Mammas nya kille fotograferar honom när han badar och säger att det är deras lek.',
      'barn-sexuell-exploatering',
    ],
    [
      "UM chatt, 14 år: 'Någon jag aldrig träffat har mina bilder och säger att han skickar dom till min pappa om jag inte skickar fler'.",
      'barn-sexuell-exploatering',
    ],
    ['Man 34 med fraktur. Uppger att hans pojkvän knuffade honom nerför trappan.', 'hbtqi'],
    // A partner of the patient's own gender, where the note says the gender (dev67).
    ['Kv 34, depression. Säger att hon levt med en kvinna i 6 år men att ingen vet.', 'hbtqi'],
    // Attraction to one's own gender, and a partner who died, where the note says the gender (dev73).
    ['Man 40 år, nedstämd. Har efter 15 års äktenskap kommit fram till att han attraheras av män.', 'hbtqi'],
    ['Hemtjänst. Brukare 78 år, kvinna, vars fru dog i våras. Isolerad, gråter ofta.', 'hbtqi'],
    ['Man 29, tolk. Har en pojkvän i hemlighet, familjen planerar ett giftermål.', 'hbtqi'],
    // Events told without the label word (dev69, dev73).
    ["Kv 67 år. Säger till slut att maken 'tar för sig' nattetid fast hon inte vill.", 'sexuellt-vald'],
    [
      'Kv 45 år. Berättar att maken tar henne när han vill, även när hon sagt nej och gråtit.',
      'sexuellt-vald',
    ],
    ['En man i korridoren på boendet har tvingat sig in på hennes rum två ggr.', 'sexuellt-vald'],
    ['Elev 14 år visar till slut ytliga parallella sår på underarmarna.', 'sjalvskada'],
    ["Man 61 år. Framkommer att han 'träffar escorttjejer' ett par gånger i månaden.", 'sexkop'],
    ['Man 29, tolk somaliska. Har en pojkvän i hemlighet.', 'hbtqi'],
    ['VC, man 62. Gift med kvinna i 35 år, har alltid varit attraherad av män.', 'hbtqi'],
    ['Kille 19 år säger att familjen har märkt att han inte gillar tjejer.', 'hbtqi'],
    ['VC. Kv 68 år, änka sedan 2 år, har börjat träffa en kvinna.', 'hbtqi'],
    ['Brukare man 88 år berättar att han i hela sitt liv dolt att han älskade män.', 'hbtqi'],
    ["Man 35 år, har 'köpt en kväll' med en kvinna på nattklubb i helgen.", 'sexkop'],
    // dev71: a banknote after sex, upskirting, a trans boy told by the sex he was assigned.
    ['Hemlös man, ger honom en hundring efter att de haft sex.', 'sex-mot-ersattning'],
    ['Tar bilder i smyg under kjolar på bussen och kan inte sluta.', 'egen-sexualitet'],
    ['Person 15 år, tilldelad flicka vid födseln, använder nu han.', 'hbtqi'],
    ['Har träffat äldre män via en app och fått pengar och presenter.', 'sex-mot-ersattning'],
    ['Tar betalt för sex.', 'sex-mot-ersattning'],
    ['Har ett OnlyFans-konto.', 'sex-mot-ersattning'],
    ['Säljer bilder på sig själv.', 'sex-mot-ersattning'],
    ['Sugardejtar sedan i höstas.', 'sex-mot-ersattning'],
    ['Har sex med äldre män för att få sova över.', 'sex-mot-ersattning'],
    ['Arbetsgivaren har tagit hennes pass.', 'manniskohandel'],
    ['Måste arbeta av en skuld.', 'manniskohandel'],
    ['Medföljande man svarar på alla frågor.', 'manniskohandel'],
    ['Vet inte sin adress.', 'manniskohandel'],
    ['Arbetar 14 timmar om dagen utan lön.', 'manniskohandel'],
    ['Sambon slår henne.', 'vald-nara-relation'],
    ['Pojkvännen kontrollerar hennes telefon och hotar henne.', 'vald-nara-relation'],
    ['Blev våldtagen i helgen.', 'sexuellt-vald'],
    ['Tvingades till sexuella handlingar.', 'sexuellt-vald'],
    ['Beskriver ofrivilliga samlag i tidigare relation, har flashbacks.', 'sexuellt-vald'],
    ['Hittad på parkbank, kraftigt berusad, trosorna saknas.', 'sexuellt-vald'],
    ['Kvinna 21 år minns inte hur hon kom hem efter nollningen.', 'sexuellt-vald'],
    ['Ambulans. Ung man medvetandesänkt, avskedsbrev på mobilen.', 'akut-fara'],
    ['Har barrikaderat sig på rummet med en sax.', 'akut-fara'],
    ['Strypmärken på halsen, säger att det är från en lek.', 'vald-nara-relation'],
    ['Ska giftas bort i sommar.', 'hedersrelaterat'],
    // Found in dev49–dev52.
    ['Flickvännens bror överföll honom för att han vanärat deras syster.', 'hedersrelaterat'],
    ['Pojke 12 år. Kusinen, 19, brukar visa porr för honom.', 'barn-sexuell-exploatering'],
    ['Exmaken visar porrfilmer för deras 7-åriga dotter.', 'barn-sexuell-exploatering'],
    ['Hon berättar att pappa höll kniven mot mammas hals.', 'vald-nara-relation'],
    ['Pappa låser ute mamma på balkongen när de bråkar.', 'vald-nara-relation'],
    ['Man 55 ringer, har rep uppsatt i garaget.', 'sjalvskada'],
    ['När han dricker åker han till en viss gata och plockar upp kvinnor som han betalar.', 'sexkop'],
    ["Man 31, heroin. 'Går med gubbar' vid centralen för att få ihop till dagens dos.", 'sex-mot-ersattning'],
    ['Träffar herrar via en sida och får kontanter eller hyran betald.', 'sex-mot-ersattning'],
    ['Får inte träffa vänner, familjen bestämmer allt.', 'hedersrelaterat'],
    ['Oro över egna sexuella tankar och impulser.', 'egen-sexualitet'],
    ['Köper sex regelbundet.', 'sexkop'],
    ['Hon har skickat nakenbilder och han hotar att sprida dem.', 'barn-sexuell-exploatering'],
    ['Ambulans: pat har tagit ca 20 st Citodon för 1 h sedan.', 'sjalvskada'],
    ['Ambulans: pat har tagit ca 20 st Citodon för 1 h sedan.', 'akut-fara'],
    ['Under besöket skriker sambon att han ska slå ihjäl henne.', 'vald-nara-relation'],
    ['Sa nej flera gånger men han fortsatte. Hon frös och kunde inte röra sig.', 'sexuellt-vald'],
    ['Pat orkar inte leva längre.', 'sjalvskada'],
    ['Orkar inte mer, ingen mening med livet.', 'sjalvskada'],
    ['Aktiva SI sedan en vecka.', 'sjalvskada'],
    ['Beskriver att han flera gånger tagit stryptag på henne.', 'vald-nara-relation'],
    ['Hon har slagit honom flera gånger.', 'vald-nara-relation'],
    ['Beskriver tvångsmässigt porrtittande flera timmar per natt, har försökt sluta.', 'egen-sexualitet'],
    ['Tittar på porr 4-5 h per dag och har fått varning på jobbet.', 'egen-sexualitet'],
    ['Säger att hon tvingas följa med familjen till Somalia idag.', 'hedersrelaterat'],
    ['Man som har sex med män.', 'hbtqi'],
    ['Transkvinna, 30 år.', 'hbtqi'],
    ['Mannen har hotat att döda henne.', 'akut-fara'],
    ['Exet väntar utanför nu.', 'akut-fara'],
    // An adult of a given age who gives a child things, in a relative's call.
    [
      'Mormor orolig: barnbarnet 15 har en ny pojkvän på 25 som köper saker åt henne.',
      'barn-sexuell-exploatering',
    ],
    [
      'Moster ringer om systerdotter 15 som dejtar en 40-åring som betalar för henne på gymmet.',
      'barn-sexuell-exploatering',
    ],
    ['Rädd för sitt liv.', 'akut-fara'],
    ['Har via app träffat män som betalar för sex.', 'sex-mot-ersattning'],
    ['Har en sugardaddy som betalar hennes telefonräkning.', 'sex-mot-ersattning'],
    ['Kolla porr 6 h om dagen, kan inte sluta.', 'egen-sexualitet'],
    ['Föräldrarna har valt en man åt henne.', 'hedersrelaterat'],
    ['Bossen har allas pass.', 'manniskohandel'],
    ['Har haft sex med äldre män för att få bo hos dem.', 'sex-mot-ersattning'],
    ["Skär sig i armarna, 'jag skär mig när det blir för mycket'.", 'sjalvskada'],
    ['Samlaget var inte frivilligt, hon kunde inte säga nej.', 'sexuellt-vald'],
    ['De tog mitt pass och säger att jag är skyldig dem pengar.', 'manniskohandel'],
    ["Kallas 'hora' av hans släkt.", 'hedersrelaterat'],
    ['Pat tar "betalt" för att följa med män hem.', 'sex-mot-ersattning'],
    ["Enl soc 'betalar hon med sig själv' för soffplats och mat.", 'sex-mot-ersattning'],
    ['Psyk: man 29 beskriver impulsköp av sex när han är full.', 'sexkop'],
    ['Uppger att hon blivit såld av sin exman till ett nätverk i Göteborg.', 'manniskohandel'],
    ['Hon har rymt från ett hus där hon hålls.', 'manniskohandel'],
    ['Pojkvännen kräver att hon delar sin position i appen och läser hennes sms.', 'vald-nara-relation'],
    [
      "Har 'gått in i dörren' igen, maken hörs i bakgrunden och säger åt henne att lägga på.",
      'vald-nara-relation',
    ],
    ['Familjen ska gifta bort honom med en flicka i hemlandet.', 'hedersrelaterat'],
    ['Svärmor följer med och svarar för henne, familjen bestämmer.', 'hedersrelaterat'],
    ["Undrar om det finns hjälp för 'såna som tänder på för unga'.", 'egen-sexualitet'],
    ['Flicka 13 har fått presentkort och snus av en man på 22 från Snapchat.', 'barn-sexuell-exploatering'],
    ['Pojkvännen har skickat bild på en kniv och skrivit vi ses efter skolan.', 'akut-fara'],
    ['Exmaken har skickat en bild på en kniv till henne.', 'akut-fara'],
    ['Flera flickor i åk 7 har börjat rispa sig.', 'sjalvskada'],
    ['Har bränt sig med cigarett efter bråket.', 'sjalvskada'],
    ['I ruset köper han ofta sex via escortsidor.', 'sexkop'],
    ['Han har hotat att döda henne ikväll om hon kommer hem, säger pat.', 'vald-nara-relation'],
    ['Exet sa igår att han ska bränna ner huset med henne i.', 'vald-nara-relation'],
    ['Tittar på tecknade bilder med barn i sexuella situationer.', 'egen-sexualitet'],
    [
      'Sambon har sagt upp hennes telefonabonnemang och hon måste redovisa var hon varit.',
      'vald-nara-relation',
    ],
    ['Pojkvännen lånar ut henne till sina kompisar och de ger honom pengar.', 'sex-mot-ersattning'],
    ['Träffar män som hon vet som betalar för sex.', 'sex-mot-ersattning'],
    ['Tar emot kunder hemma i lägenheten, 5-6 per kväll.', 'sex-mot-ersattning'],
    ['Pt berättar att han swishat en tjej från en sajt för att få ha sex med henne.', 'sexkop'],
    ['Pat säger att han brukar ge en bekant kvinna pengar och tabletter mot sex.', 'sexkop'],
    // "har betalt" is paying; "fått betalt" stays selling (dev71).
    ['Man 60 år, berättar att han betalt unga män i Manila för sex under semestrar.', 'sexkop'],
    ['Har fått betalt för sex av äldre män via en app.', 'sex-mot-ersattning'],
    // Payment in other words, thoughts of sex with children, a loss of control told by a wife,
    // a child asked for video from the shower, food withheld by a relative (dev74, dev77).
    [
      "Hade en skuld på 40 000 kr; han sa att den var 'kvitt' om hon kom hem till honom några kvällar.",
      'sex-mot-ersattning',
    ],
    ["Säger att en man brukar betala hennes räkningar 'om hon är snäll mot honom'.", 'sex-mot-ersattning'],
    ["Får sova i en mans lägenhet, han kräver sex av henne som 'betalning'.", 'sex-mot-ersattning'],
    ["Kille 17, bor hos 'en snäll man'. 'Jag betalar med det jag har, du fattar.'", 'sex-mot-ersattning'],
    ['Man 34. Plågas av tankar om sex med barn som dyker upp utan att han vill.', 'egen-sexualitet'],
    ["Maken 'inte kan hålla sig' från porr, han säger själv att han tappat kontrollen.", 'egen-sexualitet'],
    [
      'Pojke 13 år har fått kontakt med en vuxen via surfplattan som ber om video från duschen.',
      'barn-sexuell-exploatering',
    ],
    ["Dottern som har fullmakt ger honom inte mat om han 'bär sig illa åt'.", 'vald-nara-relation'],
    // Trafficking signs: work for a bed, a threat of the migration authority (dev74).
    [
      "Jobbar gratis 'för att få bo kvar', chefen hotar ringa Migrationsverket om han klagar.",
      'manniskohandel',
    ],
    // The partner of the patient's own gender who hurts them, or whom the family found out about (dev74).
    ['Akuten. Kv 35, hustrun tog strypgrepp på henne för andra ggn.', 'hbtqi'],
    ['Psyk. Man 26, kusinerna hotar honom sen familjen fick veta om pojkvännen.', 'hbtqi'],
    ['MVC. Kv 28, gift m en kvinna, familjen har brutit kontakten.', 'hbtqi'],
    ['Han kontrollerar vad hon äter, vem hon ringer och hon får inte jobba.', 'vald-nara-relation'],
    ['Hustrun är aggressiv, han har rivmärken och ett blåöga.', 'vald-nara-relation'],
    ['Grannen hör skrik och slag från lägenheten bredvid.', 'akut-fara'],
    ['Man 37, tänker använda hagelgeväret på sig själv ikväll.', 'akut-fara'],
    ["'Om jag lämnar honom dödar han mig', säger hon.", 'akut-fara'],
    ['Transperson 22 år, sexsäljer via dejtingappar.', 'sex-mot-ersattning'],
    ['Sover hos killar han träffar på appar, de vill ha sex som tack.', 'sex-mot-ersattning'],
    ['Får amfetamin av langaren utan att betala om jag ställer upp.', 'sex-mot-ersattning'],
    // Found in dev54.
    ['Maken tar hela hennes lön och bestämmer vem hon får träffa.', 'vald-nara-relation'],
    ['Sambon hotar att ta barnen om hon går.', 'vald-nara-relation'],
    ["Hon 'låter killar göra vad de vill' för att få sova över.", 'sex-mot-ersattning'],
    ["Efter festerna hamnar han hos 'tjejer som tar betalt'.", 'sexkop'],
    ['Pojke 12 år får energidrycker och vapes av en man vid stationen.', 'barn-sexuell-exploatering'],
    // Found in dev56–dev57.
    ['Fick ingen ersättning men hade sex med honom för att få bo kvar.', 'sex-mot-ersattning'],
    ['Mamma vill ha intyg på att dottern är orörd inför bröllopet.', 'hedersrelaterat'],
    ['Pappan viftade med ett basebollträ, mamma och barnen låste in sig i sovrummet.', 'akut-fara'],
    ["Sedan frun dog äter han inte, säger att han 'väntar på att få följa med henne'.", 'sjalvskada'],
    ["Helger i Riga med kompisgänget och 'tjejer som är betalda för kvällen'.", 'sexkop'],
  ])('%s → %s', (text, theme) => {
    expect(rulesOnly.scan(text).hits.find((h) => h.theme === theme)?.count ?? 0).toBeGreaterThan(0);
  });

  it.each([
    ['Tjej 17, pojkvännen har skickat bild på en kniv.', 'barn-sexuell-exploatering'],
    ['Fragar om det finns nagon som hjalper en som koper sex.', 'sex-mot-ersattning'],
    ['Träffar män via en app och säljer sex.', 'barn-sexuell-exploatering'],
    ['Har en sugar daddy som betalar hyran mot att hon träffar honom och har sex när han vill.', 'sexkop'],
    ['Rånaren hotade att döda honom om han inte lämnade plånboken, han sprang.', 'vald-nara-relation'],
    ['Psykotisk pat, han säger att han ska döda mig, riktat mot personalen.', 'vald-nara-relation'],
    [
      'Arbetar som barnflicka hos en familj, får inte gå ut ensam, arbetsgivaren har hennes pass.',
      'hedersrelaterat',
    ],
    // A partner of the other gender, or no gender said, or a man met elsewhere.
    ['Kvinna 40, bor med sin man och två barn. Söker för ryggont.', 'hbtqi'],
    ['Man 60, gift med en kvinna sedan 30 år.', 'hbtqi'],
    ['Pat lever med en kvinna sedan 6 år.', 'hbtqi'],
    ['Man 35, hotad av en man han träffat på krogen.', 'hbtqi'],
    // "har en" near "en man" of someone else (dev73); a boyfriend's cigarettes are not self-harm (dev26).
    ['Man 47. Kvinnorna talar knappt engelska och har en man som hämtar dem.', 'hbtqi'],
    ['Man 36. Har en pojkvän som straffar honom genom att trycka cigaretter mot huden.', 'sjalvskada'],
  ])('%s is not %s', (text, theme) => {
    expect(rulesOnly.scan(text).hits.find((h) => h.theme === theme)?.count ?? 0).toBe(0);
    // With the reader's model too, but for its known misreadings (below).
    if (!MODEL_MISREADS.has(text)) expect(hit(text, theme)?.count ?? 0).toBe(0);
  });

  // The test fails once the model stops misreading it: keep the list true after a retraining.
  if (MODEL_MISREADS.size > 0)
    it.fails.each([...MODEL_MISREADS])('known misreading of the model: %s', (text) => {
      expect(hit(text, 'vald-nara-relation')).toBe(undefined);
    });
});

describe('false friends give nothing', () => {
  it.each([
    'Sjukskriven sex veckor, ersättning från Försäkringskassan.',
    // Found in dev79 and dev80.
    'Pappa har låst in spelkonsolen i ett skåp och bestämmer skärmtiden.',
    'Narkotikaklassade läkemedel förvaras inlåsta i läkemedelsskåpet.',
    'Trafficking av besökare till 1177-sidorna har ökat – webbredaktionen menar webbtrafiken.',
    'Praktik utan lön via Arbetsförmedlingen, får aktivitetsstöd.',
    'Eskorterar turister i sommar.',
    'Eskort till röntgen.',
    'Säljer sexleksaker på nätet.',
    'Arbetar inom handeln.',
    'Torsk till middag.',
    'Sexuellt aktiv, en partner, använder kondom.',
    'Klarade passet på gymmet.',
    'Känner skuld efter bråket.',
    'Hjärtat slår regelbundet.',
    'Tvingades avbryta studierna.',
    'Tog betalt för målningen.',
    'Säljer kläder på nätet.',
    'Skickade bilder på utslaget till hudmottagningen.',
    'Pappa slår vad om att sonen växer ifrån astman.',
    'Remiss från dr Hederström angående knäartros.',
    'Kör eskortbil för breddtransporter.',
    'Pensionerad överste, berättar om hedersmedaljen från försvaret.',
    'Avdelning 5 har fått hedersomnämnande för minskade trycksår.',
    'Exploateringen av norra sjukhusområdet startar 1 april, P-hus B stängs.',
    'STI-test neg. BT 112/70, puls 64.',
    'Exet har skickat bild på en ny lägenhet.',
    'Tar 2 st Alvedon vid behov.',
    'Skadade handen när han rengjorde jaktgeväret, ytlig skärskada.',
    'Suicidriskbedömning: låg risk.',
    'Kille 15 på UM, frågor om onani och om det är normalt att titta på porr ibland.',
    'Ska följa med mamma till Turkiet på semester.',
    'Brände sig på fritösen på jobbet.',
    'Tar betalt för att rasta grannens hund.',
    'Pat har tankar om barn, vill bli gravid.',
    'Pat har konstiga tankar, hör röster. Har 2 barn.',
    'Kv 45. En man från kyrkan hämtar henne och ger henne pengar till mat.',
    'Mamma vet var hon är.',
    'Har tagit tabletter mot huvudvärk.',
    'Vaccin mot sex olika typer av HPV.',
    'Pat kör en Ford Escort som krockade i låg hastighet.',
    'Boende Hedersgatan 12, omläggning av bensår.',
    'Familjen har bestämt att åka till Italien i juli.',
    'Skar sig med kniv i vänster tumme när hon skar lök.',
    'Skuldsatt efter sms-lån, avbetalningsplan med Kronofogden.',
    // Found in dev68: an escort by a nurse, a caretaker's flat, a child with autism, honour questions.
    'Ambulans: transport av pat till Halmstad, eskort av ssk pga syrgasbehov.',
    'Vaktmästare med anställningsavtal, bor på jobbet i tjänstebostad som ingår.',
    'BUP. 10-åring med autism biter sig i handen vid frustration.',
    'Hedersfrågor enl bedömningsstöd: får välja själv vem hon gifter sig med. Svarar nej på alla frågor.',
  ])('%s', (text) => {
    expect(rulesOnly.scan(text).hits).toEqual([]);
    // With the reader's model: no suggestion, but for its known gaps (false-friends.test.ts).
    if (!MODEL_GAPS.has(text)) expect(suggest(text)).toEqual([]);
  });
});

describe('a topic of staff training or of work suggests nothing', () => {
  it.each([
    // Found in dev68: training taken, a poster to order, a police officer's own work.
    'Jag (ST-läkare) har genomgått webbutbildningen om våld i nära relationer i dag.',
    'Gick i dag på regionens halvdagsutbildning om människohandel och arbetskraftsexploatering.',
    'Posters om våld i nära relationer finns att beställa till väntrum.',
    'Pt 46 år, polis på sektionen för grova brott, utreder sexualbrott mot barn.',
    // dev70: material for the waiting room, a training all new staff shall take.
    'Broschyrstället fyllt på med material om stöd vid våld, sexuell hälsa och psykisk ohälsa.',
    'Beslut: alla nyanställda ska gå webbutbildningen om våld i nära relation under introduktionen.',
  ])('%s', (text) => {
    expect(suggest(text, rulesOnly)).toEqual([]);
    expect(suggest(text)).toEqual([]);
  });

  it("a partner of the same gender in someone else's relationship is about them", () => {
    const h = hit('Man 38. Hans fru har en relation med en annan man.', 'hbtqi');
    expect(h === undefined || h.other === h.count).toBe(true);
  });
});

describe('the examples of the issue, from note to suggestion', () => {
  it('partner violence against a woman: Kvinnofridslinjen first', () => {
    expect(top('Pat berättar att sambon har slagit henne upprepade gånger. Hon är rädd för honom.')[0]).toBe(
      'kvinnofridslinjen',
    );
  });

  it('a man beaten by his partner: Stödlinjen för män first, no line for women', () => {
    const ids = suggest('Man 38 år. Sambon slår honom, senast igår.').map((s) => s.id);
    expect(ids[0]).toBe('stodlinjen-for-man');
    expect(ids).not.toContain('kvinnofridslinjen');
  });

  it('own sexual impulses: PrevenTell; cannot stop buying sex: PrevenTell and KAST', () => {
    expect(top('Man, 45 år, oro över egna sexuella tankar och impulser, rädd att skada någon.')[0]).toBe(
      'preventell',
    );
    expect(top('Kan inte sluta köpa sex.')).toEqual(expect.arrayContaining(['preventell', 'kast']));
  });

  it('a 13-year-old paid for sexual acts: child services first, nothing for adults only', () => {
    const ids = top('Flicka 13 år. Får pengar och cigaretter mot att hon gör sexuella saker.');
    expect(ids).toEqual(expect.arrayContaining(['bris', 'socialjouren-halland']));
  });

  it("a child paid for sex is read as a child's exploitation too; an adult with a young child is not", () => {
    const text = 'Flicka 13 år. Får pengar och cigaretter mot att hon gör sexuella saker.';
    expect(hit(text, 'sex-mot-ersattning')?.count).toBe(1);
    expect(hit(text, 'barn-sexuell-exploatering')?.count).toBe(1);
    expect(hit('Mamma ringer, dottern 14 år säljer sex via app.', 'barn-sexuell-exploatering')).toMatchObject(
      {
        count: 1,
        other: 1,
      },
    );
    expect(hit('Kvinna 30 säljer sex, har en dotter 4 år.', 'barn-sexuell-exploatering')).toBeUndefined();
    const call = 'Pappa till 13-årig dotter ringer: dottern har fått presentkort av en okänd man mot bilder.';
    expect(hit(call, 'barn-sexuell-exploatering')?.other).toBeGreaterThan(0);
    expect(hit('Flicka 15 år. Frågat om sex mot ersättning.', 'barn-sexuell-exploatering')).toBeUndefined();
  });

  it('trafficking signs without the word: NMT first', () => {
    expect(top('Arbetsgivaren har tagit hennes pass och hon måste arbeta av en skuld.')[0]).toBe(
      'nmt-stodtelefon',
    );
  });

  it('a resource named in the note comes first, with the reason', () => {
    const [first] = suggest('Ungdomsmottagningen använder SEXIT.');
    expect(first?.id).toBe('sexit');
    expect(first?.reasons[0]).toMatch(/^sidan nämner SEXIT/);
    expect(top('Hänvisad till Terrafem.')[0]).toBe('terrafem');
  });

  it('"har inget eget boende och säljer sex" is a disclosure, not a denial', () => {
    const s = suggest('Har inget eget boende och säljer sex för att ha någonstans att bo.');
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => !x.reasons.some((r) => r.includes('nekat')))).toBe(true);
  });

  it('"Rutinfråga ställd. Pat förnekar båda." suggests nothing', () => {
    expect(suggest('Frågat om våld och sex mot ersättning. Rutinfråga ställd. Pat förnekar båda.')).toEqual(
      [],
    );
  });

  it('acute danger puts 112 on top with the police beside it in the same row', () => {
    const [first, second] = suggest('Sambon har hotat att döda henne och väntar utanför nu.');
    expect(first?.id).toBe('sos-112');
    expect(first?.beside).toEqual(['polisen-114-14']);
    // The police's own line is not a row of its own: the next place is for a talk or protection line.
    expect(second?.id).not.toBe('polisen-114-14');
    expect(second?.group).toBe('contact');
  });

  it('a parent about a 15-year-old daughter: child and relatives services, not adult ones', () => {
    const ids = top('Mamma till den 15-åriga dottern som säljer sex till äldre män.');
    expect(ids).toEqual(expect.arrayContaining(['socialjouren-halland', 'ecpat-vuxenstod']));
  });

  it("a parent's call about a child's exploitation: the line for parents, not the adults' lines", () => {
    for (const text of [
      'Mamma orolig: dottern 15 har en äldre pojkvän som ger henne droger och pengar, tror att hon måste ställa upp sexuellt.',
      'Pappa till 13-årig dotter ringer VC: dottern har fått presentkort av en okänd man på nätet i utbyte mot bilder.',
    ]) {
      const ids = top(text);
      expect(ids).toContain('ecpat-vuxenstod');
      expect(ids).not.toContain('nmt-stodtelefon');
      expect(ids).not.toContain('kvinnofridslinjen');
    }
  });

  it("a relative's call about a son or a daughter: no line for the other gender", () => {
    const son = top('Pappa ringer: sonen 19 år blev våldtagen på en fest och vill inte gå till polisen.');
    expect(son).not.toContain('kvinnofridslinjen');
    const daughter = top(
      'Pappa ringer: dottern (23) ska ha blivit slagen av sin pojkvän, hon har blåmärken.',
    );
    expect(daughter).not.toContain('stodlinjen-for-man');
    expect(daughter).toContain('kvinnofridslinjen');
  });

  it("a relative's call about an adult who sells sex: not the line for children's cases", () => {
    const ids = top('Syster ringer: systern (30) säljer sex från sin lägenhet och verkar må mycket dåligt.');
    expect(ids).not.toContain('ecpat-vuxenstod');
    expect(ids).toContain('nmt-stodtelefon');
  });

  it('men who pay for sex are the patient selling, not buying', () => {
    expect(hit('Träffar män som betalar för sex.', 'sexkop')).toBeUndefined();
    expect(hit('Maken betalar för sex.', 'sexkop')?.count).toBe(1);
  });

  it('"inte vågar säga nej till sex med sambon … slår" is a disclosure, not a denial', () => {
    const h = hit(
      "Pat uppger att hon inte vågar säga nej till sex med sambon, 'annars slår han'.",
      'vald-nara-relation',
    );
    expect(h?.count).toBe(1);
    expect((h?.negated ?? 0) + (h?.denied ?? 0)).toBe(0);
  });

  it('a child groomed online: a line for the child, social services and a place to report', () => {
    const ids = top('Flicka 13 år. Har skickat nakenbilder till en vuxen man som nu hotar att sprida dem.');
    expect(ids).toContain('bris');
    expect(ids.some((id) => id === 'socialjouren-halland' || id === 'barnahus-halland')).toBe(true);
    expect(ids.some((id) => id === 'polisen-114-14' || id === 'ecpat-hotline')).toBe(true);
  });

  it('a child patient told of by a parent ("dottern") is the patient, not someone else', () => {
    const s = suggest('BUP. 13-årig flicka. Enl mamma har dottern kontakt med äldre män på Snapchat.');
    expect(s.slice(0, 3).map((x) => x.id)).toContain('bris');
    expect(s[0]?.reasons.join(' ')).not.toMatch(/någon annan/);
  });

  it("an adult's gifts to a child are a suspicion only beside a child's age", () => {
    const child = hit(
      'Pat 16 år. En man på boendet har gett honom cigg och pengar.',
      'barn-sexuell-exploatering',
    );
    expect(child).toMatchObject({ count: 1, uncertain: 1 });
    expect(
      hit('Pat 46 år. En man på boendet har gett honom cigg och pengar.', 'barn-sexuell-exploatering'),
    ).toBe(undefined);
  });

  it('a denial taken back is no denial ("förnekar först men berättar sedan")', () => {
    const h = hit('Pat förnekar först men berättar sedan att han fått betalt för sex.', 'sex-mot-ersattning');
    expect(h).toMatchObject({ count: 1, negated: 0, denied: 0 });
  });

  it('general information and plans for if it happens suggest nothing', () => {
    expect(suggest('Allmän info om sexuella övergrepp och var man kan söka.')).toEqual([]);
    expect(suggest('Krisplan upprättad om självskadetankar skulle återkomma.')).toEqual([]);
    expect(suggest('Infoblad om stöd vid exploatering i arbetslivet lämnat.')).toEqual([]);
  });

  it('a resource given as information is at hand, unless as a routine or after a denial', () => {
    expect(top('Info om Kvinnofridslinjen given om behov skulle uppstå.')[0]).toBe('kvinnofridslinjen');
    expect(top('Pat informerad om PrevenTell om tankarna skulle komma tillbaka.')[0]).toBe('preventell');
    expect(top('Hänvisad till Terrafem.')[0]).toBe('terrafem');
    expect(suggest('Info om Kvinnofridslinjen given som rutin till alla gravida. Mår bra.')).toEqual([]);
    expect(suggest('Info om Kvinnofridslinjen given om behov skulle uppstå; inget vald aktuellt.')).toEqual(
      [],
    );
    expect(suggest('Frågat om våld i nära relation, pat förnekar. Informerad om Kvinnofridslinjen.')).toEqual(
      [],
    );
    // A denial in another paragraph does not count.
    expect(top('Frågat om våld i nära relation, pat förnekar.\n\nInformerad om Kvinnofridslinjen.')[0]).toBe(
      'kvinnofridslinjen',
    );
  });

  it('vague thoughts are own sexuality only about children', () => {
    expect(hit("Berättar om 'fel tankar' om flickor i dotterns ålder.", 'egen-sexualitet')?.count).toBe(1);
  });

  it('contacts come before trainings and reports', () => {
    const s = suggest('Pat säljer sex sedan ett år.');
    const firstLearn = s.findIndex((x) => x.group === 'learn');
    const lastContact = s.map((x) => x.group !== 'learn').lastIndexOf(true);
    expect(firstLearn).toBeGreaterThan(lastContact);
  });
});

describe('only codes and vocabulary leave the reader', () => {
  it('words are vocabulary terms, never the page as written', () => {
    const s = scan('Pat BERÄTTAR att Sambon har SLAGIT henne i Halmstad.');
    const words = s.hits.flatMap((h) => h.words).join(' ');
    expect(words).not.toMatch(/Halmstad|BERÄTTAR|Sambon/);
  });
});

describe('addresses are not prose', () => {
  it('reads no situation inside a web or mail address', () => {
    expect(
      scan('Hänvisning: NMT, https://example.se/prostitution-och-manniskohandel/, 2026-12-06').hits,
    ).toEqual([]);
    expect(scan('Skrivit till manniskohandel@example.se.').hits).toEqual([]);
    expect(scan('Se www.example.se/sex-mot-ersattning för mer').hits).toEqual([]);
  });
});

describe('a line break ends a term', () => {
  it('reads no term whose words stand on two lines', () => {
    expect(scan('Hon vill köpa\n\nsex veckors semester').hits).toEqual([]);
    expect(scan('köpa\nsex').hits).toEqual([]);
  });
});
