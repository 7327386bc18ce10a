/**
 * Ordinary clinical sentences that share words with the vocabulary's phrasings (a review found
 * each of these firing once): they must give no situation and no suggestion.
 */
import { describe, expect, it } from 'vitest';
import { scan, suggest } from './reader.ts';

const QUIET = [
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
  'Säljer sex sedan ett år för att klara hyran. Har en dotter 4 år.',
];

describe('ordinary clinical sentences stay quiet', () => {
  it.each(QUIET.filter((t) => !t.startsWith('Säljer')))('%s', (text) => {
    expect(scan(text).hits.filter((h) => h.count > h.negated + h.denied + h.hypothetical)).toEqual([]);
    expect(suggest(text)).toEqual([]);
  });

  it('an adult selling sex with a young daughter is not a child exploited', () => {
    const hits = scan(QUIET[QUIET.length - 1] ?? '').hits.map((h) => h.theme);
    expect(hits).toContain('sex-mot-ersattning');
    expect(hits).not.toContain('barn-sexuell-exploatering');
  });
});
