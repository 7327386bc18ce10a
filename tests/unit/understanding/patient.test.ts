/** What a note says of the patient: age, gender and language need, as numbers and codes. */
import { describe, expect, it } from 'vitest';
import { readPatient } from '../../../lib/matcher/patient.ts';
import { summarizePatient } from '../../../lib/rank/index.ts';

const read = (text: string) => summarizePatient(readPatient(text, 2026));

describe('age', () => {
  it.each([
    ['Flicka 13 år. Mamma med.', 13],
    ['Pojke 16 år på BUP, remiss från skolkurator.', 16],
    ['Kvinna 34 år i Halmstad, söker för huvudvärk.', 34],
    ['17-årig tjej, ssk-bes UM.', 17],
    ['Pat 16 ar, flicka.', 16],
    ['Man, 45 år, oro över egna tankar.', 45],
    ['Pojke f. 2011.', 15],
    ['Född 2009, kommer med mamma.', 17],
    ['Pat, 16, har själv chattat med Bris.', 16],
    ['Kvinna 26.', 26],
    ['Kv 16 pa STI-mott. Har en sugardaddy 38 ar.', 16],
    ['Kille 17 berättar att han mår dåligt.', 17],
    ['UM. Tjej 15 vill ha hjälp.', 15],
    ['VC. pojke, 16: Hb 121, CRP <5.', 16],
    ['Kille, 17; remiss från soc.', 17],
    ['Skolsköterska: elev i ak 7 berättar.', 13],
    ['Flicka i åk 8, kommer ensam.', 14],
    ['Elev åk 2 på gymnasiet.', 17],
    ['Går i nian, bor med mamma.', 15],
    ['Högstadietjej som skolkar.', 14],
    ['Pat, femtonårig tjej, UM.', 15],
    ['Åttaåringen kommer med pappa.', 8],
    ['f. 2011, flicka. Mamma har upptäckt nya kläder.', 15],
    ['Anteckning\nF 2012 pojke, skolkurator.', 14],
    ['Pojke i åttan, skolkurator.', 14],
    ['17-aring pa UM, berattar om en sugardaddy 45 ar som betalar.', 17],
    ['17-åring på UM.', 17],
    ['Pat är en 16-åring som kommer ensam.', 16],
    ['Berättar att pojkvännen är en 24-åring. Pat 15 år.', 15],
    ['Pat är en kvinna 34 år som söker för buksmärta.', 34],
    ['Remiss gällande en pojke 15 år med ångest.', 15],
    ['BUP. f. 2011, pojke: Fluoxetin 20 mg.', 15],
    ['Elevhälsan, skolssk: f. 2009. Vaccination HPV.', 17],
    ["Lärare ringer elevhälsan: elev 14 sa att hon är 'tvungen att gifta sig'.", 14],
    ['BUP akut. Flicka tretton ar, grater, vill inte ga till skolan.', 13],
    ['Pojke, femton, skärsår i handflatan.', 15],
    ['Tjej, sexton. Kommer ensam.', 16],
    ['Ambulans. Larm om man i 60-arsaldern med stickskada.', 65],
    ['Kvinna i 40-årsåldern, söker för yrsel.', 45],
  ])('%s → %i', (text, age) => {
    expect(read(text).age).toBe(age);
  });

  it.each([
    ['Moster ringer: systerdottern 16 har en hemlig mobil.', 16],
    ['Faster ringer ang brorsdottern 17 ar som bor hos sin pappa.', 17],
    ['Mormor ringer BUP. Dotterdottern 12 ar ar patient hos er.', 12],
    ['Pappa ringer om sonen, fjorton, som inte kommit hem.', 14],
    ['VC tel. Pappa till 9-aring ringer: dottern har berattat om en hemlighet.', 9],
    ['Samtal från mamma till en 12-åring.', 12],
    ['Pappa har hittat meddelanden i 11-åriga dotterns surfplatta.', 11],
  ])('a relative’s age, not the caller’s: %s → %i', (text, age) => {
    expect(read(text)).toMatchObject({ age: null, otherAge: age });
  });

  it.each([
    ['Sjukskriven i 5 år.'],
    ['Hände för 2 år sedan.'],
    ['Sedan 3 år tillbaka.'],
    ['Har haft ont i 14 dagar.'],
    ['Vid 15 års ålder flyttade hon.'],
    ['Träffar en 35-årig man.'],
    ['Kvinna 3 veckor efter partus.'],
    ['Man 2 ggr tidigare opererad.'],
    ['Kv 16:45 ankomst till akuten.'],
    ['Tog bussen, sjuan, till jobbet.'],
    ['Åkte bussen i sjuan.'],
    ['Betalade f 2011 enligt kvitto.'],
    ['Skadad i åk 10 enligt journal.'],
    ['Berättar om en femtonårig kille på boendet.'],
    ['Har träffat en man 45 år via appen.'],
    ['Bott 5 år i Sverige.'],
    ['Pat 5 år sedan opererad i knät.'],
    ['Jobbat 16 år på lagret.'],
    ['Kontroll 3 f. 2020 enligt plan.'],
    ['Pat, tolv veckor gravid.'],
    ['Träffar en man i 50-årsåldern via appen.'],
    ['Dottern i 20-årsåldern hjälper till.'],
    ['Kvinna, elva timmar sedan senaste dos.'],
  ])('%s → no age', (text) => {
    expect(read(text).age).toBeNull();
  });

  it('keeps the age of someone else apart ("15-åriga dottern", "dottern 15 år")', () => {
    expect(read('Mamma till den 15-åriga dottern.')).toMatchObject({ age: null, otherAge: 15 });
    expect(read('Orolig för dottern 15 år.')).toMatchObject({ age: null, otherAge: 15 });
    expect(read('Mamma berättar att dottern går i åk 7.')).toMatchObject({ age: null, otherAge: 13 });
    expect(read('Två barn, 4 och 7 år, hemma med pappan.')).toMatchObject({ age: null, otherAge: 7 });
    expect(read('Har barn 4 år.')).toMatchObject({ age: null, otherAge: 4 });
    expect(read('Pappa till pojke 13 har hittat en chatt.')).toMatchObject({ age: null, otherAge: 13 });
    expect(read('Orolig för flicka 14 som har slutat äta.')).toMatchObject({
      age: null,
      otherAge: 14,
      gender: null,
    });
    expect(read('Mamma till flicka 2 veckor gammal.').otherAge).toBeNull();
    expect(read('Storasyster 19 ringer om lillebror 12 som har en ny vän.')).toMatchObject({
      age: null,
      otherAge: 12,
    });
    expect(read('Mamma orolig, sonen 15 får pengar av en man.')).toMatchObject({ age: null, otherAge: 15 });
    expect(read('Pappa till 13-årig dotter ringer VC.')).toMatchObject({ age: null, otherAge: 13 });
    // The word for the other person says their gender.
    expect(read('Pappa ringer: sonen 19 år blev våldtagen.')).toMatchObject({
      otherAge: 19,
      otherGender: 'man',
    });
    expect(read('Mamma till den 15-åriga dottern.')).toMatchObject({ otherGender: 'woman' });
    expect(read('Har barn 4 år.')).toMatchObject({ otherAge: 4, otherGender: null });
    // A daughter or son opening a sentence is not the caller.
    expect(read('Mamma orolig: dottern 15 har en äldre pojkvän.')).toMatchObject({ age: null, otherAge: 15 });
    expect(read('Pappa ringer. Sonen 12 har chattat med en vuxen.')).toMatchObject({
      age: null,
      otherAge: 12,
    });
  });

  it('reads the age now, not the age back then ("som 16-åring … Pat (nu 34)")', () => {
    expect(read('Blev som 16-åring utsatt av styvfar. Pat (nu 34) vill prata.').age).toBe(34);
    expect(read('Utsatt som 16-aring.').age).toBeNull();
  });
});

