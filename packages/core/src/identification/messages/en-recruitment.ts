/**
 * English texts of the questions about how the person was recruited. Plain words,
 * second person, one fact per question, no legal terms; every question may be left
 * unanswered. Keys are question keys (see indicators/).
 */
export const EN_RECRUITMENT_QUESTIONS: Readonly<Record<string, string>> = {
  dr_job_different:
    'Was the work, the place or the employer different from what you were told before you started?',
  dr_conditions:
    'Were the working conditions, such as hours, rest days or safety, worse than you were promised?',
  dr_contract: 'Were you misled about your contract, for example what it said or whether it was legal?',
  dr_family_reunification: 'Were you promised that your family could join you, and this did not happen?',
  dr_housing: 'Was the place where you had to live much worse than you were promised?',
  dr_documents: 'Were you told you would get papers to stay or work legally, and this did not happen?',
  dr_travel: 'Were you misled about the journey, or about what it would cost you to get the work?',
  dr_wages: 'Before you started, were you promised pay that you then did not get?',
  dr_marriage_adoption: 'Did someone promise you marriage, or adoption, to get you to go with them?',
  dr_prostitution_conditions:
    'Were you told things about selling sex, such as how much money you could keep or whether you could say no to clients, that turned out not to be true?',
  dr_education: 'Were you promised that you could go to school or learn a trade, and this did not happen?',

  cr_violence: 'Did anyone hurt you to make you go with them or to start the work?',
  cr_threats: 'Did anyone threaten you to make you go with them or to start the work?',
  cr_abduction_sale: 'Were you taken against your will, sold, or handed over to someone else?',
  cr_documents: 'Before or during the journey, did someone take your passport or ID card from you?',
  cr_debt:
    'Before you started, did someone say you owed them money, for example for the journey or the job, that you had to pay back by working?',
  cr_isolation:
    'Before you started, or on the way, were you kept somewhere you could not leave, or watched all the time?',
  cr_threat_denounce:
    'Did anyone threaten to report you to the police or immigration officials, to make you go or start the work?',
  cr_threat_inform_family:
    'Did anyone threaten to tell your family or community things about you, to make you go or start the work?',
  cr_family_harmed:
    'Did anyone hurt, or threaten to hurt, people close to you, to make you go or start the work?',
  cr_money_withheld: 'Did anyone keep your money from you, to make you go or start the work?',

  rav_family_situation:
    'Did someone use problems in your family to get you to take this work or go with them?',
  rav_irregular_status:
    'Did someone use the fact that you had no papers to stay or work legally to get you to take this work?',
  rav_lack_of_education: 'Did someone take advantage of you not knowing much about this kind of work?',
  rav_lack_of_information:
    'Did someone take advantage of you not knowing the language, the country or your rights?',
  rav_controlled_by_exploiters:
    'Did the people who offered you the work already control your life, for example because you lived with them or owed them money?',
  rav_economic:
    'Did someone use a difficult situation in your life, such as needing money, to get you to take this work?',
  rav_false_info_authorities:
    'Were you told false things about the law, the police or officials, for example that you would be arrested if you asked for help?',
  rav_false_info_migration:
    'Were you told stories about other people doing well by going away for work, that turned out not to be true?',
  rav_personal_situation:
    'Did someone use a personal difficulty, such as an illness, a disability or being alone, to get you to take this work?',
  rav_emotional_dependency:
    'Did the person who got you this work use your feelings for them, such as love or trust, to get you to go?',
  rav_relationship_authorities:
    'Did someone use your fear of the police or officials to get you to take this work?',
  rav_cultural_beliefs:
    'Did someone use religious or cultural beliefs, such as an oath or a ritual, to get you to go or to obey?',
  rav_general_context:
    'Did you take this work because life where you lived was very hard, for example because of poverty, war or discrimination?',
  rav_payment_to_family:
    'Did someone give money or gifts to your family so that you would go with them or work for them?',
};
