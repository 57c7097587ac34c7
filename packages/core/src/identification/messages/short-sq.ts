import type { ShortScreenCatalogue } from './catalogue.js';

/** Albanian. Polite "ju"; participles are invariable, adjectives in the polite plural. */
export const SHORT_SCREEN_SQ: ShortScreenCatalogue = {
  intro:
    'Këto pyetje na ndihmojnë të kuptojmë situatën tuaj dhe çfarë mbështetjeje mund të merrni. Nuk jeni të detyruar t’i përgjigjeni asnjë pyetjeje dhe mund të ndaleni në çdo kohë.',
  answer_yes: 'Po',
  answer_no: 'Jo',
  answer_unsure: 'Nuk e di me siguri',
  answer_declined: 'Nuk dua të përgjigjem',
  safety_in_danger_now: 'A jeni në rrezik tani?',
  safety_injured: 'A jeni lënduar, apo keni nevojë për mjek tani?',
  safety_place_tonight: 'A keni një vend të sigurt ku të qëndroni sonte?',
  dr_job_different: 'A ishte puna, vendi ose punëdhënësi ndryshe nga ajo që ju thanë para se të fillonit?',
  cr_threats: 'A ju kërcënoi dikush për t’ju detyruar të shkonit me ta ose të fillonit punën?',
  rav_economic:
    'A e përdori dikush një situatë të vështirë në jetën tuaj, si nevojën për para, që ju ta pranonit këtë punë?',
  ec_excessive_hours: 'A ju duhej të punonit shumë orë, me shumë pak ose asnjë ditë pushimi?',
  cd_free_to_leave: 'A mund të largoheshit nga vendi ku punonit ose jetonit kur të donit?',
  cd_documents_kept:
    'A e mbante dikush tjetër pasaportën ose letërnjoftimin tuaj, në mënyrë që ju të mos e kishit kur e donit?',
  cd_debt: 'A ju tha dikush se i detyroheshit para që duhej t’i shlyenit duke punuar?',
  avd_dependent:
    'A vareshit nga njerëzit për të cilët punonit për ushqim, vend për të fjetur ose gjëra të tjera që ju duheshin?',
  cd_forced_sex: 'A ju detyroi dikush të kryenit marrëdhënie ose veprime seksuale me njerëz të tjerë?',
  fc_crimes:
    'A ju detyroi dikush të vidhnit, të shisnit drogë, të kultivonit bimë ose të bënit gjëra të tjera të paligjshme?',
  fb_begging: 'A ju detyroi dikush të lypnit dhe t’ia jepnit paratë atij?',
  ds_live_in_domestic:
    'A keni punuar në shtëpinë e dikujt, duke gatuar, pastruar ose kujdesur për njerëz, dhe keni jetuar atje pa qenë të lirë të dilnit vetë?',
  fm_marriage: 'A ju detyroi dikush të martoheshit, ose ju premtoi dikujt për martesë, kur ju nuk e donit?',
  or_organs:
    'A ju mori dikush një veshkë ose një pjesë tjetër të trupit, apo u përpoq t’ju detyronte ta jepnit?',
  osec_images:
    'A ju kërkoi ose ju detyroi dikush të bënit gjëra seksuale para kamerës, ose të dërgonit foto apo video seksuale të vetes?',
};
