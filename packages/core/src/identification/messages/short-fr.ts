import type { ShortScreenCatalogue } from './catalogue.js';

/** French. "Vous"; phrased so that no past participle agrees with the reader's gender. */
export const SHORT_SCREEN_FR: ShortScreenCatalogue = {
  intro:
    'Ces questions nous aident à comprendre votre situation et le soutien que vous pouvez recevoir. Vous pouvez ne pas répondre à une question si vous le souhaitez, et arrêter à tout moment.',
  answer_yes: 'Oui',
  answer_no: 'Non',
  answer_unsure: 'Je ne sais pas trop',
  answer_declined: 'Je ne veux pas répondre',
  safety_in_danger_now: 'Êtes-vous en danger en ce moment ?',
  safety_injured: 'Avez-vous une blessure, ou avez-vous besoin d’un médecin tout de suite ?',
  safety_place_tonight: 'Avez-vous un endroit sûr où dormir cette nuit ?',
  dr_job_different:
    'Le travail, le lieu ou l’employeur étaient-ils différents de ce qu’on vous avait dit avant de commencer ?',
  cr_threats: 'Quelqu’un vous a-t-il fait des menaces pour vous obliger à partir ou à commencer ce travail ?',
  rav_economic:
    'Quelqu’un a-t-il profité d’une situation difficile dans votre vie, comme un besoin d’argent, pour vous faire accepter ce travail ?',
  ec_excessive_hours:
    'Deviez-vous travailler de très longues heures, avec très peu ou pas de jours de repos ?',
  cd_free_to_leave: 'Pouviez-vous quitter l’endroit où vous travailliez ou viviez quand vous le vouliez ?',
  cd_documents_kept:
    'Quelqu’un d’autre gardait-il votre passeport ou votre carte d’identité, de sorte que vous ne pouviez pas l’avoir quand vous le vouliez ?',
  cd_debt: 'Quelqu’un vous a-t-il dit que vous lui deviez de l’argent à rembourser en travaillant ?',
  avd_dependent:
    'Dépendiez-vous des personnes pour qui vous travailliez pour avoir à manger, un endroit où dormir ou d’autres choses dont vous aviez besoin ?',
  cd_forced_sex:
    'Quelqu’un vous a-t-il imposé d’avoir des relations sexuelles ou de faire des actes sexuels avec d’autres personnes ?',
  fc_crimes:
    'Quelqu’un vous a-t-il imposé de voler, de vendre de la drogue, de cultiver des plantes ou de faire d’autres choses illégales ?',
  fb_begging: 'Quelqu’un vous a-t-il imposé de mendier et de lui remettre l’argent ?',
  ds_live_in_domestic:
    'Avez-vous travaillé chez quelqu’un, à cuisiner, faire le ménage ou vous occuper de personnes, en vivant sur place sans pouvoir sortir librement ?',
  fm_marriage: 'Vous a-t-on imposé un mariage ou des fiançailles contre votre volonté ?',
  or_organs:
    'Quelqu’un vous a-t-il pris un rein ou une autre partie du corps, ou a-t-il essayé de vous obliger à en donner un ?',
  osec_images:
    'Quelqu’un vous a-t-il demandé ou imposé de faire des choses sexuelles devant une caméra, ou d’envoyer des photos ou des vidéos sexuelles de vous ?',
};
