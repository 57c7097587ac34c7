import type { LetterCatalogue } from './catalogue.js';

const DAYS = '{days, plural, one {# día} other {# días}}';
const WORKING_DAYS = '{days, plural, one {# día hábil} other {# días hábiles}}';

/** Cartas en español. */
export const LETTERS_ES: LetterCatalogue = {
  reference_label: 'Referencia del expediente',
  contact_label: 'Contacto',
  contact_none: 'Pregunte a la persona que le entregó esta carta.',
  page: 'Página {page} de {pages}',
  next_heading: 'Qué pasará ahora',
  rights_heading: 'Sus derechos',
  closing: 'Si tiene alguna pregunta, póngase en contacto con {org}.',
  keep_safe:
    'Guarde esta carta en un lugar seguro. Por su seguridad, no describe lo que le ocurrió. Indique la referencia de su expediente, {reference}, siempre que se ponga en contacto con nosotros.',
  keep_safe_child:
    'Guarde esta carta en un lugar seguro. Por la seguridad del niño o la niña, no describe lo que le ocurrió. Indique la referencia del expediente, {reference}, siempre que se ponga en contacto con nosotros.',
  to_guardian: 'A la persona tutora del niño o la niña',
  to_guardian_pending: 'A la persona tutora que se designe, a cargo de {org}',
  child_protection_services: 'los servicios de protección de la infancia',

  right_support:
    'Puede recibir apoyo: un lugar seguro donde alojarse, atención médica, apoyo psicológico y ayuda con sus necesidades diarias. Recibe este apoyo tanto si habla con la policía o colabora con ella como si no.',
  right_recovery: `Tiene derecho a un periodo de restablecimiento y reflexión de al menos ${DAYS}. Durante este tiempo nadie puede expulsarle del país.`,
  right_legal_aid:
    'Tiene derecho a asesoramiento jurídico gratuito y a la ayuda de un abogado o una abogada.',
  right_interpreter:
    'Tiene derecho a un intérprete gratuito cuando hable con las organizaciones que llevan su expediente.',
  interpreter_noted: 'Hemos anotado que necesita un intérprete (idioma: {language}).',
  interpreter_noted_child: 'Hemos anotado que el niño o la niña necesita un intérprete (idioma: {language}).',

  privacy_heading: 'Su información',
  privacy_heading_child: 'La información del niño o la niña',
  privacy_who:
    'Solo las organizaciones que llevan su expediente pueden ver su información. En este momento son: {orgs}.',
  privacy_who_child:
    'Solo las organizaciones que llevan el expediente del niño o la niña pueden ver su información. En este momento son: {orgs}.',
  privacy_consent:
    'Su información solo se comparte para los fines que usted aceptó. Puede retirar su consentimiento en cualquier momento avisando a {org}. Esto no le quitará el apoyo que recibe.',
  privacy_consent_child:
    'Como persona tutora, usted decide si se comparte la información del niño o la niña, siempre en su interés superior. Puede retirar el consentimiento en cualquier momento avisando a {org}. Esto no le quitará el apoyo al niño o la niña.',
  privacy_log: 'Cada vez que alguien abre su expediente, queda registrado.',
  privacy_log_child: 'Cada vez que alguien abre el expediente del niño o la niña, queda registrado.',

  child_heading: 'Para el niño o la niña (lea o explique esta parte al niño o la niña)',
  child_safe: 'No hiciste nada malo. Tienes derecho a estar a salvo y a recibir ayuda.',
  child_police: 'Recibes ayuda hables o no con la policía.',
  child_guardian:
    'Una persona tutora te ayudará y hablará por ti. Los adultos que llevan tu caso siempre tienen que pensar primero en lo que es mejor para ti.',
  child_recovery: `Tendrás tiempo para descansar y sentirte más a salvo, al menos ${DAYS}. Durante este tiempo nadie puede sacarte de este país.`,
  child_lawyer: 'Un abogado o una abogada puede darte consejos, gratis.',
  child_age: 'Si nadie sabe con seguridad cuántos años tienes, se te tratará como a un niño o una niña.',
  child_questions:
    'Puedes hacer preguntas en cualquier momento. Puedes tener gratis un intérprete que hable tu idioma.',

  rc_title: 'Confirmación de su derivación',
  rc_title_child: 'Confirmación de la derivación de un niño o una niña',
  rc_intro:
    'Esta carta confirma su derivación al Mecanismo Nacional de Derivación. Así es como el Estado identifica y protege a las personas que pueden haber sido víctimas de trata de seres humanos. Esta carta explica qué pasará ahora y cuáles son sus derechos.',
  rc_intro_child:
    'Esta carta confirma la derivación del niño o la niña a quien usted representa al Mecanismo Nacional de Derivación. Así es como el Estado identifica y protege a las personas que pueden haber sido víctimas de trata de seres humanos. Para la derivación no hace falta el consentimiento del niño o la niña. Su interés superior es lo primero en cada decisión, y se ha informado a los servicios de protección de la infancia.',
  rc_date_label: 'Fecha de la derivación',
  rc_referrer_label: 'Derivación hecha por',
  rc_authority_label: 'Quién decidirá',
  rc_next_rg: `{authority} decidirá si hay motivos razonables para creer que usted puede haber sido víctima de trata de seres humanos. La decisión está prevista en un plazo de ${WORKING_DAYS}, a más tardar el {date}.`,
  rc_next_rg_child: `{authority} decidirá si hay motivos razonables para creer que el niño o la niña puede haber sido víctima de trata de seres humanos. La decisión está prevista en un plazo de ${WORKING_DAYS}, a más tardar el {date}.`,
  rc_next_recovery: `Si la decisión es positiva, tendrá un periodo de restablecimiento y reflexión de al menos ${DAYS}. Es un tiempo para descansar, recuperarse y pensar qué quiere hacer. Durante este tiempo nadie puede expulsarle del país.`,
  rc_next_recovery_child: `Si la decisión es positiva, el niño o la niña tendrá un periodo de restablecimiento y reflexión de al menos ${DAYS}. Durante este tiempo nadie puede sacarle del país.`,
  rc_next_final:
    'Después se toma una decisión definitiva. Recibirá cada decisión por escrito, en un idioma que entienda.',
  rc_next_final_child:
    'Después se toma una decisión definitiva. Recibirá por escrito cada decisión sobre el niño o la niña.',
  rc_next_one_stage:
    '{authority} decidirá si se le reconoce la condición de víctima de trata de seres humanos. Recibirá la decisión por escrito, en un idioma que entienda.',
  rc_next_one_stage_child:
    '{authority} decidirá si se reconoce al niño o la niña la condición de víctima de trata de seres humanos. Recibirá por escrito la decisión sobre el niño o la niña.',

  dl_title_rg: 'Decisión sobre motivos razonables',
  dl_title_cg: 'Decisión definitiva sobre la condición de víctima',
  dl_intro_rg:
    'Esta es la primera decisión sobre su expediente. Examina si hay motivos razonables para creer que usted puede haber sido víctima de trata de seres humanos.',
  dl_intro_rg_child:
    'Esta es la primera decisión sobre el expediente del niño o la niña. Examina si hay motivos razonables para creer que puede haber sido víctima de trata de seres humanos.',
  dl_intro_cg:
    'Esta es la decisión definitiva sobre su expediente. Examina si es más probable que improbable que usted sea víctima de trata de seres humanos.',
  dl_intro_cg_child:
    'Esta es la decisión definitiva sobre el expediente del niño o la niña. Examina si es más probable que improbable que sea víctima de trata de seres humanos.',
  dl_outcome_label: 'Decisión',
  dl_date_label: 'Fecha de la decisión',
  dl_authority_label: 'Decidido por',
  dl_meaning_heading: 'Qué significa esta decisión',
  dl_rg_positive:
    'Hay motivos razonables para creer que usted puede haber sido víctima de trata de seres humanos.',
  dl_rg_positive_child:
    'Hay motivos razonables para creer que el niño o la niña puede haber sido víctima de trata de seres humanos.',
  dl_recovery_dates:
    'Su periodo de restablecimiento y reflexión va del {start} al {end}. Es un tiempo para descansar, recuperarse y pensar qué quiere hacer.',
  dl_recovery_dates_child:
    'El periodo de restablecimiento y reflexión del niño o la niña va del {start} al {end}. Es un tiempo para que descanse y se recupere.',
  dl_recovery_minimum: `Tiene un periodo de restablecimiento y reflexión de al menos ${DAYS} desde la fecha de esta decisión. Es un tiempo para descansar, recuperarse y pensar qué quiere hacer.`,
  dl_recovery_minimum_child: `El niño o la niña tiene un periodo de restablecimiento y reflexión de al menos ${DAYS} desde la fecha de esta decisión. Es un tiempo para que descanse y se recupere.`,
  dl_no_removal: 'Durante este periodo nadie puede expulsarle del país.',
  dl_no_removal_child: 'Durante este periodo nadie puede sacar al niño o la niña del país.',
  dl_rg_positive_next:
    'Después de este periodo se tomará una decisión definitiva. Su apoyo continúa mientras la espera.',
  dl_rg_positive_next_child:
    'Después de este periodo se tomará una decisión definitiva. El apoyo al niño o la niña continúa mientras la esperan.',
  dl_recovery_withheld:
    'El periodo de restablecimiento y reflexión no se ha concedido, por el siguiente motivo: {ground}.',
  dl_withheld_reason_label: 'Motivo:',
  ground_public_order: 'orden público',
  ground_improperly_claimed: 'condición de víctima invocada indebidamente',
  dl_cg_positive: 'Se le reconoce la condición de víctima de trata de seres humanos.',
  dl_cg_positive_child: 'Se reconoce al niño o la niña la condición de víctima de trata de seres humanos.',
  dl_cg_positive_support:
    'Su apoyo continúa. Hable con la organización que le acompaña sobre los próximos pasos, por ejemplo vivienda, trabajo, estudios o un regreso seguro a su país.',
  dl_cg_positive_support_child:
    'El apoyo al niño o la niña continúa. Las organizaciones que llevan el expediente planificarán con usted los próximos pasos, por ejemplo cuidado, escuela y un lugar seguro para vivir.',
  dl_move_on: `El apoyo continúa durante al menos ${DAYS} después de esta decisión.`,
  dl_rg_negative:
    'La decisión es que, en esta fase, no hay motivos suficientes para creer que usted puede haber sido víctima de trata de seres humanos.',
  dl_rg_negative_child:
    'La decisión es que, en esta fase, no hay motivos suficientes para creer que el niño o la niña puede haber sido víctima de trata de seres humanos.',
  dl_cg_negative: 'La decisión es que no se le reconoce la condición de víctima de trata de seres humanos.',
  dl_cg_negative_child:
    'La decisión es que no se reconoce al niño o la niña la condición de víctima de trata de seres humanos.',
  dl_negative_help: 'Puede seguir pidiendo consejo y ayuda a las organizaciones de apoyo.',
  dl_negative_help_child:
    'El niño o la niña puede seguir recibiendo ayuda de los servicios de protección de la infancia y de las organizaciones de apoyo.',
  dl_replaces: 'Esta decisión sustituye a una decisión anterior, después de que se revisara.',
  dl_reasons_heading: 'Motivos de la decisión',
  dl_reconsider_heading: 'Si no está de acuerdo con esta decisión',
  dl_reconsider_how:
    'Puede pedir que se revise esta decisión. La organización que hizo su derivación, o una organización que le apoya, puede hacer esta solicitud por usted, sobre todo si hay información nueva.',
  dl_reconsider_how_child:
    'Puede pedir que se revise esta decisión. La organización que derivó al niño o la niña, o una organización que le apoya, puede hacer esta solicitud, sobre todo si hay información nueva.',
  dl_reconsider_org_label: 'Quién puede ayudarle a pedirlo',
  dl_legal_aid:
    'Tiene derecho a asesoramiento jurídico gratuito. Un abogado o una abogada puede ayudarle a pedir la revisión.',
  dl_legal_aid_child:
    'El niño o la niña tiene derecho a asesoramiento jurídico gratuito. Un abogado o una abogada puede ayudarle a pedir la revisión en su nombre.',

  outcome_rg_positive: 'Positiva: hay motivos razonables',
  outcome_rg_negative: 'Negativa: no hay motivos suficientes',
  outcome_trafficking: 'Víctima de trata de seres humanos',
  outcome_not_trafficking: 'No se reconoce la condición de víctima de trata de seres humanos',
  outcome_modern_slavery_trafficking: 'Víctima de esclavitud moderna (trata de seres humanos)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Víctima de esclavitud moderna (esclavitud, servidumbre o trabajo forzoso u obligatorio)',
  outcome_not_modern_slavery: 'No se reconoce la condición de víctima de esclavitud moderna',
  outcome_positive_other: 'Decisión positiva',
  outcome_negative_other: 'Decisión negativa',
};
