import type { ShortScreenCatalogue } from './catalogue.js';

/** Turkish. Polite "siz"; Turkish grammar does not mark gender. */
export const SHORT_SCREEN_TR: ShortScreenCatalogue = {
  intro:
    'Bu sorular durumunuzu ve alabileceğiniz desteği anlamamıza yardımcı olur. Hiçbir soruyu yanıtlamak zorunda değilsiniz ve istediğiniz zaman durabilirsiniz.',
  answer_yes: 'Evet',
  answer_no: 'Hayır',
  answer_unsure: 'Emin değilim',
  answer_declined: 'Yanıtlamak istemiyorum',
  safety_in_danger_now: 'Şu anda tehlikede misiniz?',
  safety_injured: 'Yaralı mısınız ya da hemen bir doktora ihtiyacınız var mı?',
  safety_place_tonight: 'Bu gece kalabileceğiniz güvenli bir yer var mı?',
  dr_job_different: 'İş, yer ya da işveren, başlamadan önce size söylenenden farklı mıydı?',
  cr_threats: 'Biri sizi kendisiyle gitmeye ya da işe başlamaya zorlamak için tehdit etti mi?',
  rav_economic:
    'Biri, bu işi kabul etmeniz için hayatınızdaki zor bir durumu, örneğin paraya ihtiyacınız olmasını kullandı mı?',
  ec_excessive_hours:
    'Çok uzun saatler, çok az izin günüyle ya da hiç izin günü olmadan çalışmak zorunda kaldınız mı?',
  cd_free_to_leave: 'Çalıştığınız ya da yaşadığınız yerden istediğiniz zaman ayrılabiliyor muydunuz?',
  cd_documents_kept:
    'Pasaportunuzu ya da kimlik kartınızı başka biri elinde tuttu mu, öyle ki istediğiniz zaman alamadınız?',
  cd_debt: 'Biri size, çalışarak ödemeniz gereken bir borcunuz olduğunu söyledi mi?',
  avd_dependent:
    'Yemek, uyuyacak bir yer ya da ihtiyaç duyduğunuz başka şeyler için yanında çalıştığınız kişilere bağımlı mıydınız?',
  cd_forced_sex: 'Biri sizi başka insanlarla cinsel ilişkiye girmeye ya da cinsel şeyler yapmaya zorladı mı?',
  fc_crimes:
    'Biri sizi hırsızlık yapmaya, uyuşturucu satmaya, bitki yetiştirmeye ya da yasalara aykırı başka şeyler yapmaya zorladı mı?',
  fb_begging: 'Biri sizi dilenmeye ve parayı kendisine vermeye zorladı mı?',
  ds_live_in_domestic:
    'Birinin evinde yemek, temizlik ya da bakım işi yapıp orada, kendi başınıza dışarı çıkamadan yaşadınız mı?',
  fm_marriage:
    'İstemediğiniz hâlde evlenmeye zorlandınız mı ya da biriyle evlendirilmek üzere sözünüz kesildi mi?',
  or_organs:
    'Biri sizden bir böbreğinizi ya da vücudunuzun başka bir parçasını aldı mı ya da vermeniz için sizi zorlamaya çalıştı mı?',
  osec_images:
    'Biri sizden kamera önünde cinsel şeyler yapmanızı ya da kendinize ait cinsel fotoğraf veya video göndermenizi istedi mi ya da sizi buna zorladı mı?',
};
