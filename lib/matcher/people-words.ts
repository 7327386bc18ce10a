/**
 * The words for people that tell who a mention is about (experiencer.ts) and whose age or gender
 * a note gives (patient.ts). Folded like tokens (å/ä → a, ö → o).
 */
import { foldWord } from './text.ts';

/** A set of words as tokens carry them. */
function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
}

/**
 * Who a mention is about. A word from here shortly before it, in the same clause, makes it about
 * someone else ("dottern säljer bilder"); the partner words count only for what the other person
 * does (buying sex, own impulses), because for violence the partner is the one who acts.
 */
export const OTHER_PEOPLE = words(
  'dotter dottern döttrar döttrarna son sonen söner sönerna barnet barnen bonusdotter bonusson styvdotter styvson ' +
    'syster systern systrar bror brodern bröder mamma mamman mor modern pappa pappan fadern väninna väninnan ' +
    'kompis kompisen kompisar vän vännen vänner kamrat kamraten klasskompis klasskompisen granne grannen ' +
    'kusin kusinen brorsdotter systerdotter barnbarn barnbarnet lillebror lillasyster storebror storasyster ' +
    'systerson brorson tonårsdotter tonårsdottern tonårsson tonårssonen systerdottern brorsdottern ' +
    'systersonen brorsonen dotterdottern sondottern dottersonen sonsonen dotterns sonens barnets',
);
export const PARTNER_PEOPLE = words(
  'sambo sambon maken fru frun hustru hustrun pojkvän pojkvännen pojkvänen flickvän flickvännen partner partnern exet exmake exmaken exsambo exsambon',
);
/** Words for the patient: between another person's word and the mention, they make it the patient's again. */
export const PATIENT_WORDS = words(
  'pat pt patienten patient hon han hen henne honom sig själv jag mig egna eget egen mina mitt min kille killen tjej tjejen flicka flickan pojke pojken kvinna kv',
);
/** After another person's word, these make the patient the one a violence-type mention is about. */
export const PATIENT_OBJECTS = words('henne honom hennes hans hen pat pats patienten mig');