describe('gender', () => {
  it.each([
    ['Man 38 år. Sambon slår honom.', 'man'],
    ['Kvinna, asylsökande, tolk på tigrinja.', 'woman'],
    ['Pat 31 ar, kvinna.', 'woman'],
    ['VC. Pat 28, kvinna. Har en man som hjälper till.', 'woman'],
    ['Transman 24 år.', 'trans'],
    ['Ickebinär person 22 år.', 'nonbinary'],
    // Said in words, it is not outweighed by "henne": a trans woman is "hon".
    [
      'Pat är transkvinna, 28 år. Pojkvännen har slagit henne och kallar henne vid hennes gamla namn.',
      'trans',
    ],
    // Someone else's identity is not the patient's.
    ['Hon berättar att hennes sambo är transman och att hon blir slagen.', 'woman'],
    ['Mamma ringer om dottern som är ickebinär.', null],
    ['Pat berättar att sambon har slagit henne. Hon är rädd för honom.', 'woman'],
    ['MVC v 28. Partnern följer med, han svarar på frågorna, han blir arg.', 'woman'],
    ['Gravid v 20. Han har knuffat henne, han skriker.', 'woman'],
    ['Han tog på henne och tvingade henne att ta på honom.', 'woman'],
    ['Exmaken hotar att ta barnen om hon inte flyttar tillbaka.', 'woman'],
    ['Slagen av maken igår.', 'woman'],
    ['Frun har slagit honom flera gånger.', 'man'],
    ['Akuten: M 41 år. BT 142/90. Partnern har hotat att hämta vapen.', 'man'],
    ['M 41 år söker för bröstsmärta.', 'man'],
    ['K, 34 år. Söker för yrsel.', 'woman'],
    ['Mannen vet att hon är här och har skickat sms till henne.', 'woman'],
    ['Kvinnan, 34 år, söker för yrsel.', 'woman'],
    ['Pat, gay, 34 år, våldtagen efter en dejt.', 'man'],
    ['Pat är lesbisk, slagen av sin partner.', 'woman'],
    ['Ex-pojkvän spred filmer utan hennes samtycke.', 'woman'],
    // "han" after the partner stands for the partner, not the patient.
    ["Pat vågar inte åka hem, sambon har sagt att han ska 'göra slut på henne'.", null],
  ])('%s → %s', (text, gender) => {
    expect(read(text).gender).toBe(gender);
  });

  it("does not make the patient a woman from someone else's pregnancy", () => {
    expect(read('Flickvännen är gravid.').gender).not.toBe('woman');
  });

  it('reads no gender from a lab value or a one-letter word without an age', () => {
    expect(read('K 3,4 mmol/l. Na 139.').gender).toBeNull();
    expect(read('Provsvar: K 4,1. Na 139.').gender).toBeNull();
  });

  it('reads no gender from "man" as a pronoun', () => {
    expect(read('Man bör alltid fråga om våld.').gender).toBeNull();
  });
});

