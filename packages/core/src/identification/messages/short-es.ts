import type { ShortScreenCatalogue } from './catalogue.js';

/** Spanish. "Usted", with "le" as its object pronoun, which does not mark gender. */
export const SHORT_SCREEN_ES: ShortScreenCatalogue = {
  intro:
    'Estas preguntas nos ayudan a entender su situación y qué apoyo puede recibir. Puede dejar sin responder cualquier pregunta y parar en cualquier momento.',
  answer_yes: 'Sí',
  answer_no: 'No',
  answer_unsure: 'No lo sé con seguridad',
  answer_declined: 'No quiero responder',
  safety_in_danger_now: '¿Está en peligro ahora mismo?',
  safety_injured: '¿Tiene alguna herida o necesita un médico ahora mismo?',
  safety_place_tonight: '¿Tiene un lugar seguro donde quedarse esta noche?',
  dr_job_different:
    '¿El trabajo, el lugar o el empleador eran distintos de lo que le dijeron antes de empezar?',
  cr_threats: '¿Alguien le amenazó para obligarle a irse con esa persona o a empezar el trabajo?',
  rav_economic:
    '¿Alguien se aprovechó de una situación difícil en su vida, como la necesidad de dinero, para que aceptara este trabajo?',
  ec_excessive_hours: '¿Tenía que trabajar muchísimas horas, con muy pocos días libres o ninguno?',
  cd_free_to_leave: '¿Podía irse del lugar donde trabajaba o vivía cuando quería?',
  cd_documents_kept:
    '¿Otra persona guardaba su pasaporte o documento de identidad, de modo que usted no podía tenerlo cuando quería?',
  cd_debt: '¿Alguien le dijo que le debía dinero que tenía que pagar trabajando?',
  avd_dependent:
    '¿Dependía de las personas para las que trabajaba para tener comida, un lugar donde dormir u otras cosas que necesitaba?',
  cd_forced_sex:
    '¿Alguien le obligó a tener relaciones sexuales o a hacer cosas sexuales con otras personas?',
  fc_crimes: '¿Alguien le obligó a robar, vender drogas, cultivar plantas o hacer otras cosas ilegales?',
  fb_begging: '¿Alguien le obligó a pedir dinero en la calle y a entregárselo?',
  ds_live_in_domestic:
    '¿Trabajó en la casa de alguien, cocinando, limpiando o cuidando a personas, y vivía allí sin libertad para salir por su cuenta?',
  fm_marriage: '¿Alguien le obligó a casarse, o le comprometió en matrimonio, sin que usted lo quisiera?',
  or_organs: '¿Alguien le quitó un riñón u otra parte del cuerpo, o intentó obligarle a darlo?',
  osec_images:
    '¿Alguien le pidió u obligó a hacer cosas sexuales delante de una cámara, o a enviar fotos o vídeos sexuales suyos?',
};
