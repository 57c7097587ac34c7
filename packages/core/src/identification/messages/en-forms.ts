/**
 * English texts of the questions about forms of exploitation that screening often
 * misses (indicators/overlooked-*.ts). Keys are question keys.
 */
export const EN_FORM_QUESTIONS: Readonly<Record<string, string>> = {
  ds_live_in_domestic:
    "Did you work in someone's home, cooking, cleaning or caring for people, and live there without being free to go out on your own?",
  ds_promised_family_or_study:
    'Were you told you would be treated like one of the family, or could study, but were made to work instead?',
  ds_always_on_call: 'Did you have to be ready to work at any time of the day or night?',
  ds_no_own_sleeping_place:
    'Did you have no proper place of your own to sleep, for example on the floor or in the kitchen?',
  ds_less_food: 'Were you given less food, or worse food, than the people you lived with?',
  ds_no_contact_family: 'Were you stopped from calling or seeing your own family or friends?',

  fb_begging: 'Did anyone make you beg for money and give the money to them?',
  fb_quota: 'Did you have to bring back a set amount of money each day?',
  fb_punished: 'Were you punished if you did not bring back enough money?',
  fb_show_injury: 'Were you made to show an injury or a disability, or to look ill, to get more money?',
  fb_driven_to_place: 'Did someone else take you to the place where you had to beg, and collect you after?',

  fc_crimes: 'Did anyone make you steal, sell drugs, grow plants or do other things against the law?',
  fc_locked_with_plants:
    'Were you kept in a house or building where plants were grown, and not allowed to leave?',
  fc_drugs_other_towns: 'Were you made to carry or sell drugs in other towns or areas?',
  fc_told_punished_if_caught: 'Were you told you would be punished if the police found you?',
  fc_debt_for_losses:
    'Did you have to pay back money or goods that were lost or taken, by doing more of this?',

  or_organs: 'Did anyone take, or try to make you give, a kidney or another part of your body?',
  or_unexplained_scar: 'Do you have a scar from an operation that you do not understand or did not agree to?',
  or_unexplained_tests:
    'Were you taken for medical tests, such as blood tests, that nobody explained to you?',
  or_taken_for_operation: 'Were you taken to another town or country to have an operation?',
  or_offered_money: 'Were you offered money to give a kidney or another part of your body?',
  or_pressured_to_agree: 'Were you pressured or threatened to agree to an operation?',

  fm_marriage: 'Were you made to marry someone, or promised in marriage, when you did not want to?',
  fm_payment_to_family: 'Was money or were gifts given to your family for the marriage?',
  fm_under_18: 'Were you under 18 when you were married or promised in marriage?',
  fm_unpaid_work: 'Since the marriage, have you been made to work without pay, and not allowed to say no?',
  fm_forced_sex: 'In the marriage, have you been forced to have sex?',
  fm_kept_in:
    'In the marriage, are you kept from going out, seeing family or friends, or having your own money?',
  fm_harm_if_leave: 'Were you told that you or your family would be hurt or shamed if you left the marriage?',

  osec_images:
    'Did anyone ask or make you do sexual things in front of a camera, or send sexual pictures or videos of yourself?',
  osec_paid: 'Were you given money, credit or gifts for sexual pictures, videos or live video?',
  osec_groomed: 'Did someone you met online or by phone win your trust and then ask you for sexual things?',
  osec_asked_to_meet:
    'Did someone you met online ask to meet you, or give you money or tickets to travel to them?',
  osec_threat_to_share:
    'Did anyone threaten to share pictures or videos of you unless you did what they said?',
  osec_adult_arranged: 'Did an adult arrange for other people to watch you online, or take money for it?',
  osec_told_secret: 'Were you told to keep it secret, or that you would be in trouble if you told anyone?',
};
