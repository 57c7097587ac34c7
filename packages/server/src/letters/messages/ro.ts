import type { LetterCatalogue } from './catalogue.js';

// Romanian puts «de» between a number from 20 on and its noun: «5 zile», «30 de zile».
const DAYS = '{days, plural, one {# zi} few {# zile} other {# de zile}}';
const WORKING_DAYS =
  '{days, plural, one {# zi lucrătoare} few {# zile lucrătoare} other {# de zile lucrătoare}}';

/** Scrisori în limba română. */
export const LETTERS_RO: LetterCatalogue = {
  reference_label: 'Numărul dosarului',
  contact_label: 'Contact',
  contact_none: 'Întrebați persoana care v-a dat această scrisoare.',
  page: 'Pagina {page} din {pages}',
  next_heading: 'Ce urmează',
  rights_heading: 'Drepturile dumneavoastră',
  closing: 'Dacă aveți întrebări, vă rugăm să contactați {org}.',
  keep_safe:
    'Păstrați această scrisoare într-un loc sigur. Pentru siguranța dumneavoastră, ea nu descrie ce vi s-a întâmplat. Vă rugăm să indicați numărul dosarului {reference} de fiecare dată când ne contactați.',
  keep_safe_child:
    'Păstrați această scrisoare într-un loc sigur. Pentru siguranța copilului, ea nu descrie ce i s-a întâmplat copilului. Vă rugăm să indicați numărul dosarului {reference} de fiecare dată când ne contactați.',
  to_guardian: 'Către tutorele copilului',
  to_guardian_pending: 'Către tutorele care va fi numit (până atunci: {org})',
  child_protection_services: 'serviciul de protecție a copilului',

  right_support:
    'Puteți primi sprijin: un loc sigur unde să stați, îngrijire medicală, consiliere și ajutor pentru nevoile zilnice. Primiți acest sprijin indiferent dacă vorbiți sau nu cu poliția ori dacă o ajutați sau nu.',
  right_recovery: `Aveți dreptul la o perioadă de recuperare și reflecție de cel puțin ${DAYS}. În această perioadă nimeni nu vă poate îndepărta din țară.`,
  right_legal_aid: 'Aveți dreptul la consiliere juridică gratuită și la ajutorul unui avocat.',
  right_interpreter:
    'Aveți dreptul la un interpret gratuit atunci când vorbiți cu organizațiile care lucrează la dosarul dumneavoastră.',
  interpreter_noted: 'Am notat că aveți nevoie de un interpret (limba: {language}).',
  interpreter_noted_child: 'Am notat că copilul are nevoie de un interpret (limba: {language}).',

  privacy_heading: 'Informațiile dumneavoastră',
  privacy_heading_child: 'Informațiile copilului',
  privacy_who:
    'Doar organizațiile care lucrează la dosarul dumneavoastră vă pot vedea informațiile. În prezent, acestea sunt: {orgs}.',
  privacy_who_child:
    'Doar organizațiile care lucrează la dosarul copilului pot vedea informațiile copilului. În prezent, acestea sunt: {orgs}.',
  privacy_consent:
    'Informațiile dumneavoastră sunt împărtășite doar în scopurile cu care ați fost de acord. Vă puteți retrage acordul oricând, anunțând {org}. Aceasta nu vă va lua sprijinul.',
  privacy_consent_child:
    'Ca tutore, decideți cu privire la împărtășirea informațiilor copilului, în interesul superior al copilului. Vă puteți retrage acordul oricând, anunțând {org}. Aceasta nu îi va lua copilului sprijinul.',
  privacy_log: 'De fiecare dată când cineva vă deschide dosarul, acest lucru este înregistrat.',
  privacy_log_child: 'De fiecare dată când cineva deschide dosarul copilului, acest lucru este înregistrat.',

  child_heading: 'Pentru copil (vă rugăm să citiți sau să explicați această parte copilului)',
  child_safe: 'Nu ai greșit cu nimic. Ai dreptul să fii în siguranță și să primești ajutor.',
  child_police: 'Primești ajutor indiferent dacă vorbești sau nu cu poliția.',
  child_guardian:
    'Un tutore te va ajuta și va vorbi în numele tău. Adulții care lucrează la dosarul tău trebuie să se gândească întotdeauna mai întâi la ce este mai bine pentru tine.',
  child_recovery: `Vei avea timp să te odihnești și să te simți mai în siguranță, cel puțin ${DAYS}. În acest timp nimeni nu te poate trimite din această țară.`,
  child_lawyer: 'Un avocat îți poate da sfaturi, gratuit.',
  child_age: 'Dacă nimeni nu știe sigur câți ani ai, adulții te vor trata ca pe un copil.',
  child_questions: 'Poți pune întrebări oricând. Poți avea gratuit un interpret care vorbește limba ta.',

  rc_title: 'Confirmarea referirii dumneavoastră',
  rc_title_child: 'Confirmarea referirii unui copil',
  rc_intro:
    'Această scrisoare confirmă referirea dumneavoastră către Mecanismul Național de Referire. Prin acesta, statul identifică și protejează persoanele care ar putea fi victime ale traficului de persoane. Scrisoarea explică ce urmează și care sunt drepturile dumneavoastră.',
  rc_intro_child:
    'Această scrisoare confirmă referirea copilului pe care îl reprezentați către Mecanismul Național de Referire. Prin acesta, statul identifică și protejează persoanele care ar putea fi victime ale traficului de persoane. Pentru referire nu este nevoie de acordul copilului. Interesul superior al copilului este pe primul loc în fiecare decizie, iar serviciul de protecție a copilului a fost anunțat.',
  rc_date_label: 'Data referirii',
  rc_referrer_label: 'Cine a făcut referirea',
  rc_authority_label: 'Cine va decide',
  rc_next_rg: `{authority} va decide dacă există motive rezonabile să se creadă că ați putea fi victimă a traficului de persoane. Decizia ar trebui luată în cel mult ${WORKING_DAYS}, până la {date}.`,
  rc_next_rg_child: `{authority} va decide dacă există motive rezonabile să se creadă că copilul ar putea fi victimă a traficului de persoane. Decizia ar trebui luată în cel mult ${WORKING_DAYS}, până la {date}.`,
  rc_next_recovery: `Dacă decizia este pozitivă, veți avea o perioadă de recuperare și reflecție de cel puțin ${DAYS}. Este timp să vă odihniți, să vă recuperați și să vă gândiți ce doriți să faceți. În această perioadă nimeni nu vă poate îndepărta din țară.`,
  rc_next_recovery_child: `Dacă decizia este pozitivă, copilul va avea o perioadă de recuperare și reflecție de cel puțin ${DAYS}. În această perioadă copilul nu poate fi îndepărtat din țară.`,
  rc_next_final:
    'După aceea se ia o decizie finală. Veți primi fiecare decizie în scris, într-o limbă pe care o înțelegeți.',
  rc_next_final_child:
    'După aceea se ia o decizie finală. Veți primi în scris fiecare decizie privind copilul.',
  rc_next_one_stage:
    '{authority} va decide dacă vi se recunoaște statutul de victimă a traficului de persoane. Veți primi decizia în scris, într-o limbă pe care o înțelegeți.',
  rc_next_one_stage_child:
    '{authority} va decide dacă i se recunoaște copilului statutul de victimă a traficului de persoane. Veți primi în scris decizia privind copilul.',

  dl_title_rg: 'Decizie privind motivele rezonabile',
  dl_title_cg: 'Decizie finală privind statutul de victimă',
  dl_intro_rg:
    'Aceasta este prima decizie din dosarul dumneavoastră. Ea stabilește dacă există motive rezonabile să se creadă că ați putea fi victimă a traficului de persoane.',
  dl_intro_rg_child:
    'Aceasta este prima decizie din dosarul copilului. Ea stabilește dacă există motive rezonabile să se creadă că copilul ar putea fi victimă a traficului de persoane.',
  dl_intro_cg:
    'Aceasta este decizia finală din dosarul dumneavoastră. Ea stabilește dacă este mai probabil decât nu că sunteți victimă a traficului de persoane.',
  dl_intro_cg_child:
    'Aceasta este decizia finală din dosarul copilului. Ea stabilește dacă este mai probabil decât nu că acesta este victimă a traficului de persoane.',
  dl_outcome_label: 'Decizia',
  dl_date_label: 'Data deciziei',
  dl_authority_label: 'Cine a decis',
  dl_meaning_heading: 'Ce înseamnă această decizie',
  dl_rg_positive: 'Există motive rezonabile să se creadă că ați putea fi victimă a traficului de persoane.',
  dl_rg_positive_child:
    'Există motive rezonabile să se creadă că copilul ar putea fi victimă a traficului de persoane.',
  dl_recovery_dates:
    'Perioada dumneavoastră de recuperare și reflecție durează de la {start} până la {end}. Este timp să vă odihniți, să vă recuperați și să vă gândiți ce doriți să faceți.',
  dl_recovery_dates_child:
    'Perioada de recuperare și reflecție a copilului durează de la {start} până la {end}. Este timp în care copilul să se odihnească și să se recupereze.',
  dl_recovery_minimum: `Aveți o perioadă de recuperare și reflecție de cel puțin ${DAYS} de la data acestei decizii. Este timp să vă odihniți, să vă recuperați și să vă gândiți ce doriți să faceți.`,
  dl_recovery_minimum_child: `Copilul are o perioadă de recuperare și reflecție de cel puțin ${DAYS} de la data acestei decizii. Este timp în care copilul să se odihnească și să se recupereze.`,
  dl_no_removal: 'În această perioadă nimeni nu vă poate îndepărta din țară.',
  dl_no_removal_child: 'În această perioadă copilul nu poate fi îndepărtat din țară.',
  dl_rg_positive_next:
    'După această perioadă se va lua o decizie finală. Sprijinul dumneavoastră continuă cât timp o așteptați.',
  dl_rg_positive_next_child:
    'După această perioadă se va lua o decizie finală. Sprijinul pentru copil continuă cât timp o așteptați.',
  dl_recovery_withheld: 'Perioada de recuperare și reflecție nu a fost acordată, pe motiv de {ground}.',
  dl_withheld_reason_label: 'Motivul:',
  ground_public_order: 'ordine publică',
  ground_improperly_claimed: 'invocare necuvenită a statutului de victimă',
  dl_cg_positive: 'Vi s-a recunoscut statutul de victimă a traficului de persoane.',
  dl_cg_positive_child: 'Copilului i s-a recunoscut statutul de victimă a traficului de persoane.',
  dl_cg_positive_support:
    'Sprijinul dumneavoastră continuă. Vorbiți cu organizația care vă sprijină despre pașii următori, de exemplu locuință, muncă, educație sau o întoarcere acasă în siguranță.',
  dl_cg_positive_support_child:
    'Sprijinul pentru copil continuă. Organizațiile care lucrează la dosar vor planifica împreună cu dumneavoastră pașii următori, de exemplu îngrijire, școală și un loc sigur unde să locuiască.',
  dl_move_on: `Sprijinul continuă cel puțin ${DAYS} după această decizie.`,
  dl_rg_negative:
    'Decizia este că, în această etapă, nu există suficiente motive să se creadă că ați putea fi victimă a traficului de persoane.',
  dl_rg_negative_child:
    'Decizia este că, în această etapă, nu există suficiente motive să se creadă că copilul ar putea fi victimă a traficului de persoane.',
  dl_cg_negative: 'Decizia este că nu vi s-a recunoscut statutul de victimă a traficului de persoane.',
  dl_cg_negative_child:
    'Decizia este că copilului nu i s-a recunoscut statutul de victimă a traficului de persoane.',
  dl_negative_help: 'Puteți cere în continuare sfaturi și ajutor organizațiilor de sprijin.',
  dl_negative_help_child:
    'Copilul poate primi în continuare ajutor de la serviciul de protecție a copilului și de la organizațiile de sprijin.',
  dl_replaces: 'Această decizie înlocuiește o decizie anterioară, după ce aceasta a fost reexaminată.',
  dl_reasons_heading: 'Motivele deciziei',
  dl_reconsider_heading: 'Dacă nu sunteți de acord cu această decizie',
  dl_reconsider_how:
    'Puteți cere ca această decizie să fie reexaminată. Organizația care a făcut referirea sau o organizație care vă sprijină poate face această cerere pentru dumneavoastră, mai ales dacă există informații noi.',
  dl_reconsider_how_child:
    'Puteți cere ca această decizie să fie reexaminată. Organizația care a referit copilul sau o organizație care sprijină copilul poate face această cerere, mai ales dacă există informații noi.',
  dl_reconsider_org_label: 'Cine vă poate ajuta cu cererea',
  dl_legal_aid:
    'Aveți dreptul la consiliere juridică gratuită. Un avocat vă poate ajuta să cereți reexaminarea.',
  dl_legal_aid_child:
    'Copilul are dreptul la consiliere juridică gratuită. Un avocat vă poate ajuta să cereți reexaminarea în numele copilului.',

  outcome_rg_positive: 'Pozitivă: există motive rezonabile',
  outcome_rg_negative: 'Negativă: nu există suficiente motive',
  outcome_trafficking: 'Victimă a traficului de persoane',
  outcome_not_trafficking: 'Statutul de victimă a traficului de persoane nu a fost recunoscut',
  outcome_modern_slavery_trafficking: 'Victimă a sclaviei moderne (trafic de persoane)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Victimă a sclaviei moderne (sclavie, servitute sau muncă forțată ori obligatorie)',
  outcome_not_modern_slavery: 'Statutul de victimă a sclaviei moderne nu a fost recunoscut',
  outcome_positive_other: 'Decizie pozitivă',
  outcome_negative_other: 'Decizie negativă',
};
