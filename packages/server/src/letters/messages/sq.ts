import type { LetterCatalogue } from './catalogue.js';

// «prej të paktën» takes the ablative: «prej 1 dite», «prej 30 ditësh».
const DAYS_ABLATIVE = '{days, plural, one {# dite} other {# ditësh}}';
const DAYS = '{days, plural, one {# ditë} other {# ditë}}';
const WORKING_DAYS = '{days, plural, one {# dite pune} other {# ditëve të punës}}';

/** Letra në shqip. */
export const LETTERS_SQ: LetterCatalogue = {
  reference_label: 'Numri i çështjes',
  contact_label: 'Kontakti',
  contact_none: 'Pyetni personin që ju dha këtë letër.',
  page: 'Faqja {page} nga {pages}',
  next_heading: 'Çfarë ndodh më pas',
  rights_heading: 'Të drejtat tuaja',
  closing: 'Nëse keni pyetje, ju lutemi kontaktoni {org}.',
  keep_safe:
    'Mbajeni këtë letër në një vend të sigurt. Për sigurinë tuaj, ajo nuk përshkruan se çfarë ju ka ndodhur. Ju lutemi përmendni numrin e çështjes suaj {reference} sa herë që na kontaktoni.',
  keep_safe_child:
    'Mbajeni këtë letër në një vend të sigurt. Për sigurinë e fëmijës, ajo nuk përshkruan se çfarë i ka ndodhur fëmijës. Ju lutemi përmendni numrin e çështjes {reference} sa herë që na kontaktoni.',
  to_guardian: 'Për kujdestarin e fëmijës',
  to_guardian_pending: 'Për kujdestarin që do të caktohet (deri atëherë: {org})',
  child_protection_services: 'shërbimi për mbrojtjen e fëmijëve',

  right_support:
    'Mund të merrni mbështetje: një vend të sigurt për të qëndruar, kujdes mjekësor, këshillim dhe ndihmë për nevojat e përditshme. E merrni këtë mbështetje pavarësisht nëse flisni ose jo me policinë dhe nëse e ndihmoni ose jo atë.',
  right_recovery: `Keni të drejtën e një periudhe rimëkëmbjeje dhe reflektimi prej të paktën ${DAYS_ABLATIVE}. Gjatë kësaj kohe askush nuk mund t’ju largojë nga vendi.`,
  right_legal_aid: 'Keni të drejtë për këshillim ligjor falas dhe për ndihmë nga një avokat.',
  right_interpreter:
    'Keni të drejtë për një përkthyes falas kur flisni me organizatat që punojnë për çështjen tuaj.',
  interpreter_noted: 'Kemi shënuar se keni nevojë për përkthyes (gjuha: {language}).',
  interpreter_noted_child: 'Kemi shënuar se fëmija ka nevojë për përkthyes (gjuha: {language}).',

  privacy_heading: 'Të dhënat tuaja',
  privacy_heading_child: 'Të dhënat e fëmijës',
  privacy_who:
    'Vetëm organizatat që punojnë për çështjen tuaj mund t’i shohin të dhënat tuaja. Aktualisht këto janë: {orgs}.',
  privacy_who_child:
    'Vetëm organizatat që punojnë për çështjen e fëmijës mund t’i shohin të dhënat e fëmijës. Aktualisht këto janë: {orgs}.',
  privacy_consent:
    'Të dhënat tuaja ndahen vetëm për qëllimet për të cilat keni rënë dakord. Mund ta tërhiqni pëlqimin tuaj në çdo kohë duke njoftuar {org}. Kjo nuk jua heq mbështetjen.',
  privacy_consent_child:
    'Si kujdestar, ju vendosni për ndarjen e të dhënave të fëmijës, në interesin më të mirë të fëmijës. Mund ta tërhiqni pëlqimin në çdo kohë duke njoftuar {org}. Kjo nuk ia heq fëmijës mbështetjen.',
  privacy_log: 'Sa herë që dikush hap dosjen tuaj, kjo regjistrohet.',
  privacy_log_child: 'Sa herë që dikush hap dosjen e fëmijës, kjo regjistrohet.',

  child_heading: 'Për fëmijën (ju lutemi lexojeni ose shpjegojeni këtë pjesë fëmijës)',
  child_safe: 'Ti nuk ke bërë asgjë të gabuar. Ke të drejtë të jesh në siguri dhe të marrësh ndihmë.',
  child_police: 'Merr ndihmë pavarësisht nëse flet ose jo me policinë.',
  child_guardian:
    'Një kujdestar do të të ndihmojë dhe do të flasë për ty. Të rriturit që punojnë për çështjen tënde duhet të mendojnë gjithmonë së pari se çfarë është më e mira për ty.',
  child_recovery: `Do të kesh kohë për të pushuar dhe për t’u ndjerë më në siguri, të paktën ${DAYS}. Gjatë kësaj kohe askush nuk mund të të largojë nga ky vend.`,
  child_lawyer: 'Një avokat mund të të japë këshilla, falas.',
  child_age: 'Nëse askush nuk e di me siguri sa vjeç je, do të trajtohesh si fëmijë.',
  child_questions: 'Mund të bësh pyetje në çdo kohë. Mund të kesh falas një përkthyes që flet gjuhën tënde.',

  rc_title: 'Konfirmimi i referimit tuaj',
  rc_title_child: 'Konfirmimi i referimit të një fëmije',
  rc_intro:
    'Kjo letër konfirmon se jeni referuar në Mekanizmin Kombëtar të Referimit. Kështu shteti identifikon dhe mbron njerëzit që mund të jenë trafikuar. Kjo letër shpjegon çfarë ndodh më pas dhe cilat janë të drejtat tuaja.',
  rc_intro_child:
    'Kjo letër konfirmon se fëmija që ju përfaqësoni është referuar në Mekanizmin Kombëtar të Referimit. Kështu shteti identifikon dhe mbron njerëzit që mund të jenë trafikuar. Për referimin nuk nevojitet pëlqimi i fëmijës. Interesi më i mirë i fëmijës vjen i pari në çdo vendim dhe shërbimi për mbrojtjen e fëmijëve është njoftuar.',
  rc_date_label: 'Data e referimit',
  rc_referrer_label: 'Referuar nga',
  rc_authority_label: 'Kush do të vendosë',
  rc_next_rg: `{authority} do të vendosë nëse ka arsye të bazuara për të besuar se mund të jeni viktimë e trafikimit të qenieve njerëzore. Synohet që vendimi të merret brenda ${WORKING_DAYS}, deri më {date}.`,
  rc_next_rg_child: `{authority} do të vendosë nëse ka arsye të bazuara për të besuar se fëmija mund të jetë viktimë e trafikimit të qenieve njerëzore. Synohet që vendimi të merret brenda ${WORKING_DAYS}, deri më {date}.`,
  rc_next_recovery: `Nëse vendimi është pozitiv, do të keni një periudhë rimëkëmbjeje dhe reflektimi prej të paktën ${DAYS_ABLATIVE}. Kjo është kohë për të pushuar, për t’u rimëkëmbur dhe për të menduar se çfarë doni të bëni. Gjatë kësaj kohe askush nuk mund t’ju largojë nga vendi.`,
  rc_next_recovery_child: `Nëse vendimi është pozitiv, fëmija do të ketë një periudhë rimëkëmbjeje dhe reflektimi prej të paktën ${DAYS_ABLATIVE}. Gjatë kësaj kohe askush nuk mund ta largojë fëmijën nga vendi.`,
  rc_next_final:
    'Pas kësaj merret një vendim përfundimtar. Çdo vendim do ta merrni me shkrim, në një gjuhë që e kuptoni.',
  rc_next_final_child:
    'Pas kësaj merret një vendim përfundimtar. Çdo vendim për fëmijën do ta merrni me shkrim.',
  rc_next_one_stage:
    '{authority} do të vendosë nëse do të identifikoheni si viktimë e trafikimit të qenieve njerëzore. Vendimin do ta merrni me shkrim, në një gjuhë që e kuptoni.',
  rc_next_one_stage_child:
    '{authority} do të vendosë nëse fëmija do të identifikohet si viktimë e trafikimit të qenieve njerëzore. Vendimin për fëmijën do ta merrni me shkrim.',

  dl_title_rg: 'Vendim për arsyet e bazuara',
  dl_title_cg: 'Vendim përfundimtar për identifikimin',
  dl_intro_rg:
    'Ky është vendimi i parë për çështjen tuaj. Ai shqyrton nëse ka arsye të bazuara për të besuar se mund të jeni viktimë e trafikimit të qenieve njerëzore.',
  dl_intro_rg_child:
    'Ky është vendimi i parë për çështjen e fëmijës. Ai shqyrton nëse ka arsye të bazuara për të besuar se fëmija mund të jetë viktimë e trafikimit të qenieve njerëzore.',
  dl_intro_cg:
    'Ky është vendimi përfundimtar për çështjen tuaj. Ai shqyrton nëse është më e mundshme se jo që jeni viktimë e trafikimit të qenieve njerëzore.',
  dl_intro_cg_child:
    'Ky është vendimi përfundimtar për çështjen e fëmijës. Ai shqyrton nëse është më e mundshme se jo që fëmija është viktimë e trafikimit të qenieve njerëzore.',
  dl_outcome_label: 'Vendimi',
  dl_date_label: 'Data e vendimit',
  dl_authority_label: 'Vendimi u mor nga',
  dl_meaning_heading: 'Çfarë do të thotë ky vendim',
  dl_rg_positive:
    'Ka arsye të bazuara për të besuar se mund të jeni viktimë e trafikimit të qenieve njerëzore.',
  dl_rg_positive_child:
    'Ka arsye të bazuara për të besuar se fëmija mund të jetë viktimë e trafikimit të qenieve njerëzore.',
  dl_recovery_dates:
    'Periudha juaj e rimëkëmbjes dhe reflektimit zgjat nga {start} deri më {end}. Kjo është kohë për të pushuar, për t’u rimëkëmbur dhe për të menduar se çfarë doni të bëni.',
  dl_recovery_dates_child:
    'Periudha e rimëkëmbjes dhe reflektimit e fëmijës zgjat nga {start} deri më {end}. Kjo është kohë që fëmija të pushojë dhe të rimëkëmbet.',
  dl_recovery_minimum: `Keni një periudhë rimëkëmbjeje dhe reflektimi prej të paktën ${DAYS_ABLATIVE} nga data e këtij vendimi. Kjo është kohë për të pushuar, për t’u rimëkëmbur dhe për të menduar se çfarë doni të bëni.`,
  dl_recovery_minimum_child: `Fëmija ka një periudhë rimëkëmbjeje dhe reflektimi prej të paktën ${DAYS_ABLATIVE} nga data e këtij vendimi. Kjo është kohë që fëmija të pushojë dhe të rimëkëmbet.`,
  dl_no_removal: 'Gjatë kësaj periudhe askush nuk mund t’ju largojë nga vendi.',
  dl_no_removal_child: 'Gjatë kësaj periudhe askush nuk mund ta largojë fëmijën nga vendi.',
  dl_rg_positive_next:
    'Pas kësaj periudhe do të merret një vendim përfundimtar. Mbështetja juaj vazhdon ndërsa e prisni.',
  dl_rg_positive_next_child:
    'Pas kësaj periudhe do të merret një vendim përfundimtar. Mbështetja e fëmijës vazhdon ndërsa e prisni.',
  dl_recovery_withheld:
    'Periudha e rimëkëmbjes dhe reflektimit nuk është dhënë, për këtë arsye ligjore: {ground}.',
  dl_withheld_reason_label: 'Arsyeja:',
  ground_public_order: 'rendi publik',
  ground_improperly_claimed: 'pretendimi i pabazë i statusit të viktimës',
  dl_cg_positive: 'Jeni identifikuar si viktimë e trafikimit të qenieve njerëzore.',
  dl_cg_positive_child: 'Fëmija është identifikuar si viktimë e trafikimit të qenieve njerëzore.',
  dl_cg_positive_support:
    'Mbështetja juaj vazhdon. Flisni me organizatën që ju mbështet për hapat e ardhshëm, për shembull strehimin, punën, arsimin ose një kthim të sigurt në shtëpi.',
  dl_cg_positive_support_child:
    'Mbështetja e fëmijës vazhdon. Organizatat që punojnë për çështjen do të planifikojnë me ju hapat e ardhshëm, për shembull kujdesin, shkollën dhe një vend të sigurt për të jetuar.',
  dl_move_on: `Mbështetja vazhdon të paktën ${DAYS} pas këtij vendimi.`,
  dl_rg_negative:
    'Vendimi është se në këtë fazë nuk ka arsye të mjaftueshme për të besuar se mund të jeni viktimë e trafikimit të qenieve njerëzore.',
  dl_rg_negative_child:
    'Vendimi është se në këtë fazë nuk ka arsye të mjaftueshme për të besuar se fëmija mund të jetë viktimë e trafikimit të qenieve njerëzore.',
  dl_cg_negative: 'Vendimi është se nuk jeni identifikuar si viktimë e trafikimit të qenieve njerëzore.',
  dl_cg_negative_child:
    'Vendimi është se fëmija nuk është identifikuar si viktimë e trafikimit të qenieve njerëzore.',
  dl_negative_help: 'Mund të vazhdoni t’u kërkoni këshilla dhe ndihmë organizatave mbështetëse.',
  dl_negative_help_child:
    'Fëmija mund të vazhdojë të marrë ndihmë nga shërbimi për mbrojtjen e fëmijëve dhe nga organizatat mbështetëse.',
  dl_replaces: 'Ky vendim zëvendëson një vendim të mëparshëm, pasi ai u rishqyrtua.',
  dl_reasons_heading: 'Arsyet e vendimit',
  dl_reconsider_heading: 'Nëse nuk jeni dakord me këtë vendim',
  dl_reconsider_how:
    'Mund të kërkoni që ky vendim të rishqyrtohet. Organizata që ju referoi, ose një organizatë që ju mbështet, mund ta bëjë këtë kërkesë për ju, veçanërisht nëse ka informacion të ri.',
  dl_reconsider_how_child:
    'Mund të kërkoni që ky vendim të rishqyrtohet. Organizata që e referoi fëmijën, ose një organizatë që e mbështet fëmijën, mund ta bëjë këtë kërkesë, veçanërisht nëse ka informacion të ri.',
  dl_reconsider_org_label: 'Kush mund t’ju ndihmojë me kërkesën',
  dl_legal_aid:
    'Keni të drejtë për këshillim ligjor falas. Një avokat mund t’ju ndihmojë të kërkoni rishqyrtimin.',
  dl_legal_aid_child:
    'Fëmija ka të drejtë për këshillim ligjor falas. Një avokat mund t’ju ndihmojë të kërkoni rishqyrtimin në emër të fëmijës.',

  outcome_rg_positive: 'Pozitiv: ka arsye të bazuara',
  outcome_rg_negative: 'Negativ: nuk ka arsye të mjaftueshme',
  outcome_trafficking: 'Viktimë e trafikimit të qenieve njerëzore',
  outcome_not_trafficking: 'Nuk është identifikuar si viktimë e trafikimit të qenieve njerëzore',
  outcome_modern_slavery_trafficking: 'Viktimë e skllavërisë moderne (trafikim i qenieve njerëzore)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Viktimë e skllavërisë moderne (skllavëri, robëri ose punë e detyruar apo e detyrueshme)',
  outcome_not_modern_slavery: 'Nuk është identifikuar si viktimë e skllavërisë moderne',
  outcome_positive_other: 'Vendim pozitiv',
  outcome_negative_other: 'Vendim negativ',
};
