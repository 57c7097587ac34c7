import type { LetterCatalogue } from './catalogue.js';

/** Türkçe mektuplar. Sayıdan sonra isim tekil kalır («30 gün»): çoğul biçimi gerekmez. */
export const LETTERS_TR: LetterCatalogue = {
  reference_label: 'Dosya numarası',
  contact_label: 'İletişim',
  contact_none: 'Bu mektubu size veren kişiye sorun.',
  page: 'Sayfa {page} / {pages}',
  next_heading: 'Bundan sonra ne olacak',
  rights_heading: 'Haklarınız',
  closing: 'Sorularınız varsa lütfen {org} ile iletişime geçin.',
  keep_safe:
    'Bu mektubu güvenli bir yerde saklayın. Güvenliğiniz için mektupta başınıza gelenler anlatılmaz. Bizimle her iletişime geçtiğinizde lütfen dosya numaranızı ({reference}) belirtin.',
  keep_safe_child:
    'Bu mektubu güvenli bir yerde saklayın. Çocuğun güvenliği için mektupta çocuğun başına gelenler anlatılmaz. Bizimle her iletişime geçtiğinizde lütfen dosya numarasını ({reference}) belirtin.',
  to_guardian: 'Çocuğun vasisine',
  to_guardian_pending: 'Atanacak vasiye (o zamana kadar: {org})',
  child_protection_services: 'çocuk koruma hizmetleri',

  right_support:
    'Destek alabilirsiniz: kalacak güvenli bir yer, sağlık hizmeti, psikolojik destek ve günlük ihtiyaçlarınız için yardım. Bu desteği polisle konuşsanız da konuşmasanız da, polise yardım etseniz de etmeseniz de alırsınız.',
  right_recovery:
    'En az {days} günlük bir iyileşme ve düşünme süresi hakkınız vardır. Bu süre içinde ülkeden çıkarılamazsınız.',
  right_legal_aid: 'Ücretsiz hukuki danışmanlık ve avukat yardımı alma hakkınız vardır.',
  right_interpreter: 'Dosyanız üzerinde çalışan kuruluşlarla konuşurken ücretsiz tercüman hakkınız vardır.',
  interpreter_noted: 'Tercümana ihtiyacınız olduğunu not ettik (dil: {language}).',
  interpreter_noted_child: 'Çocuğun tercümana ihtiyacı olduğunu not ettik (dil: {language}).',

  privacy_heading: 'Bilgileriniz',
  privacy_heading_child: 'Çocuğun bilgileri',
  privacy_who:
    'Bilgilerinizi yalnızca dosyanız üzerinde çalışan kuruluşlar görebilir. Şu anda bunlar: {orgs}.',
  privacy_who_child:
    'Çocuğun bilgilerini yalnızca çocuğun dosyası üzerinde çalışan kuruluşlar görebilir. Şu anda bunlar: {orgs}.',
  privacy_consent:
    'Bilgileriniz yalnızca onay verdiğiniz amaçlar için paylaşılır. Onayınızı istediğiniz zaman {org} kuruluşuna bildirerek geri alabilirsiniz. Bu, aldığınız desteği ortadan kaldırmaz.',
  privacy_consent_child:
    'Vasi olarak, çocuğun bilgilerinin paylaşılmasına çocuğun üstün yararını gözeterek siz karar verirsiniz. Onayınızı istediğiniz zaman {org} kuruluşuna bildirerek geri alabilirsiniz. Bu, çocuğun aldığı desteği ortadan kaldırmaz.',
  privacy_log: 'Birisi dosyanızı her açtığında bu kayda geçer.',
  privacy_log_child: 'Birisi çocuğun dosyasını her açtığında bu kayda geçer.',

  child_heading: 'Çocuk için (lütfen bu bölümü çocuğa okuyun veya anlatın)',
  child_safe: 'Sen hiçbir yanlış yapmadın. Güvende olmaya ve yardım almaya hakkın var.',
  child_police: 'Polisle konuşsan da konuşmasan da yardım alırsın.',
  child_guardian:
    'Bir vasi sana yardım edecek ve senin adına konuşacak. Dosyan üzerinde çalışan yetişkinler her zaman önce senin için en iyi olanı düşünmek zorundadır.',
  child_recovery:
    'Dinlenmek ve kendini daha güvende hissetmek için en az {days} günün olacak. Bu süre içinde kimse seni bu ülkeden gönderemez.',
  child_lawyer: 'Bir avukat sana ücretsiz olarak tavsiye verebilir.',
  child_age: 'Kaç yaşında olduğundan kimse emin değilse, sana çocuk olarak davranılır.',
  child_questions:
    'İstediğin zaman soru sorabilirsin. Senin dilini konuşan bir tercümandan ücretsiz yararlanabilirsin.',

  rc_title: 'Yönlendirmenizin onayı',
  rc_title_child: 'Bir çocuğun yönlendirilmesinin onayı',
  rc_intro:
    'Bu mektup, Ulusal Yönlendirme Mekanizmasına yönlendirildiğinizi onaylar. Devlet, insan ticaretine maruz kalmış olabilecek kişileri bu şekilde tespit eder ve korur. Bu mektup bundan sonra ne olacağını ve haklarınızı açıklar.',
  rc_intro_child:
    'Bu mektup, temsil ettiğiniz çocuğun Ulusal Yönlendirme Mekanizmasına yönlendirildiğini onaylar. Devlet, insan ticaretine maruz kalmış olabilecek kişileri bu şekilde tespit eder ve korur. Yönlendirme için çocuğun onayı gerekmez. Her kararda çocuğun üstün yararı önce gelir ve çocuk koruma hizmetlerine bilgi verilmiştir.',
  rc_date_label: 'Yönlendirme tarihi',
  rc_referrer_label: 'Yönlendiren',
  rc_authority_label: 'Karar verecek kurum',
  rc_next_rg:
    '{authority}, insan ticaretine maruz kalmış olabileceğinize inanmak için makul gerekçeler olup olmadığına karar verecek. Kararın {days} iş günü içinde, en geç {date} tarihine kadar verilmesi hedeflenir.',
  rc_next_rg_child:
    '{authority}, çocuğun insan ticaretine maruz kalmış olabileceğine inanmak için makul gerekçeler olup olmadığına karar verecek. Kararın {days} iş günü içinde, en geç {date} tarihine kadar verilmesi hedeflenir.',
  rc_next_recovery:
    'Karar olumlu olursa, en az {days} günlük bir iyileşme ve düşünme süreniz olacak. Bu, dinlenmek, toparlanmak ve ne yapmak istediğinizi düşünmek için bir zamandır. Bu süre içinde ülkeden çıkarılamazsınız.',
  rc_next_recovery_child:
    'Karar olumlu olursa, çocuğun en az {days} günlük bir iyileşme ve düşünme süresi olacak. Bu süre içinde çocuk ülkeden çıkarılamaz.',
  rc_next_final:
    'Bundan sonra nihai bir karar verilir. Her kararı yazılı olarak ve anladığınız bir dilde alacaksınız.',
  rc_next_final_child:
    'Bundan sonra nihai bir karar verilir. Çocukla ilgili her kararı yazılı olarak alacaksınız.',
  rc_next_one_stage:
    '{authority}, insan ticareti mağduru olarak tanınıp tanınmayacağınıza karar verecek. Kararı yazılı olarak ve anladığınız bir dilde alacaksınız.',
  rc_next_one_stage_child:
    '{authority}, çocuğun insan ticareti mağduru olarak tanınıp tanınmayacağına karar verecek. Çocukla ilgili kararı yazılı olarak alacaksınız.',

  dl_title_rg: 'Makul gerekçeler hakkında karar',
  dl_title_cg: 'Mağdur statüsü hakkında nihai karar',
  dl_intro_rg:
    'Bu, dosyanızla ilgili ilk karardır. İnsan ticaretine maruz kalmış olabileceğinize inanmak için makul gerekçeler olup olmadığını değerlendirir.',
  dl_intro_rg_child:
    'Bu, çocuğun dosyasıyla ilgili ilk karardır. Çocuğun insan ticaretine maruz kalmış olabileceğine inanmak için makul gerekçeler olup olmadığını değerlendirir.',
  dl_intro_cg:
    'Bu, dosyanızla ilgili nihai karardır. İnsan ticareti mağduru olmanızın olmamanızdan daha olası olup olmadığını değerlendirir.',
  dl_intro_cg_child:
    'Bu, çocuğun dosyasıyla ilgili nihai karardır. Çocuğun insan ticareti mağduru olmasının olmamasından daha olası olup olmadığını değerlendirir.',
  dl_outcome_label: 'Karar',
  dl_date_label: 'Karar tarihi',
  dl_authority_label: 'Kararı veren',
  dl_meaning_heading: 'Bu karar ne anlama geliyor',
  dl_rg_positive: 'İnsan ticaretine maruz kalmış olabileceğinize inanmak için makul gerekçeler vardır.',
  dl_rg_positive_child:
    'Çocuğun insan ticaretine maruz kalmış olabileceğine inanmak için makul gerekçeler vardır.',
  dl_recovery_dates:
    'İyileşme ve düşünme süreniz {start} ile {end} arasındadır. Bu, dinlenmek, toparlanmak ve ne yapmak istediğinizi düşünmek için bir zamandır.',
  dl_recovery_dates_child:
    'Çocuğun iyileşme ve düşünme süresi {start} ile {end} arasındadır. Bu, çocuğun dinlenmesi ve toparlanması için bir zamandır.',
  dl_recovery_minimum:
    'Bu karar tarihinden itibaren en az {days} günlük bir iyileşme ve düşünme süreniz vardır. Bu, dinlenmek, toparlanmak ve ne yapmak istediğinizi düşünmek için bir zamandır.',
  dl_recovery_minimum_child:
    'Çocuğun bu karar tarihinden itibaren en az {days} günlük bir iyileşme ve düşünme süresi vardır. Bu, çocuğun dinlenmesi ve toparlanması için bir zamandır.',
  dl_no_removal: 'Bu süre içinde ülkeden çıkarılamazsınız.',
  dl_no_removal_child: 'Bu süre içinde çocuk ülkeden çıkarılamaz.',
  dl_rg_positive_next: 'Bu süreden sonra nihai bir karar verilecek. Kararı beklerken desteğiniz devam eder.',
  dl_rg_positive_next_child:
    'Bu süreden sonra nihai bir karar verilecek. Kararı beklerken çocuğun desteği devam eder.',
  dl_recovery_withheld: 'İyileşme ve düşünme süresi şu gerekçeyle verilmedi: {ground}.',
  dl_withheld_reason_label: 'Gerekçe:',
  ground_public_order: 'kamu düzeni',
  ground_improperly_claimed: 'mağdur statüsünün usulsüz olarak ileri sürülmesi',
  dl_cg_positive: 'İnsan ticareti mağduru olarak tanındınız.',
  dl_cg_positive_child: 'Çocuk, insan ticareti mağduru olarak tanındı.',
  dl_cg_positive_support:
    'Desteğiniz devam ediyor. Size destek olan kuruluşla sonraki adımları konuşun; örneğin barınma, iş, eğitim veya ülkenize güvenli dönüş.',
  dl_cg_positive_support_child:
    'Çocuğun desteği devam ediyor. Dosya üzerinde çalışan kuruluşlar sonraki adımları sizinle birlikte planlayacak; örneğin bakım, okul ve yaşamak için güvenli bir yer.',
  dl_move_on: 'Destek bu karardan sonra en az {days} gün devam eder.',
  dl_rg_negative:
    'Karar şudur: bu aşamada insan ticaretine maruz kalmış olabileceğinize inanmak için yeterli gerekçe yoktur.',
  dl_rg_negative_child:
    'Karar şudur: bu aşamada çocuğun insan ticaretine maruz kalmış olabileceğine inanmak için yeterli gerekçe yoktur.',
  dl_cg_negative: 'Karar şudur: insan ticareti mağduru olarak tanınmadınız.',
  dl_cg_negative_child: 'Karar şudur: çocuk insan ticareti mağduru olarak tanınmadı.',
  dl_negative_help: 'Destek kuruluşlarından tavsiye ve yardım istemeye devam edebilirsiniz.',
  dl_negative_help_child:
    'Çocuk, çocuk koruma hizmetlerinden ve destek kuruluşlarından yardım almaya devam edebilir.',
  dl_replaces: 'Bu karar, yeniden incelendikten sonra önceki bir kararın yerine geçer.',
  dl_reasons_heading: 'Kararın gerekçeleri',
  dl_reconsider_heading: 'Bu karara katılmıyorsanız',
  dl_reconsider_how:
    'Bu kararın yeniden incelenmesini isteyebilirsiniz. Sizi yönlendiren kuruluş veya size destek olan bir kuruluş, özellikle yeni bilgi varsa, bu talebi sizin adınıza yapabilir.',
  dl_reconsider_how_child:
    'Bu kararın yeniden incelenmesini isteyebilirsiniz. Çocuğu yönlendiren kuruluş veya çocuğa destek olan bir kuruluş, özellikle yeni bilgi varsa, bu talebi yapabilir.',
  dl_reconsider_org_label: 'Talepte size kim yardım edebilir',
  dl_legal_aid:
    'Ücretsiz hukuki danışmanlık hakkınız vardır. Bir avukat, yeniden inceleme talep etmenize yardım edebilir.',
  dl_legal_aid_child:
    'Çocuğun ücretsiz hukuki danışmanlık hakkı vardır. Bir avukat, çocuk adına yeniden inceleme talep etmenize yardım edebilir.',

  outcome_rg_positive: 'Olumlu: makul gerekçeler var',
  outcome_rg_negative: 'Olumsuz: yeterli gerekçe yok',
  outcome_trafficking: 'İnsan ticareti mağduru',
  outcome_not_trafficking: 'İnsan ticareti mağduru olarak tanınmadı',
  outcome_modern_slavery_trafficking: 'Modern kölelik mağduru (insan ticareti)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Modern kölelik mağduru (kölelik, kulluk veya zorla ya da zorunlu çalıştırma)',
  outcome_not_modern_slavery: 'Modern kölelik mağduru olarak tanınmadı',
  outcome_positive_other: 'Olumlu karar',
  outcome_negative_other: 'Olumsuz karar',
};
