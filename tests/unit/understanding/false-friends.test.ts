/**
 * Ordinary clinical sentences that share words with the vocabulary's phrasings (a review found
 * each of these firing once): they must give no situation and no suggestion.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_GAPS, rulesOnly, scan, suggest } from './reader.ts';

const QUIET = [
  // Found in dev49–dev52: work, study, lessons, imaging, accidents, a screening talk answered no.
  'Personalnytt: kollegan Anna har börjat jobba som volontär på Bris och på Kvinnofridslinjen.',
  'Student 23 år med provångest, pluggar kriminologi och har tenta om människohandel och prostitution på fredag.',
  'Skolsköterskan har haft lektion i åk 8 om samtycke, nätet och att skicka bilder.',
  'Pat arbetar som journalist och skriver en artikelserie om prostitution, stressad.',
  'Pensionerad kriminalinspektör, berättar gärna om fall med människohandel han utredde på 90-talet.',
  'Flicka 13 år, ont i handleden. Bilderna skickade till ortoped för granskning, ingen fraktur.',
  'Kv 71 år slog handen i bildörren när hon skulle hjälpa sin man ur bilen.',
  'UM, SEXIT-samtal. Kille 17 år svarar nej på alla frågor. Fast flickvän, använder kondom.',
  // Found in dev53 (traps only).
  'Akuten. 16-årig pojke, fotboll igår, blev slagen i knät av motståndarens fot vid en tackling.',
  "På fråga om hon någonsin fått pengar eller saker för sex svarar pat 'nej, aldrig'.",
  'Pat svarar nej på alla frågor i våldsscreeningen, ingen tidigare erfarenhet av våld.',
  'Kock 41 år, skar sig djupt i tummen med filekniven i jobbet. Suturerat.',
  "Pat 58 år nämner att han som ung blev slagen av sin pappa, 'det är länge sedan och jag har gjort upp med det'.",
  'Forskningsnytt: ny svensk studie om förekomst av sex mot ersättning bland unga vuxna publicerad.',
  'Blev slagen av en häst i stallet, kontusion lår hö sida.',
  'Skolsköterska: 8-åring slog sig på rasten, blåmärke på knät.',
  'Snickare 38 år skar sig på cirkelsågen, djup skada dig II.',
  'Planerar att använda SEXIT-formuläret vid nästa besök enligt rutin för alla nya besökare.',
  'Vid utskrivning informeras samtliga patienter om 1177 och om att ringa 112 vid akut försämring.',
  'Alla som besöker UM för första gången får broschyren om sexuell hälsa och om UMO.',
  'Pt, polis som utreder människohandelsärenden, söker för sömnbesvär.',
  'Ställer upp för sina barn, han är en bra pappa.',
  // Found in dev56 (traps only): workplaces, an alerted emergency line, a sterilisation's
  // reflection time, payment and force ruled out, every question answered no.
  'Pat arbetar som kurator på Barnahus, nacksmärta efter mycket datorarbete.',
  'Studerar till socionom och gör praktik på socialjouren, halsont sedan 3 dagar.',
  'Ordförande i lokalavdelningen av RFSL, sjukskriven efter menisk-op.',
  'Arbetsplatsolycka, kollegorna larmade 112 direkt och lyfte bort balken.',
  'Gyn. Kvinna 41 år, tre barn. Betänketid genomgången, laparoskopisk sterilisering planeras.',
  'Kille 21 år vill testa sig efter ny partner. Ingen ersättning, inget tvång, trivs med sin sexualitet.',
  'Frågat enligt rutin om pat någonsin fått pengar för sex eller blivit tvingad, nej på alla frågor.',
  // Found in dev59 (short traps): the emergency number already called, a threat of a strike,
  // children's play, a bruise an infant got pulling herself up, a family's pride.
  'Barn 5 år med feberkramp hemma, mormor ringde 112. Kramp över vid ankomst.',
  'BVC. Mamma oroad över hot om strejk på förskolan, behöver ordna barnpassning.',
  '8-åringar i klassen leker doktor på rasten, läraren ville ha råd. Åldersadekvat lek.',
  'BVC. 9 mån, faller ofta när hon drar sig upp, ett litet blåmärke på pannan från bordskanten.',
  'Brukaren berättar stolt att familjens heder alltid varit att ta hand om de gamla.',
  // Found in dev31–33: innocent senses, work and topics, acronyms in other words.
  'Grannen jobbar på Kvinnofridslinjen, pat berättar stolt om det.',
  'Svärdottern jobbar på RFSL i Göteborg.',
  'Kollegan har gått Pegasus utbildning och pratade om den på APT.',
  'Juriststudent som skriver uppsats om sexköpslagen, söker för förkylning.',
  'Handbollsmålvakt, smärta i axeln i kastmomentet.',
  '3-årsbesök, trotsperiod, kastar sig på golvet i affären.',
  'Pratar om heder och fair play i knattelaget han tränar.',
  'Höll tal på dotterns bröllop, skålade för brudparets ära och heder.',
  'MVC v 36. Bebisen sparkar mycket på nätterna och mamman sover dåligt.',
  'Maken kontrollerar hennes blodtryck varje morgon.',
  'Köper ett sex-pack öl varje fredag.',
  'Får eskort till gaten på Landvetter, går med rollator.',
  'Kör taxi nattetid, har kunder som vill ha kvitto.',
  'Kvinna 28 år skar sig i pekfingret med en grönsakskniv.',
  'Skar sig på propellern till drönaren.',
  'Pappan bor på arbetsplatsen under veckorna, jobbar på en oljeplattform.',
  'SEXIT-frågor ställda, nej på samtliga.',
  'SEXIT-frågor ställda, inget framkom.',
  'Pat ska skickas hem med antibiotika.',
  'Odling har skickats bort för analys.',
  'Jobbar som säljare, mycket resor och kundbesök.',
  'Går på NA-möten, har haft flera sponsorer genom åren.',
  'Elitsimmare, har sponsorer och tränar två pass om dagen.',
  'Får betalt i form av timlön.',
  'Dottern betalar hennes räkningar sedan stroken.',
  'Vill inte jobba med män som behandlare.',
  'Flera partners senaste halvåret, betalar själv för PrEP.',
  'Haft tre partners i år, får pengar från CSN.',
  'Palliativ vård, pat kommer sannolikt inte överleva natten. Anhöriga informerade.',
  'Ropar på hjälp flera gånger under natten, oklar av demens.',
  'Vi gör klart det på fredag.',
  'Pat råkade ut för en olycka med cykeln.',
  'Slutat ta sitt insulin regelbundet, HbA1c stigande.',
  'Pat säger hejdå till personalen och går hem.',
  'Nattpersonalen går in i hennes rum nattetid för tillsyn.',
  'Sonen vill flytta henne till boende trots att hon sagt nej.',
  'Vill fortsätta behandlingen fast hon sagt nej tidigare.',
  'Flicka 16 år, gravid v 8. Pojkvännen, han är 19, följer med på besöket.',
  'Produkten säljer sig själv.',
  'Pat tar emot män på mottagningen som läkare.',
  'Har tagit 10 mg sertralin dagligen i tre veckor.',
  'Pat blir slagen av trötthet efter måltiderna.',
  'Arbetar i butik och tar emot kunder hela dagen, ont i ryggen.',
  'Jobbar i hotellreceptionen, måste ta emot gäster sent på kvällen.',
  'Pat gav bort sina saker inför flytten till äldreboende.',
  'Har gjort en del för pengar, extrajobb som budbärare.',
  'Det spelar ingen roll längre vilken tid vi ses.',
  'Barnen ska ha hemliga lekar i skogen på utflykten.',
  'Familjen bestämmer tillsammans om mammans flytt till särskilt boende.',
  'Bränt sig på spisen i går, blåsa på handen.',
  'Fått iPhone i julklapp av mormor.',
  'Kom till Sverige för jobb som läkare 2015.',
  'Kontaktad av man från försäkringskassan.',
  'Träffar män via en app, vill ha PrEP.',
  'Ramlade i badrummet och slog huvudet i väggen, liten kula.',
  'Barnen är i fara om vi inte vaccinerar.',
  'Tar betalt ibland för sina konsulttjänster.',
  'Fotograferar och säljer bilder på nätet, mest landskap och fågelbilder.',
  'Pojke 11 år fick ett slag mot huvudet av en klubba, vaktas av föräldrar i natt.',
  'Arbetar och bor på gården där han är anställd sedan 15 år, bostaden ingår i lönen.',
  'Pappa ringer: sonen 12 har bett om hjälp med läxorna och vill träffa kompisar.',
  'Kvinna 84 år. Riskbedömning hög risk för fall enligt Downton, fallprevention påbörjad.',
  'Skyddsbedömning hög risk för infektion, isoleringsrum.',
  'Man 79 år, efter höftfraktur. Kan inte sova hemma pga trappor till sovrummet, korttidsplats sökes.',
  'Pat uppger att hon inte vågar gå hem ensam ännu efter fallet, önskar en natt till på avdelningen.',
  'Pat med anorexi uppger: de tvingar mig att äta på avdelningen.',
  'Visar en bild på kniv i mobilen, jobbar som kock.',
  'Ikväll är sista gången hon tar antibiotikan.',
  'Vårtan behöver oftast frysas 2-3 gånger för att försvinna.',
  'Pojke 7 år, rispade sig på en rostig spik, tetanusvaccin ges.',
  'Har bränt sig med strykjärnet av misstag, brännskada grad 2 på handen.',
  'Typ 2-diabetes. Har slutat ta insulin för att blodsockret varit lågt på morgonen, hypoglykemier.',
  'Risk att pat gör illa sig själv vid förflyttning, två personal vid förflyttning.',
  'Pat är rädd för sina tankar om att något ska hända barnen, tvångstankar, KBT för OCD.',
  'Kvinna 88 år, ensamstående. Hittar sällskap via PRO och kyrkans träffpunkt.',
  'Ledsagarservice: sällskap mot ersättning enligt LSS, beviljat 10 h/mån.',
  'Pat ensam efter makens död, betalar en kvinna för sällskap och hjälp med handling.',
  'Pat går på betalda träffar med en samtalsgrupp för sorg.',
  'Arbetar som personlig assistent, får betalt för att göra saker med brukaren.',
  'Pojke 12 år, får 50 kr för att göra saker hemma, veckopeng.',
  'Tar emot gäster i en lägenhet hon hyr ut via Airbnb, stressad.',
  'Ansvarar för prenumerationssidan på tidningens webb, mycket skärmarbete, nackvärk.',
  'Villan blev såld i våras och pat har flyttat till säbo.',
  'Firman såldes till en konkurrent förra året, pat har fått nya arbetsuppgifter.',
  'Arbetar på lager där varor skickas till kunder, tunga lyft, ländryggssmärta.',
  'Ringer till avdelningen där hon hålls isolerad pga MRSA.',
  'Föräldrarna vill att hon gifter sig med pojkvännen i sommar, pat glad, planerar bröllop.',
  'Pappa död för familjen en stor förlust, sorgbearbetning.',
  'Onkologi. Pat vill inte att familjen ska få reda på diagnosen ännu, ber att inget skickas hem.',
  'Pat säger sig vara smärtfri. Maken sköter ekonomin sedan pat fick stroke.',
  'Kvinna 82 år, Parkinson, snubblat igen i hallen. Maken har hand om ekonomin.',
  'Hostan håller honom vaken om nätterna. Frun svarar på alla frågor, pat har dålig hörsel.',
  'Pat delar sin position med maken när hon springer i skogen. Har ramlat igen på löprundan.',
  'Sjukskriven pga trakasserier från chefen på arbetsplatsen, familjen stöttar.',
  'Sonen blir knuffad i skolan, mamma orolig.',
  'Kvinna 79, demens. Maken låser in hennes mediciner och sköter ekonomin.',
  'Flicka 16 år, vill bli modell, har kontakt med en modellagent i Stockholm.',
  'Dagkirurgi, ingrepp ua. Maken väntar utanför med bilen och kör hem henne.',
  'Man 70, PSA förhöjt. Hustrun väntar i väntrummet och följer med in på hans begäran.',
  'Diabetes typ 1, mamma kontrollerar blodsockret nattetid via appen.',
  'Mamma kontrollerar att han tar sina mediciner, astman bättre.',
  'Skar sig på en skridskoskena under träningen, 3 cm sår, sutureras.',
  'Slipade i garaget och skar sig på plåt, tejpas.',
  'Frågat enl SEXIT om pengar eller droger för sex – nej. Här för p-piller.',
  'Hade i 20-årsåldern en period med sex mot droger, har bearbetat det, inget aktuellt.',
  'Broschyr om våld i nära relation och Kvinnofridslinjen delas ut till alla gravida. Pat v 25 ua.',
  'Affisch om Stödlinjen för män sitter i väntrummet. Pat förkyld sedan 3 dagar.',
  'Informationsmöte för alla anställda om stöd vid våld i nära relation hölls i dag. Hälsokontroll ua.',
  'Misshandlad av exmaken 2009, polisanmält och dömd, bearbetat i terapi. Inga pågående besvär.',
  'Skar sig 2019, inga självskador på över 2 år enligt pat, mår bra.',
  'Det är en hederssak för henne att inte missa jobbet, inte sjukskriven på 10 år.',
  'Eskort från hemtjänsten följde med till besöket, pat har rullstol.',
  'Flicka 12 frågar allmänt vad människohandel är efter ett tv-program, inget personligt.',
  'Pojke 14, fotboll. Tränaren betalar cupavgiften för hela laget.',
  'Flicka 15, extrajobb i kiosken, en vuxen kollega betalar ut lönen.',
  // Found in dev40: screening answered no, work, news and fiction, things long over.
  'Psyk bedömning: Våld i nära relation: neg. Självskada: neg. Suicidtankar: neg.',
  'Fragat mamma om vald enl BVC-rutin - inget att rapportera.',
  'Stukad fotled efter snubbling i trappan på jobbet. ua avseende våld/övergrepp.',
  'Ingen kontrollerande partner, inga hot, ingen som tar hans pengar. Sökt för ryggsmärta.',
  'Frågat om han någon gång betalat för sex eller sålt sex: nej till båda.',
  'Pat är polis och utreder sexualbrott mot barn, sjukskriven pga utmattning. Inga egna trauman.',
  'Arbetar på Migrationsverket och möter ibland personer utsatta för människohandel i sitt jobb.',
  'Socialsekreterare, beskriver ett tungt ärende på jobbet med hedersvåld i en familj.',
  'Läser en deckare om trafficking i Malmö till bokcirkeln. Kommer för INR-kontroll.',
  'Upprörd över nyhetsinslag om våldtäkter i Stockholm, ingen egen erfarenhet.',
  'Har sett dokumentären om Knutby, vill prata om det. Inga egna erfarenheter av sekter eller våld.',
  'APT kl 8.30: gästföreläsare från Barnahus Halland berättar om hur samråden går till.',
  'Alla patienter på mottagningen får broschyren om våld i nära relation i välkomstmappen.',
  'Utsattes för övergrepp som 17-åring, har gått i terapi och beskriver det som bearbetat.',
  'Tvångsgiftes i hemlandet för 30 år sedan, skild sedan 20 år, lever självständigt.',
  'Självskadade med rakblad i tonåren, ärren vita. Inga självskadetankar på över 10 år.',
  'Mobbades och blev slagen av klasskamrater i mellanstadiet, det är 25 år sedan, bearbetat.',
  // Found in dev38–41.
  'Man 66 år, stolt över att ha fått hederstecken för 40 år i frivilliga brandkåren.',
  'Hudstatus: inga ärr eller sår som tyder på självskada. Atopiskt eksem i armbågsvecken.',
  "Man 72 år skämtar om att dottern 'tvingar' honom ut på promenader varje dag.",
  'Ungdomsmottagningen har nu hbtq-certifierats av RFSL. Alla ska känna sig välkomna oavsett sexuell läggning.',
  'Man 22, UM. Ställt SMOE-frågan: har aldrig haft sex mot pengar eller annan ersättning.',
  'Anestesi, postop. Pat 48 år minns inget från uppvaknandet, normalt efter propofol.',
  'Journalist, har skrivit en granskning om OnlyFans-ekonomin. Söker för spänningshuvudvärk.',
  'Föreläser om källkritik och tar debatten om OnlyFans som exempel. Söker för migrän.',
  'Såg affischen om PrevenTell i väntrummet och frågade vad det var, av nyfikenhet.',
  // Found in dev63–dev64: debts to a bank, a landlady, a partner who plans the parental leave,
  // siblings who fight, photos of a rash, an honorary dinner, a church wedding, screening answered no.
  'Pat 27 ar har en skuld till CSN for studielanet som hon betalar av enligt plan.',
  'Hyresgast hos en aldre dam i Falkenberg, kvinna 24 ar, betalar 4500 kr/man i hyra for ett rum.',
  'Sambon har sagt att han gar ner i tid och tar hand om ekonomin under foraldraledigheten.',
  'BVC 4-arskontroll. Mamma berattar att sonen slar lillasyster nar han blir arg och trott.',
  'Hudmottagningen. 16-aring har skickat bilder pa acne pa kinder och rygg via appen.',
  'Hade vart pa hedersmiddag for sin far helgen innan, nu feber.',
  'Svärmor tjatar om att de ska gifta sig i kyrkan innan barnet föds.',
  'Ungdomsmott, 17-arig tjej. Aldrig fatt pengar, presenter eller annat for sex. Allt nej.',
  'Barnmed. Pojke 8 ar, pappa berattar att pojken fick en present av tranaren for basta spelare.',
  // Found in dev65: staff notices headed as such, screening answered no in a long note.
  'Kalendarium: Lunchföreläsning tisdag. Historikern berättar om prostitutionslagstiftningens historia, från reglementeringen till sexköpslagen 1999.',
  'Platsannons (extern): Kvinnojouren söker kurator. Du har erfarenhet av samtal med våldsutsatta.',
  'Forskningsnytt: Doktorand disputerar på avhandlingen Barnmorskors erfarenheter av att fråga om våld.',
  'Gyn mott. Kvinna 45 år, blödningsrubbning. Fråga om våld och sexuella övergrepp enl rutin: besvaras nej. Plan: Cyklokapron.',
  // Found in dev72: a police report already made, a form answered no, a denial typed "förneka".
  'Kv 40 med hundbett i höger vad, grannens hund. Polisanmälan om hunden gjord av pat. Såromläggning.',
  'Akuten. Pat 19 år, slagen på en fotbollsmatch av en motspelare. Nasfraktur. Polisanmälan gjord av klubben.',
  'Man 25 slagen av okänd utanför krogen, har polisanmält. Svullnad vä zygoma.',
  'UM. SEXIT-formulär ifyllt av 18-årig tjej, alla frågor om våld, tvång och ersättning besvarade med nej. Kommer för p-stav.',
  'Psyk. Pt uppger inga självskadehandlingar senaste året, armar utan färska ärr. Suicidtankar förneka. Mår bättre på medicinen.',
  'Säljer sex sedan ett år för att klara hyran. Har en dotter 4 år.',
];

describe('ordinary clinical sentences stay quiet', () => {
  const sentences = QUIET.filter((t) => !t.startsWith('Säljer'));

  it.each(sentences)('the vocabulary reads nothing in: %s', (text) => {
    expect(rulesOnly.scan(text).hits.filter((h) => h.count > h.negated + h.denied + h.hypothetical)).toEqual(
      [],
    );
    expect(suggest(text, rulesOnly)).toEqual([]);
  });

  it.each(sentences.filter((t) => !MODEL_GAPS.has(t)))('no suggestion, with the model: %s', (text) => {
    expect(suggest(text)).toEqual([]);
  });

  it.fails.each([...MODEL_GAPS])('known gap of the model, a suggestion for: %s', (text) => {
    expect(suggest(text)).toEqual([]);
  });

  it('an adult selling sex with a young daughter is not a child exploited', () => {
    const hits = scan(QUIET[QUIET.length - 1] ?? '').hits.map((h) => h.theme);
    expect(hits).toContain('sex-mot-ersattning');
    expect(hits).not.toContain('barn-sexuell-exploatering');
  });
});

describe('who a person is, without a need', () => {
  // Found in dev56: "vill prata om preventivmedel" is no need for support.
  it('reads a non-binary patient who wants to talk about contraception, and suggests nothing', () => {
    const text = 'Ickebinär person 19 år, vill prata om preventivmedel. Trivs med sitt namn, stöd hemifrån.';
    expect(scan(text).hits.map((h) => h.theme)).toEqual(['hbtqi']);
    expect(suggest(text)).toEqual([]);
  });
});