describe('language need', () => {
  it.each([
    ['Talar ingen svenska.', true, []],
    ['Besök med tolk på arabiska.', true, ['ar']],
    ['Somalisktalande kvinna.', true, ['so']],
    ['Tolk på dari via telefon.', true, ['prs']],
    ['Ingen tolk behövs.', false, []],
    ['Fyndet tolkas som ofarligt.', false, []],
  ])('%s → interpreter %s %j', (text, interpreter, languages) => {
    expect(read(text)).toMatchObject({ interpreter, languages });
  });
});

describe('children in the home', () => {
  const children = (text: string) => summarizePatient(readPatient(text, 2026)).children;
  it.each([
    'Slagen av maken igår kväll, barnen var hemma.',
    'Pat 39 år, kvinna. Maken slår henne. Barn 6 och 9 år hemma.',
    'Har två barn med honom.',
    'Pappan knuffar henne när bebisen skriker.',
    'Han slår henne inför barnen.',
    'Hotar att ta barnen ifrån henne.',
    'VC. Kvinna med 5-åring i väntrummet. Exsambon står utanför och väntar.',
    'Mormor ringer: dottern får stryk av sambon och 3-åringen har börjat slå sin docka.',
    'BVC. Mamma berättar att pappa slog henne i helgen medan sonen satt i soffan bredvid.',
    'Sambon skriker när han är full, sexåringen gömmer sig under sängen.',
    'Slog sin sambo i ansiktet medan deras treaaring stod i dörröppningen.',
    'Sambon knuffar henne, tvillingarna, tolv år, brukar ringa mormor.',
    'Pojken har börjat kissa på sig igen.',
  ])('reads children in "%s"', (text) => {
    expect(children(text)).toBe(true);
  });
  it.each([
    'Utsattes för våld som barn.',
    'Inga barn, bor ensam.',
    'Vill ha barn med sin nya partner.',
    'Barnen är vuxna och utflugna.',
    'Socialsekreterare för barn och unga.',
    'Barnmorskan ringer om provsvar.',
    'Utan barnen.',
    'Kvinna 24, våldtagen som 6-åring.',
    '17-åring på UM.',
    'Dottern ringer VC angående sin pappa 81 år.',
    'Kvinna 45, sonen 25 år bor hemma.',
    'Dottern (22) har flyttat hemifrån.',
    'Vuxna sonen hjälper till.',
    'Som treåring flyttade hon till Sverige.',
  ])('reads no children in "%s"', (text) => {
    expect(children(text)).toBe(false);
  });
});
