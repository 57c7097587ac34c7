import type { LetterCatalogue } from './catalogue.js';

const DAYS = '{days, plural, one {# jour} other {# jours}}';
const WORKING_DAYS = '{days, plural, one {# jour ouvré} other {# jours ouvrés}}';

/** Lettres en français. `\u00a0` : espace insécable devant les deux-points. */
export const LETTERS_FR: LetterCatalogue = {
  reference_label: 'Référence du dossier',
  contact_label: 'Contact',
  contact_none: 'Demandez à la personne qui vous a remis cette lettre.',
  page: 'Page {page} sur {pages}',
  next_heading: 'La suite',
  rights_heading: 'Vos droits',
  closing: 'Si vous avez des questions, contactez {org}.',
  keep_safe:
    'Gardez cette lettre dans un endroit sûr. Pour votre sécurité, elle ne décrit pas ce qui vous est arrivé. Merci d’indiquer la référence de votre dossier, {reference}, chaque fois que vous nous contactez.',
  keep_safe_child:
    'Gardez cette lettre dans un endroit sûr. Pour la sécurité de l’enfant, elle ne décrit pas ce qui lui est arrivé. Merci d’indiquer la référence du dossier, {reference}, chaque fois que vous nous contactez.',
  to_guardian: 'À l’attention du tuteur ou de la tutrice de l’enfant',
  to_guardian_pending:
    'À l’attention de la personne qui sera désignée comme tuteur de l’enfant, aux bons soins de {org}',
  child_protection_services: 'la protection de l’enfance',

  right_support:
    'Vous pouvez recevoir de l’aide\u00a0: un lieu sûr où loger, des soins médicaux, un soutien psychologique et une aide pour les besoins du quotidien. Vous recevez cette aide que vous parliez ou non à la police, et que vous l’aidiez ou non.',
  right_recovery: `Vous avez droit à un délai de rétablissement et de réflexion d’au moins ${DAYS}. Pendant ce temps, personne ne peut vous éloigner du pays.`,
  right_legal_aid: 'Vous avez droit à des conseils juridiques gratuits et à l’aide d’un avocat.',
  right_interpreter:
    'Vous avez droit à un interprète gratuit lorsque vous parlez avec les organisations qui s’occupent de votre dossier.',
  interpreter_noted: 'Nous avons noté que vous avez besoin d’un interprète (langue\u00a0: {language}).',
  interpreter_noted_child:
    'Nous avons noté que l’enfant a besoin d’un interprète (langue\u00a0: {language}).',

  privacy_heading: 'Vos informations',
  privacy_heading_child: 'Les informations de l’enfant',
  privacy_who:
    'Seules les organisations qui s’occupent de votre dossier peuvent voir vos informations. Actuellement, ce sont\u00a0: {orgs}.',
  privacy_who_child:
    'Seules les organisations qui s’occupent du dossier de l’enfant peuvent voir ses informations. Actuellement, ce sont\u00a0: {orgs}.',
  privacy_consent:
    'Vos informations ne sont partagées que pour les finalités que vous avez acceptées. Vous pouvez retirer votre accord à tout moment en prévenant {org}. Cela ne vous privera pas de votre aide.',
  privacy_consent_child:
    'En tant que tuteur, vous décidez du partage des informations de l’enfant, dans son intérêt supérieur. Vous pouvez retirer votre accord à tout moment en prévenant {org}. Cela ne privera pas l’enfant de son aide.',
  privacy_log: 'Chaque fois que quelqu’un ouvre votre dossier, cela est enregistré.',
  privacy_log_child: 'Chaque fois que quelqu’un ouvre le dossier de l’enfant, cela est enregistré.',

  child_heading: 'Pour l’enfant (merci de lire ou d’expliquer cette partie à l’enfant)',
  child_safe: 'Tu n’as rien fait de mal. Tu as le droit d’être en sécurité et de recevoir de l’aide.',
  child_police: 'Tu reçois de l’aide, que tu parles à la police ou non.',
  child_guardian:
    'Un tuteur va t’aider et parler pour toi. Les adultes qui s’occupent de ton dossier doivent toujours penser d’abord à ce qui est le mieux pour toi.',
  child_recovery: `Tu auras du temps pour te reposer et te sentir plus en sécurité, au moins ${DAYS}. Pendant ce temps, personne ne peut te renvoyer de ce pays.`,
  child_lawyer: 'Un avocat peut te donner des conseils, gratuitement.',
  child_age: 'Si personne ne sait exactement quel âge tu as, on te considère comme un enfant.',
  child_questions:
    'Tu peux poser des questions à tout moment. Tu peux avoir un interprète qui parle ta langue, gratuitement.',

  rc_title: 'Confirmation de votre orientation',
  rc_title_child: 'Confirmation de l’orientation d’un enfant',
  rc_intro:
    'Cette lettre confirme votre orientation vers le Mécanisme national d’orientation. C’est ainsi que l’État identifie et protège les personnes qui ont peut-être été victimes de traite des êtres humains. Elle explique la suite et quels sont vos droits.',
  rc_intro_child:
    'Cette lettre confirme l’orientation de l’enfant que vous représentez vers le Mécanisme national d’orientation. C’est ainsi que l’État identifie et protège les personnes qui ont peut-être été victimes de traite des êtres humains. L’accord de l’enfant n’est pas nécessaire pour l’orientation. L’intérêt supérieur de l’enfant passe en premier dans chaque décision, et les services de protection de l’enfance ont été informés.',
  rc_date_label: 'Date de l’orientation',
  rc_referrer_label: 'Orientation faite par',
  rc_authority_label: 'Qui décidera',
  rc_next_rg: `{authority} décidera s’il existe des motifs raisonnables de croire que vous avez pu être victime de traite des êtres humains. La décision est prévue dans un délai de ${WORKING_DAYS}, au plus tard le {date}.`,
  rc_next_rg_child: `{authority} décidera s’il existe des motifs raisonnables de croire que l’enfant a pu être victime de traite des êtres humains. La décision est prévue dans un délai de ${WORKING_DAYS}, au plus tard le {date}.`,
  rc_next_recovery: `Si la décision est positive, vous aurez un délai de rétablissement et de réflexion d’au moins ${DAYS}. C’est un temps pour vous reposer, vous rétablir et réfléchir à ce que vous voulez faire. Pendant ce temps, personne ne peut vous éloigner du pays.`,
  rc_next_recovery_child: `Si la décision est positive, l’enfant aura un délai de rétablissement et de réflexion d’au moins ${DAYS}. Pendant ce temps, personne ne peut éloigner l’enfant du pays.`,
  rc_next_final:
    'Ensuite, une décision définitive est prise. Vous recevrez chaque décision par écrit, dans une langue que vous comprenez.',
  rc_next_final_child:
    'Ensuite, une décision définitive est prise. Vous recevrez par écrit chaque décision concernant l’enfant.',
  rc_next_one_stage:
    '{authority} décidera si la qualité de victime de traite des êtres humains vous est reconnue. Vous recevrez la décision par écrit, dans une langue que vous comprenez.',
  rc_next_one_stage_child:
    '{authority} décidera si la qualité de victime de traite des êtres humains est reconnue à l’enfant. Vous recevrez par écrit la décision concernant l’enfant.',

  dl_title_rg: 'Décision sur les motifs raisonnables',
  dl_title_cg: 'Décision définitive sur la qualité de victime',
  dl_intro_rg:
    'Ceci est la première décision concernant votre dossier. Elle examine s’il existe des motifs raisonnables de croire que vous avez pu être victime de traite des êtres humains.',
  dl_intro_rg_child:
    'Ceci est la première décision concernant le dossier de l’enfant. Elle examine s’il existe des motifs raisonnables de croire que l’enfant a pu être victime de traite des êtres humains.',
  dl_intro_cg:
    'Ceci est la décision définitive concernant votre dossier. Elle examine s’il est plus probable qu’improbable que vous soyez victime de traite des êtres humains.',
  dl_intro_cg_child:
    'Ceci est la décision définitive concernant le dossier de l’enfant. Elle examine s’il est plus probable qu’improbable que l’enfant soit victime de traite des êtres humains.',
  dl_outcome_label: 'Décision',
  dl_date_label: 'Date de la décision',
  dl_authority_label: 'Décision prise par',
  dl_meaning_heading: 'Ce que signifie cette décision',
  dl_rg_positive:
    'Il existe des motifs raisonnables de croire que vous avez pu être victime de traite des êtres humains.',
  dl_rg_positive_child:
    'Il existe des motifs raisonnables de croire que l’enfant a pu être victime de traite des êtres humains.',
  dl_recovery_dates:
    'Votre délai de rétablissement et de réflexion va du {start} au {end}. C’est un temps pour vous reposer, vous rétablir et réfléchir à ce que vous voulez faire.',
  dl_recovery_dates_child:
    'Le délai de rétablissement et de réflexion de l’enfant va du {start} au {end}. C’est un temps pour que l’enfant se repose et se rétablisse.',
  dl_recovery_minimum: `Vous avez un délai de rétablissement et de réflexion d’au moins ${DAYS} à partir de la date de cette décision. C’est un temps pour vous reposer, vous rétablir et réfléchir à ce que vous voulez faire.`,
  dl_recovery_minimum_child: `L’enfant a un délai de rétablissement et de réflexion d’au moins ${DAYS} à partir de la date de cette décision. C’est un temps pour que l’enfant se repose et se rétablisse.`,
  dl_no_removal: 'Pendant ce délai, personne ne peut vous éloigner du pays.',
  dl_no_removal_child: 'Pendant ce délai, personne ne peut éloigner l’enfant du pays.',
  dl_rg_positive_next:
    'Après ce délai, une décision définitive sera prise. Votre aide continue pendant que vous l’attendez.',
  dl_rg_positive_next_child:
    'Après ce délai, une décision définitive sera prise. L’aide à l’enfant continue pendant que vous l’attendez.',
  dl_recovery_withheld:
    'Le délai de rétablissement et de réflexion n’a pas été accordé, pour le motif suivant\u00a0: {ground}.',
  dl_withheld_reason_label: 'Raison\u00a0:',
  ground_public_order: 'ordre public',
  ground_improperly_claimed: 'qualité de victime revendiquée indûment',
  dl_cg_positive: 'La qualité de victime de traite des êtres humains vous est reconnue.',
  dl_cg_positive_child: 'La qualité de victime de traite des êtres humains est reconnue à l’enfant.',
  dl_cg_positive_support:
    'Votre aide continue. Parlez à l’organisation qui vous accompagne des prochaines étapes, par exemple le logement, le travail, la formation ou un retour au pays en sécurité.',
  dl_cg_positive_support_child:
    'L’aide à l’enfant continue. Les organisations qui s’occupent du dossier prépareront avec vous les prochaines étapes, par exemple la prise en charge, l’école et un lieu de vie sûr.',
  dl_move_on: `L’aide continue pendant au moins ${DAYS} après cette décision.`,
  dl_rg_negative:
    'La décision est qu’il n’existe pas, à ce stade, de motifs suffisants de croire que vous avez pu être victime de traite des êtres humains.',
  dl_rg_negative_child:
    'La décision est qu’il n’existe pas, à ce stade, de motifs suffisants de croire que l’enfant a pu être victime de traite des êtres humains.',
  dl_cg_negative:
    'La décision est que la qualité de victime de traite des êtres humains ne vous est pas reconnue.',
  dl_cg_negative_child:
    'La décision est que la qualité de victime de traite des êtres humains n’est pas reconnue à l’enfant.',
  dl_negative_help: 'Vous pouvez toujours demander conseil et aide aux organisations de soutien.',
  dl_negative_help_child:
    'L’enfant peut toujours recevoir l’aide des services de protection de l’enfance et des organisations de soutien.',
  dl_replaces: 'Cette décision remplace une décision antérieure, après son réexamen.',
  dl_reasons_heading: 'Motifs de la décision',
  dl_reconsider_heading: 'Si vous n’êtes pas d’accord avec cette décision',
  dl_reconsider_how:
    'Vous pouvez demander que cette décision soit réexaminée. L’organisation qui a fait votre orientation, ou une organisation qui vous accompagne, peut faire cette demande pour vous, surtout s’il y a des informations nouvelles.',
  dl_reconsider_how_child:
    'Vous pouvez demander que cette décision soit réexaminée. L’organisation qui a orienté l’enfant, ou une organisation qui accompagne l’enfant, peut faire cette demande, surtout s’il y a des informations nouvelles.',
  dl_reconsider_org_label: 'Qui peut vous aider à faire la demande',
  dl_legal_aid:
    'Vous avez droit à des conseils juridiques gratuits. Un avocat peut vous aider à demander un réexamen.',
  dl_legal_aid_child:
    'L’enfant a droit à des conseils juridiques gratuits. Un avocat peut vous aider à demander un réexamen pour l’enfant.',

  outcome_rg_positive: 'Positive\u00a0: il existe des motifs raisonnables',
  outcome_rg_negative: 'Négative\u00a0: motifs insuffisants',
  outcome_trafficking: 'Victime de traite des êtres humains',
  outcome_not_trafficking: 'Qualité de victime de traite des êtres humains non reconnue',
  outcome_modern_slavery_trafficking: 'Victime d’esclavage moderne (traite des êtres humains)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Victime d’esclavage moderne (esclavage, servitude, travail forcé ou obligatoire)',
  outcome_not_modern_slavery: 'Qualité de victime d’esclavage moderne non reconnue',
  outcome_positive_other: 'Décision positive',
  outcome_negative_other: 'Décision négative',
};
