import type { ShortScreenCatalogue } from './catalogue.js';

/** Romanian. Polite "dumneavoastră"; phrased in the active voice to avoid gendered participles. */
export const SHORT_SCREEN_RO: ShortScreenCatalogue = {
  intro:
    'Aceste întrebări ne ajută să înțelegem situația dumneavoastră și ce sprijin puteți primi. Puteți alege să nu răspundeți la orice întrebare și vă puteți opri oricând.',
  answer_yes: 'Da',
  answer_no: 'Nu',
  answer_unsure: 'Nu știu sigur',
  answer_declined: 'Nu vreau să răspund',
  safety_in_danger_now: 'Sunteți în pericol chiar acum?',
  safety_injured: 'Aveți vreo rană sau aveți nevoie de un medic chiar acum?',
  safety_place_tonight: 'Aveți un loc sigur unde să stați în noaptea aceasta?',
  dr_job_different:
    'Munca, locul sau angajatorul au fost diferite de ceea ce vi s-a spus înainte să începeți?',
  cr_threats: 'V-a amenințat cineva ca să vă facă să plecați cu el sau să începeți munca?',
  rav_economic:
    'A folosit cineva o situație grea din viața dumneavoastră, de exemplu lipsa banilor, ca să vă facă să acceptați această muncă?',
  ec_excessive_hours: 'A trebuit să lucrați foarte multe ore, cu foarte puține zile libere sau fără niciuna?',
  cd_free_to_leave: 'Puteați pleca din locul unde lucrați sau locuiați atunci când doreați?',
  cd_documents_kept:
    'V-a ținut altcineva pașaportul sau actul de identitate, astfel încât să nu-l puteți avea când doreați?',
  cd_debt: 'V-a spus cineva că îi datorați bani pe care trebuie să-i plătiți muncind?',
  avd_dependent:
    'Depindeați de oamenii pentru care lucrați ca să aveți mâncare, un loc de dormit sau alte lucruri de care aveați nevoie?',
  cd_forced_sex: 'V-a obligat cineva să faceți sex sau lucruri sexuale cu alte persoane?',
  fc_crimes:
    'V-a obligat cineva să furați, să vindeți droguri, să cultivați plante sau să faceți alte lucruri ilegale?',
  fb_begging: 'V-a obligat cineva să cerșiți și să-i dați lui banii?',
  ds_live_in_domestic:
    'Ați lucrat în casa cuiva, gătind, făcând curat sau îngrijind oameni, și ați locuit acolo fără să puteți ieși liber pe cont propriu?',
  fm_marriage:
    'V-a obligat cineva să vă căsătoriți, sau v-a promis cuiva în căsătorie, când nu doreați acest lucru?',
  or_organs: 'V-a luat cineva un rinichi sau altă parte a corpului, sau a încercat să vă oblige să o dați?',
  osec_images:
    'V-a cerut sau v-a obligat cineva să faceți lucruri sexuale în fața unei camere, sau să trimiteți fotografii ori filmări sexuale cu dumneavoastră?',
};
