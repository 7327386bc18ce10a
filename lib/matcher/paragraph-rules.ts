/**
 * Rules the reader applies to a whole paragraph or to the part of a sentence around a mention:
 * information of general interest, danger long ago, information given as a routine. Each was
 * found in the labelled corpus and is pinned by tests/unit/understanding (context, false-friends).
 */
import type { Token } from './sentences.ts';
import type { Found } from './situations.ts';

/**
 * A paragraph that says it is only general interest, nothing of the patient's own, or a staff
 * notice headed as one (a calendar item, a job ad, research news, statistics, a film or a book
 * circle): no one's situation.
 */
export function isGeneral(paragraph: string): boolean {
  return GENERAL_HEAD.test(paragraph) || GENERAL.test(paragraph);
}
/** A staff notice's heading, at the paragraph's start only: tested apart, so it costs nothing on a long page. */
const GENERAL_HEAD =
  /^\s*(?:kalendarium|platsannons|chefsforum|forskningsnytt|filmvisning|statistik|bokcirkel|disputation|personalnytt|tack till)(?![a-z\d\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/i;
/** A time months or years back: "för 2 mån sedan", "för flera år sedan", "förra året", "som barn". */
const LONG_AGO =
  /\bf[öo]r (?:\d+|en|ett|tv[åa]|tre|fyra|fem|sex|flera|n[åa]gra|m[åa]nga) (?:m[åa]n|m[åa]nad|m[åa]nader|[åa]r)\.? sedan\b|\bf[öo]rra [åa]ret\b|\bi fjol\b|\bsom barn\b|\bunder uppv[äa]xten\b/iu;
/** Words that put that part in the present after all ("för två år sedan … hotade igår"). */
const NOW =
  /\b(?:idag|i dag|ig[åa]r|i g[åa]r|inatt|i natt|ikv[äa]ll|i kv[äa]ll|nu|just nu|imorgon|i morgon|senaste (?:dygnet|veckan|dagarna)|p[åa]g[åa]ende)\b/iu;

/**
 * Whether the part of the sentence around a mention, between commas or semicolons (brackets
 * stay in), tells of a time long ago ("rånad för 2 mån sedan (hotad med kniv av okänd man)").
 */
export function longAgo(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  cores: Found['cores'],
): boolean {
  const first = tokens[cores[0]?.[0] ?? 0]?.start ?? start;
  const last = tokens[(cores[cores.length - 1]?.[1] ?? 1) - 1]?.end ?? end;
  let a = first;
  while (a > start && !SEGMENT_END.has(text.charCodeAt(a - 1))) a--;
  let b = last;
  while (b < end && !SEGMENT_END.has(text.charCodeAt(b))) b++;
  const part = text.slice(a, b);
  return LONG_AGO.test(part) && !NOW.test(part);
}
const SEGMENT_END = new Set([44, 59]);

/**
 * A case-insensitive pattern where \b is a boundary of letters and digits: JavaScript's own \b
 * only knows ASCII, so "på\b" never matches "på " and "\båterfall" never matches at all. Every \b
 * here stands next to a word, so it needs only one side: before a word, no letter may precede;
 * after one, none may follow. That is fifty times faster on a long paragraph than the two-sided
 * boundary, and the letters are Latin ones (Swedish, and names in Latin script), not \p{L}: with
 * /iu, V8 spends 15–60 ms compiling each \p{L} pattern at its first use, inside one scan.
 * tests/unit/matcher/paragraph-rules.test.ts checks both against the two-sided boundary.
 */
export function words(source: string): RegExp {
  WORD_SOURCES.push(source);
  return new RegExp(
    source.replace(/\\b/g, (_, at: number) =>
      isTrailing(source, at + 2) ? `(?!${LETTER})` : `(?<!${LETTER})`,
    ),
    'iu',
  );
}
/** The sources given to words(), for that test. */
export const WORD_SOURCES: string[] = [];
const LETTER = String.raw`[a-z\d\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]`;
/** A \b followed by the end of an alternative, a group or the pattern, a space, a dot or a negated class ends a word. */
const isTrailing = (source: string, at: number): boolean =>
  at === source.length || '|) .$'.includes(source[at] ?? '') || source.startsWith('[^', at);

/**
 * The rest of GENERAL's paragraph rule: nothing of the patient's own ("inget som gäller henne själv"),
 * or a notice of a course or a talk ("Anmälan senast 20/3", "Fika bjuds", "Max 60 deltagare").
 */
const GENERAL = words(
  String.raw`\binget personligt(?=\s*(?:[.,;:)]|$))|\binget som g[äa]ller (?:honom|henne|hen|pat|patienten) sj[äa]lv|\bingen konkret situation\b|\ballm[äa]nt nyfiken\b|\bg[äa]ller inte (?:honom|henne|hen) sj[äa]lv|\binga egna (?:erfarenheter|trauman|upplevelser)\b|\bingen egen (?:erfarenhet|utsatthet|upplevelse)\b|\bav nyfikenhet\b|\binga egna bekymmer\b|\bfr[åa]gar allm[äa]nt\b|\binget eget att ber[äa]tta\b|\binte aktuellt f[öo]r (?:honom|henne|hen)\b|\binget av detta (?:[äa]r )?aktuellt\b|\bfr[åa]gar i allm[äa]nhet\b|\bsj[äa]lv inga (?:egna )?erfarenheter\b|\bstandardiserade? information(?:en)?\b|\binformation(?:en)? som alla f[åa]r\b|\binfo som alla f[åa]r\b|\banm[äa]lan (?:[öo]ppen|senast)\b|\bfika bjuds\b|\bf[öo]rel[äa]sare (?:fr[åa]n|[äa]r)\b|\bmax \d+ deltagare\b|\btemakv[äa]ll(?:en)? (?:f[öo]r|om)\b|\bingen patientspecifik information\b`,
);

/** Information given as a routine, or with nothing current: a resource named there is no need. */
export const ROUTINE = words(
  String.raw`\b(?:som|enl\.?|enligt|i mottagningens|ing[åa]r i [\p{L} ]{0,25}) rutin\b|\brutinm[äa]ssigt\b|\btill alla\b|\balla (?:gravida|patienter|elever|m[äa]n|kvinnor)\b|\btemadag|h[äa]lsosamtal|\bgenerellt\b|\binget (?:v[åa]ld )?aktuellt\b|\binga aktuella behov\b|\bingen (?:akut |aktuell )?oro\b|\bingen aktuell (?:problematik|exponering|misstanke|hotbild)\b|\binga (?:enskilda )?[äa]renden|\b(?:k[äa]nner|upplever) sig trygg\b|\bhade inga fr[åa]gor|\binget framkom\b|\bnej p[åa] (?:samtliga|alla)\b|\bbesvara(?:de|des|ts|t|s)? med (?:nej|ett nej)\b|\balla svar (?:nej|negativa)\b`,
);

/** A sentence of information for everyone: a leaflet, a poster, a meeting, a lesson for all. */
export const EVERYONE = words(
  String.raw`\b(?:delas ut|delades ut|ges|gavs|lämnas|lamnas|informeras|informerades|informationsm[öo]te|lektion)\b[^.]*\b(?:till|f[öo]r) (?:alla|hela (?:klassen|gruppen|personalen))\b|\baffisch\b|\baffischer\b|\b(?:information|info) till alla\b|\bfr[åa]gar (?:vi )?alla\b|\bsamtliga patienter\b|\bvid alla (?:ny)?bes[öo]k\b|\balla som (?:bes[öo]ker|kommer till|s[öo]ker till)\b|\bbroschyr(?:er)? (?:i|p[åa]) (?:v[äa]ntrummet|toaletten)\b|\balla patienter (?:p[åa] [\p{L}]+ )?f[åa]r\b|-certifier(?:ad|ade|ats)\b`,
);

/** Said to be over: worked through, nothing now ("bearbetat", "inga besvär sedan dess", "i remission"). */
const RESOLVED = words(
  String.raw`\bbearbeta(?:t|d|de|ts)\b|\binga (?:p[åa]g[åa]ende |aktuella |kvarvarande )?(?:besv[äa]r|behov|episoder|problem|symtom|impulser)\b|\binte gjort det sedan\b|\binget aktuellt\b|\binget sedan\b|\binga (?:sj[äa]lvskador|sj[äa]lvskadehandlingar|episoder|skador) (?:p[åa]|sedan)\b|\b(?:inga|inget|ingen)\b[^.]{0,40}\bsedan dess\b|\bi remission\b|\binget behov av (?:st[öo]d|hj[äa]lp|vidare kontakt|kontakt)\b|\b(?:[äa]r|k[äa]nner sig) trygg\b|\bingen (?:sj[äa]lvskada|kontakt) sedan\b|\bhar slutat (?:sk[äa]ra|skada) sig\b|\bsenaste \d+ (?:m[åa]n|m[åa]nader|[åa]r(?:en)?) inga\b|\bavslut(?:ad|ades|ats)? (?:(?:19|20)\d\d )?med gott resultat\b|\bm[åa]r bra(?: nu| idag| i dag)?\b|\bgjort upp med\b|\bl[äa]nge sedan\b|\btrivs\b|\binget har h[äa]nt sedan\b|\bpratat klart\b|\b(?:lever|m[åa]r) stabilt\b|\bavslutat kapitel\b|\bhelt ur det\b|\bf[äa]rdigbearbeta(?:t|d|de)\b|\b(?:k[äa]nner sig )?f[äa]rdig med det\b|\bingen p[åa]g[åa]ende (?:problematik|kontakt|hotbild)\b|\bsymtomfri\b|\bbesv[äa]rsfri\b|\binga nya (?:skador|s[åa]r|episoder|sj[äa]lvskador|h[äa]ndelser)\b|\bf[öo]rsona(?:ts|des|t|de)\b|\bdom(?:en)? avtj[äa]nad\b|\bavtj[äa]nat (?:sitt |sin )?(?:straff|dom)(?:et|en)?\b|\blever sj[äa]lvst[äa]ndigt\b|\b(?:inte )?beh[öo]ver (?:inte |inget )?mer(?: nu| st[öo]d)?\b|\binga\b[^.]{0,40}\bp[åa] (?:[öo]ver |mer [äa]n )?(?:\d+|flera|m[åa]nga|tio) [åa]r\b`,
);
/** A time gone by: "tidigare", "i ungdomen", "som tonåring", "på 70-talet", "2009", "i 20-årsåldern". */
const PAST = words(
  String.raw`\btidigare\b|\bi ungdomen\b|\bi ton[åa]ren\b|\bsom (?:tonåring|tonaring|ung)\b|\bp[åa] \d0-talet\b|\b(?:19|20)\d\d\b|\bi \d0-[åa]rs[åa]ldern\b|\bf[öo]r (?:[öo]ver |mer [äa]n )?(?:\d+|tio|femton|tjugo|trettio|fyrtio|femtio|m[åa]nga) [åa]r sedan\b|\b(?:p[åa]|sedan) (?:[öo]ver |mer [äa]n )?(?:\d+|flera|m[åa]nga|tv[åa]|tre) [åa]r\b|\bsom \d+[- ]?[åa]ring\b|\bdet [äa]r \d+ [åa]r sedan\b|\bi (?:mellanstadiet|l[åa]gstadiet)\b`,
);

/**
 * A paragraph that tells of something long over and says so, with nothing of now ("Utsatt för våld
 * av dåvarande pojkvän i ungdomen, bearbetat i terapi, inga besvär av det nu" says "nu" of the
 * absence; "inga självskador på över 2 år"): no need now, as information.
 */
export function resolvedPast(paragraph: string): boolean {
  return (
    RESOLVED.test(paragraph) && (PAST.test(paragraph) || LONG_AGO.test(paragraph)) && !CURRENT.test(paragraph)
  );
}
/**
 * A paragraph that says a suspicion was looked into and ruled out ("Tidigare misstanke om
 * hedersrelaterad kontroll … utredd av soc och avskriven", "Misstanke avfärdad."), with nothing
 * of now: what it tells is ruled out.
 */
export function ruledOut(paragraph: string): boolean {
  return RULED_OUT.test(paragraph) && !CURRENT.test(paragraph);
}
const RULED_OUT = words(
  String.raw`\b(?:misstanke(?:n|rna)?|fr[åa]getecken|oro(?:n)?)\b[^.;]{0,120}?\b(?:avf[äa]rdad|avf[äa]rdats|avf[äa]rdades|avskriven|avskrivet|avskrivits|avskrevs|utesluten|uteslutits|undanr[öo]jd|undanr[öo]jts|inte (?:kunnat )?styrk(?:t|as)|ej styrkt|ogrundad|r[äa]tade ut)\b`,
);
/**
 * A paragraph that says the person has the support they need and asks for none ("har stöd från sin
 * partner", "säger själv att han har det han behöver", "vill inte ha fler tider"): a low mood or
 * grief there is no need of an hbtqi service.
 */
export function supported(paragraph: string): boolean {
  return SUPPORTED.test(paragraph) && !WANTS.test(paragraph);
}
const SUPPORTED = words(
  String.raw`\bhar (?:bra |gott |mycket |fint |starkt )?st[öo]d (?:fr[åa]n|av|i|runt)\b|\bst[öo]ttande (?:partner|familj|f[öo]r[äa]ldrar|kompisar|kompisgrupp|v[äa]nner|v[äa]nkrets|n[äa]tverk|man|fru|make|maka|sambo)\b|\bhar det (?:han|hon|hen) beh[öo]ver\b|\bbeh[öo]ver (?:inget|ingenting)\b|\b(?:inget|inga) (?:behov|[öo]nskem[åa]l) av (?:st[öo]d|kontakt|samtal|hj[äa]lp)\b|\bvill inte ha (?:fler|mer|n[åa]gon|n[åa]got) (?:tider|kontakt|samtal|st[öo]d)\b|\bingen koppling till\b|\bm[åa]r b[äa]ttre [äa]n n[åa]gonsin\b|\b(?:v[äa]nner|syskon|familj) runt sig\b|\bf[öo]r[äa]ldrarna (?:som )?[äa]r fina\b`,
);
const WANTS = words(
  String.raw`\bvill (?:g[äa]rna )?(?:prata|tala|tr[äa]ffa|ha st[öo]d|ha kontakt|ha hj[äa]lp)\b|\b[öo]nskar (?:kontakt|samtal|st[öo]d|hj[äa]lp)\b|\bs[öo]ker st[öo]d\b|\bbeh[öo]ver st[öo]d\b|\bhar ingen att\b`,
);
/** Words that put the paragraph in the present after all, beyond a plain "nu". */
const CURRENT = words(
  String.raw`\b(?:ig[åa]r|i g[åa]r|inatt|i natt|ikv[äa]ll|i kv[äa]ll|just nu|igen|fortfarande|forts[äa]tter|f[öo]rra veckan|i helgen|i fredags|i l[öo]rdags|i s[öo]ndags|[åa]terfall|senaste (?:dygnet|veckan|dagarna|m[åa]naden)|p[åa]g[åa]ende (?:hot|kontakt med)|(?<!(?:inget|ingen|inga|ej|inte) )p[åa]g[åa]ende v[åa]ld|nu (?:har|hotar|sl[åa]r|f[öo]rf[öo]ljer|skadar|s[äa]ljer|k[öo]per|ber[äa]ttar|uppger)|b[öo]rjat)\b`,
);

/**
 * A mention that is the topic of someone's work or of a work ("arbetar med vuxna i prostitution
 * och människohandel", "utredningar om människohandel", "en pjäs om …", "uppsats om
 * sexköpslagen"), of study or a lesson ("tenta om människohandel", "lektion i åk 8 om … att skicka
 * bilder"), of a series someone writes ("artikelserie om prostitution") or of cases someone tells
 * of ("fall med människohandel han utredde"), tested on the part of the sentence before it: no
 * one's situation. A training day for staff is not one: an intranet page about it wants its contacts.
 */
const TOPIC = words(
  String.raw`(?:\b(?:arbetar|jobbar)(?: som [\p{L}]+)? (?:med|inom) (?:barn|vuxna|kvinnor|m[äa]n|ungdomar|unga|personer|m[äa]nniskor|patienter|klienter|[äa]renden|fr[åa]gor|brottsoffer|offer)\b|\b(?:pj[äa]s|roman|romanen|bok|boken|film|filmen|serie|serien|dokument[äa]r|dokument[äa]ren|artikel|artikeln|uppsats|avhandling|f[öo]rel[äa]sning|f[öo]rel[äa]sningen|utredningar|forskning|reportage|poddavsnitt|deckare|deckaren|inslag|nyhetsinslag|skoluppgift|skoluppgiften|debatt|debatten|granskning|granskningen) om\b|\b(?:polis|socialsekreterare|handl[äa]ggare|jurist|[åa]klagare|forskare|journalist) som (?:utreder|arbetar med|jobbar med)\b|\b(?:[äa]r|ar) (?:polis|socialsekreterare|kurator|jurist|advokat|[åa]klagare|forskare|journalist) och (?:utreder|arbetar med|jobbar med)\b|(?<!som )\b(?:arbetar|jobbar)\b[^.;:]{0,40}\bm[öo]ter(?: ibland| ofta| dagligen)? (?:personer|m[äa]nniskor|kvinnor|barn|klienter|patienter|offer)\b|\b[äa]rende(?:t|n)? (?:p[åa] jobbet )?(?:med|om)\b|\b(?:g[åa]tt|gick|ska g[åa]|genomg[åa]tt|genomgick|deltagit i|deltog i|varit p[åa]|var p[åa])\b[^.;:]{0,50}\b(?:(?:webb|halvdags|heldags|fort|vidare)?utbildning(?:en|sdagen)?|kurs(?:en)?|introduktion(?:en)?|f[öo]rel[äa]sning(?:en)?|seminari(?:um|et)|workshop(?:en)?) (?:om|i)\b|\b(?:arbetar|jobbar) som (?:polis|utredare)\b|\bpolis (?:p[åa]|vid|inom) (?:sektionen|enheten|gruppen|avdelningen|utredningsenheten)\b|\b(?:rapport fr[åa]n [\p{L}]+|arbetsplatstr[äa]ff|apt|posters?|postrar|affischer|affisch) om\b|\b(?:tenta|tentan|tentamen|prov|provet|l[äa]xa|l[äa]xan|lektion|lektionen|lektioner|examensarbete|examensarbetet|studie|studien|artikelserie|artikelserien|reportageserie|reportageserien|bokserie|podd|podden|fall|fallen)(?: [\p{L}\d]+){0,3} (?:om|med)\b)[^.;:!?]{0,60}$`,
);
/** A helpline named as where someone works ("grannen jobbar på Kvinnofridslinjen"): no need. */
const WORKPLACE = words(
  String.raw`\b(?:jobba(?:r|t|de)?|arbeta(?:r|t|de)?|anst[äa]lld|praktisera(?:r|t|de)?|volont[äa]r|praktik)(?: som [\p{L}-]+(?: [\p{L}-]+)?)? (?:p[åa]|hos|vid|f[öo]r|inom) (?:[\p{L}\d]+(?: [\p{L}\d]+){0,2},? (?:och|eller) (?:p[åa] |hos |vid )?)?$|\b(?:g[äa]stf[öo]rel[äa]sare|f[öo]rel[äa]sare|representanter|representant) fr[åa]n $|\b(?:ordf[öo]rande|ledamot|styrelseledamot|kass[öo]r|sekreterare) (?:i|p[åa]|f[öo]r) (?:[\p{L}]+ (?:av |i |f[öo]r )?)?$`,
);
/**
 * A training named as one a colleague took ("har gått Pegasus utbildning"), or the emergency line
 * already alerted ("kollegorna larmade 112"): no need.
 */
const TAKEN = words(
  String.raw`\bg[åa]tt $|\b(?:deltagit|deltog) i $|\bgenomg[åa]tt $|\b(?:larmade|larmat|larmar) (?:till )?$`,
);
/** The emergency number someone already called ("mormor ringde 112"): it names no need now. */
const CALLED_112 = words(String.raw`\b(?:ringde|ringt|ringer) (?:till )?112$`);

/**
 * A police report already made ("polisanmälan gjord av klubben", "har polisanmält", "gjort en
 * polisanmälan"): the note names no need of the police line, unless the paragraph tells of a
 * situation (a hate crime reported still wants its follow-up). Tested on the name as written, and
 * on the words right before and after it.
 */
const REPORTED_NAME = /anm[äa]l(?:t|d|des|ts)$/iu;
const REPORTED_AFTER = words(
  String.raw`^(?:\s+(?:om|mot|av) [\p{L}\d]+)?\s*(?:(?:[äa]r|har|redan|nu|[äa]ven|ocks[åa])\s+){0,2}(?:gjord|gjorts|gjordes|uppr[äa]ttad|uppr[äa]ttats|uppr[äa]ttades|inl[äa]mnad)\b`,
);
const REPORTED_BEFORE = words(String.raw`\b(?:gjort|gjorde|gjorts|uppr[äa]ttat|uppr[äa]ttade)(?: en)? $`);

/** Whether the text before a mention, in its sentence, makes it a topic (TOPIC). */
export const isTopic = (before: string): boolean => TOPIC.test(before);
/**
 * Whether the text right before a named resource (`name` as written) makes it a workplace, a
 * training taken or an emergency call made.
 */
export const isWorkplace = (before: string, name = ''): boolean =>
  WORKPLACE.test(before) || TAKEN.test(before) || CALLED_112.test(before + name);
/** Whether a police line named as `name` is a report already made (REPORTED_NAME). */
export const reportMade = (before: string, name: string, after: string): boolean =>
  /polis/iu.test(name) &&
  (REPORTED_NAME.test(name) || REPORTED_AFTER.test(after) || REPORTED_BEFORE.test(before));
