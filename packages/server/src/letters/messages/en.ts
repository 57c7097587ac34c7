/**
 * Letter texts in English: the source every translation follows, key for key, and the
 * fallback for a person whose language has no letters yet. Plain, warm, short
 * sentences: the reader may be exhausted, frightened, or reading in a second language.
 * `{name}` marks a value filled in when the letter is written.
 */
export const LETTERS_EN = {
  // Shared
  reference_label: 'Case reference',
  contact_label: 'Contact',
  contact_none: 'Ask the person who gave you this letter.',
  page: 'Page {page} of {pages}',
  next_heading: 'What happens next',
  rights_heading: 'Your rights',
  closing: 'If you have any questions, please contact {org}.',
  keep_safe:
    'Keep this letter in a safe place. For your safety, it does not describe what happened to you. Please give your case reference {reference} whenever you get in touch.',
  keep_safe_child:
    'Keep this letter in a safe place. For the child’s safety, it does not describe what happened to the child. Please give the case reference {reference} whenever you get in touch.',
  to_guardian: 'To the guardian of the child',
  to_guardian_pending: 'To the guardian to be appointed, in the care of {org}',
  child_protection_services: 'child protection services',

  // Rights of an adult
  right_support:
    'You can get support: a safe place to stay, medical care, counselling and help with daily needs. You get this support whether or not you talk to the police or help them.',
  right_recovery:
    'You have the right to a recovery and reflection period of at least {days, plural, one {# day} other {# days}}. During this time you cannot be removed from the country.',
  right_legal_aid: 'You have the right to free legal advice and help from a lawyer.',
  right_interpreter:
    'You have the right to a free interpreter when you speak with the organisations working on your case.',
  interpreter_noted: 'We have noted that you need an interpreter for {language}.',
  interpreter_noted_child: 'We have noted that the child needs an interpreter for {language}.',

  // Privacy
  privacy_heading: 'Your information',
  privacy_heading_child: 'The child’s information',
  privacy_who:
    'Only the organisations working on your case can see your information. At the moment these are: {orgs}.',
  privacy_who_child:
    'Only the organisations working on the child’s case can see the child’s information. At the moment these are: {orgs}.',
  privacy_consent:
    'Your information is shared only for the purposes you agreed to. You can withdraw your agreement at any time by telling {org}. This will not take away your support.',
  privacy_consent_child:
    'As the guardian, you decide about sharing the child’s information, in the child’s best interests. You can withdraw your agreement at any time by telling {org}. This will not take away the child’s support.',
  privacy_log: 'Every time someone opens your file, this is recorded.',
  privacy_log_child: 'Every time someone opens the child’s file, this is recorded.',

  // For a child, in words a child understands (the guardian reads or explains them)
  child_heading: 'For the child (please read or explain this part to the child)',
  child_safe: 'You did nothing wrong. You have the right to be safe and to get help.',
  child_police: 'You get help whether or not you talk to the police.',
  child_guardian:
    'A guardian will help you and speak up for you. The adults working on your case must always think first about what is best for you.',
  child_recovery:
    'You will have time to rest and feel safer, at least {days, plural, one {# day} other {# days}}. During this time nobody can send you away from this country.',
  child_lawyer: 'A lawyer can give you advice, for free.',
  child_age: 'If nobody is sure how old you are, you will be treated as a child.',
  child_questions:
    'You can ask questions at any time. You can have an interpreter who speaks your language, for free.',

  // Referral confirmation
  rc_title: 'Confirmation of your referral',
  rc_title_child: 'Confirmation of a child’s referral',
  rc_intro:
    'This letter confirms that you have been referred to the National Referral Mechanism. This is how the country identifies and protects people who may have been trafficked. This letter explains what happens next and what your rights are.',
  rc_intro_child:
    'This letter confirms that the child you represent has been referred to the National Referral Mechanism. This is how the country identifies and protects people who may have been trafficked. A child does not need to agree to be referred. The child’s best interests come first in every decision, and child protection services have been told.',
  rc_date_label: 'Date of referral',
  rc_referrer_label: 'Referred by',
  rc_authority_label: 'Who will decide',
  rc_next_rg:
    '{authority} will decide whether there are reasonable grounds to believe that you may be a victim of human trafficking. They aim to decide within {days, plural, one {# working day} other {# working days}}, by {date}.',
  rc_next_rg_child:
    '{authority} will decide whether there are reasonable grounds to believe that the child may be a victim of human trafficking. They aim to decide within {days, plural, one {# working day} other {# working days}}, by {date}.',
  rc_next_recovery:
    'If the decision is positive, you will have a recovery and reflection period of at least {days, plural, one {# day} other {# days}}. This is time to rest, recover and think about what you want to do. During this time you cannot be removed from the country.',
  rc_next_recovery_child:
    'If the decision is positive, the child will have a recovery and reflection period of at least {days, plural, one {# day} other {# days}}. During this time the child cannot be removed from the country.',
  rc_next_final:
    'After that, a final decision is made. You will receive each decision in writing, in a language you understand.',
  rc_next_final_child:
    'After that, a final decision is made. You will receive each decision about the child in writing.',
  rc_next_one_stage:
    '{authority} will decide whether you are identified as a victim of human trafficking. You will receive the decision in writing, in a language you understand.',
  rc_next_one_stage_child:
    '{authority} will decide whether the child is identified as a victim of human trafficking. You will receive the decision about the child in writing.',

  // Decision letter
  dl_title_rg: 'Decision on reasonable grounds',
  dl_title_cg: 'Decision on conclusive grounds',
  dl_intro_rg:
    'This is the first decision about your case. It looks at whether there are reasonable grounds to believe that you may be a victim of human trafficking.',
  dl_intro_rg_child:
    'This is the first decision about the child’s case. It looks at whether there are reasonable grounds to believe that the child may be a victim of human trafficking.',
  dl_intro_cg:
    'This is the final decision about your case. It looks at whether it is more likely than not that you are a victim of human trafficking.',
  dl_intro_cg_child:
    'This is the final decision about the child’s case. It looks at whether it is more likely than not that the child is a victim of human trafficking.',
  dl_outcome_label: 'Decision',
  dl_date_label: 'Date of decision',
  dl_authority_label: 'Decided by',
  dl_meaning_heading: 'What this decision means',
  dl_rg_positive: 'There are reasonable grounds to believe that you may be a victim of human trafficking.',
  dl_rg_positive_child:
    'There are reasonable grounds to believe that the child may be a victim of human trafficking.',
  dl_recovery_dates:
    'Your recovery and reflection period runs from {start} to {end}. This is time to rest, recover and think about what you want to do.',
  dl_recovery_dates_child:
    'The child’s recovery and reflection period runs from {start} to {end}. This is time for the child to rest and recover.',
  dl_recovery_minimum:
    'You have a recovery and reflection period of at least {days, plural, one {# day} other {# days}} from the date of this decision. This is time to rest, recover and think about what you want to do.',
  dl_recovery_minimum_child:
    'The child has a recovery and reflection period of at least {days, plural, one {# day} other {# days}} from the date of this decision. This is time for the child to rest and recover.',
  dl_no_removal: 'During this period you cannot be removed from the country.',
  dl_no_removal_child: 'During this period the child cannot be removed from the country.',
  dl_rg_positive_next:
    'After this period, a final decision will be made. Your support continues while you wait for it.',
  dl_rg_positive_next_child:
    'After this period, a final decision will be made. The child’s support continues while you wait for it.',
  dl_recovery_withheld: 'The recovery and reflection period has not been granted, on the ground of {ground}.',
  dl_withheld_reason_label: 'Reason:',
  ground_public_order: 'public order',
  ground_improperly_claimed: 'victim status being claimed improperly',
  dl_cg_positive: 'You are identified as a victim of human trafficking.',
  dl_cg_positive_child: 'The child is identified as a victim of human trafficking.',
  dl_cg_positive_support:
    'Your support continues. Talk to the organisation supporting you about your next steps, for example housing, work, education or a safe return home.',
  dl_cg_positive_support_child:
    'The child’s support continues. The organisations working on the case will plan the next steps with you, for example care, school and a safe place to live.',
  dl_move_on:
    'Support continues for at least {days, plural, one {# day} other {# days}} after this decision.',
  dl_rg_negative:
    'The decision is that there are not enough grounds at this stage to believe that you may be a victim of human trafficking.',
  dl_rg_negative_child:
    'The decision is that there are not enough grounds at this stage to believe that the child may be a victim of human trafficking.',
  dl_cg_negative: 'The decision is that you are not identified as a victim of human trafficking.',
  dl_cg_negative_child: 'The decision is that the child is not identified as a victim of human trafficking.',
  dl_negative_help: 'You can still ask support organisations for advice and help.',
  dl_negative_help_child:
    'The child can still get help from child protection services and support organisations.',
  dl_replaces: 'This decision replaces an earlier decision, after it was looked at again.',
  dl_reasons_heading: 'Reasons for the decision',
  dl_reconsider_heading: 'If you disagree with this decision',
  dl_reconsider_how:
    'You can ask for this decision to be looked at again (reconsideration). The organisation that referred you, or an organisation that supports you, can ask for this for you, especially if there is new information.',
  dl_reconsider_how_child:
    'You can ask for this decision to be looked at again (reconsideration). The organisation that referred the child, or an organisation that supports the child, can ask for this, especially if there is new information.',
  dl_reconsider_org_label: 'Who can help you ask',
  dl_legal_aid: 'You have the right to free legal advice. A lawyer can help you ask for a reconsideration.',
  dl_legal_aid_child:
    'The child has the right to free legal advice. A lawyer can help you ask for a reconsideration for the child.',

  // Outcome labels
  outcome_rg_positive: 'Positive: there are reasonable grounds',
  outcome_rg_negative: 'Negative: there are not enough grounds',
  outcome_trafficking: 'Victim of human trafficking',
  outcome_not_trafficking: 'Not identified as a victim of human trafficking',
  outcome_modern_slavery_trafficking: 'Victim of modern slavery (human trafficking)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Victim of modern slavery (slavery, servitude, or forced or compulsory labour)',
  outcome_not_modern_slavery: 'Not identified as a victim of modern slavery',
  outcome_positive_other: 'Positive decision',
  outcome_negative_other: 'Negative decision',
} as const satisfies Readonly<Record<string, string>>;
