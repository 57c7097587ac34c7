/**
 * English texts of the questions about the work, the living conditions and the
 * control the person was under, and of the safety questions asked first. Keys are
 * question keys (see indicators/ and safety.ts).
 */
export const EN_DESTINATION_QUESTIONS: Readonly<Record<string, string>> = {
  safety_in_danger_now: 'Are you in danger right now?',
  safety_injured: 'Are you hurt, or do you need a doctor right now?',
  safety_place_tonight: 'Do you have a safe place to stay tonight?',

  ec_excessive_hours: 'Did you have to work very long hours, or with very few or no days off?',
  ec_bad_living:
    'Was the place where you had to live very poor or unsafe, for example crowded, dirty or without heating?',
  ec_hazardous: 'Was the work dangerous, without the protection or training you needed?',
  ec_low_or_no_pay: 'Were you paid very little, or nothing, for your work?',
  ec_no_labour_rights: 'Were the rules agreed for your work, or your contract, not kept?',
  ec_no_social_protection: 'Did you work without a contract, health insurance or other protection?',
  ec_very_bad_conditions:
    'Were the conditions at work very bad or humiliating, for example no breaks, no toilet or being shouted at?',
  ec_wage_manipulation:
    'Was money taken from your pay without a fair reason, for example big charges for food, housing or fines?',
  ec_no_education: 'Did the work stop you from going to school or training?',
  ec_sex_for_money_or_things:
    'Did anyone give you money, gifts, food or a place to stay in exchange for sexual things?',

  cd_documents_kept:
    'Did someone else keep your passport or ID card, so that you could not have it when you wanted?',
  cd_debt: 'Did someone say you owed them money that you had to pay back by working?',
  cd_free_to_leave: 'Were you able to leave the place where you worked or lived when you wanted?',
  cd_watched: 'Were you watched or followed all the time, or stopped from talking to other people?',
  cd_remote_location: 'Was the place where you worked or lived hidden, or far away from other people?',
  cd_threats: 'Did anyone threaten to hurt you?',
  cd_violence: 'Did anyone hit you, hurt you, or force sexual acts on you?',
  cd_forced_tasks: 'Were you made to do work or tasks that you had not agreed to?',
  cd_forced_sex: 'Did anyone make you have sex or do sexual things with other people?',
  cd_act_against_peers: 'Were you made to control, punish or recruit other people?',
  cd_lie_to_authorities: 'Were you told to lie to officials, the police or your family about your situation?',
  cd_threat_denounce: 'Did anyone threaten to report you to the police or immigration officials?',
  cd_threat_worse_conditions: 'Did anyone threaten to make your work or living conditions even worse?',
  cd_threat_inform_family:
    'Did anyone threaten to tell your family or community things about you, or to show pictures of you?',
  cd_strong_influence:
    'Were you given alcohol or drugs, or made to depend on them, by the people you worked for?',
  cd_family_harmed: 'Did anyone hurt, or threaten to hurt, people close to you?',
  cd_wages_withheld: 'Did someone keep your pay from you, or keep saying they would pay you later?',

  avd_dependent:
    'Did you depend on the people you worked for to get food, a place to sleep or other things you needed?',
  avd_language: 'Was it hard to talk to people outside because you did not speak the language?',
  avd_unknown_area: 'Did you not know the area, or where you could go for help?',
  avd_economic: 'Did you feel you had to stay because you or your family needed the money?',
  avd_family_situation: "Did you feel you had to stay because of your family's situation?",
  avd_status_fear: 'Were you afraid to go to the police or officials because of your papers?',
  avd_emotional_dependency:
    'Did you feel you could not leave because of your feelings for, or trust in, someone who controlled you?',
  avd_past_difficulties:
    'Did the people you worked for know about hard things that had happened to you before, and use them against you?',
  avd_unaccompanied: 'Were you away from your parents, or from the adults who usually look after you?',
};
