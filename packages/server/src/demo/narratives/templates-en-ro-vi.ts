import type { NarrativeTemplates } from './types.js';

export const EN: NarrativeTemplates = {
  places: { in_country: 'in this country', abroad: 'abroad', both: 'abroad and later in this country' },
  sectors: ['agriculture', 'construction', 'cleaning', 'hospitality', 'care work', 'a factory', 'a car wash'],
  recruitment: [
    'Was offered work in {sector} {place} through an online advertisement.',
    'An acquaintance promised a job in {sector} {place} and arranged the journey.',
    'A person who presented as a partner arranged travel and accommodation {place}.',
    'An agency promised legal work in {sector} {place}.',
  ],
  conditions: {
    sexual: 'Others then controlled every step, took all earnings and did not allow free movement.',
    labour:
      'Worked very long hours for little or no pay to repay a "debt"; identity documents were kept by the employer.',
    criminality: 'Was made, under threat, to carry out tasks for others and could not keep any money.',
    begging: 'Was made to beg in public places every day and hand over everything received.',
    domestic:
      "Lived in the employer's home, worked every day without pay and was not allowed out unaccompanied.",
    marriage: 'A marriage was arranged without free consent; contact with family and friends was restricted.',
    general: 'Threats and restrictions on movement were reported; the full account is still being gathered.',
  },
  contact: 'First contact with support services: {date}.',
};

export const RO: NarrativeTemplates = {
  places: {
    in_country: 'în această țară',
    abroad: 'în străinătate',
    both: 'în străinătate și apoi în această țară',
  },
  sectors: [
    'în agricultură',
    'în construcții',
    'în curățenie',
    'în domeniul hotelier',
    'în îngrijirea persoanelor',
    'într-o fabrică',
  ],
  recruitment: [
    'Printr-un anunț online i s-a oferit un loc de muncă {sector} {place}.',
    'O cunoștință i-a promis un loc de muncă {sector} {place} și a organizat călătoria.',
    'O persoană care se prezenta drept partener a organizat călătoria și cazarea {place}.',
    'O agenție i-a promis un loc de muncă legal {sector} {place}.',
  ],
  conditions: {
    sexual:
      'Ulterior, alte persoane îi controlau fiecare pas, îi luau toți banii câștigați și nu îi permiteau să se deplaseze liber.',
    labour:
      'Lucra foarte multe ore pentru aproape niciun ban, pentru a „plăti o datorie”; actele de identitate erau reținute de angajator.',
    criminality:
      'Sub amenințări i se cerea să facă diverse sarcini pentru alții și nu putea păstra niciun ban.',
    begging: 'În fiecare zi i se cerea să cerșească în locuri publice și să predea tot ce primea.',
    domestic: 'Locuia în casa angajatorului, muncea zilnic fără plată și nu avea voie să iasă fără însoțire.',
    marriage:
      'O căsătorie a fost aranjată fără consimțământ liber; contactul cu familia și prietenii era restricționat.',
    general:
      'Au fost raportate amenințări și restricții de deplasare; relatarea completă este încă în curs de colectare.',
  },
  contact: 'Primul contact cu serviciile de sprijin: {date}.',
};

export const VI: NarrativeTemplates = {
  places: {
    in_country: 'tại quốc gia này',
    abroad: 'ở nước ngoài',
    both: 'ở nước ngoài và sau đó tại quốc gia này',
  },
  sectors: [
    'nông nghiệp',
    'xây dựng',
    'dọn dẹp vệ sinh',
    'nhà hàng khách sạn',
    'chăm sóc người',
    'nhà máy',
    'tiệm làm móng',
  ],
  recruitment: [
    'Được mời làm việc trong lĩnh vực {sector} {place} qua một quảng cáo trên mạng.',
    'Một người quen hứa hẹn việc làm trong lĩnh vực {sector} {place} và sắp xếp chuyến đi.',
    'Một người tự nhận là bạn đời đã sắp xếp chuyến đi và chỗ ở {place}.',
    'Một công ty môi giới hứa hẹn việc làm hợp pháp trong lĩnh vực {sector} {place}.',
  ],
  conditions: {
    sexual:
      'Sau đó bị người khác kiểm soát mọi việc, phải nộp hết tiền kiếm được và không được tự do đi lại.',
    labour: 'Làm việc rất nhiều giờ với ít hoặc không có lương để trả "nợ"; giấy tờ tùy thân bị chủ giữ.',
    criminality: 'Bị đe dọa và buộc phải làm việc cho người khác, không được giữ lại tiền.',
    begging: 'Hằng ngày bị buộc đi xin tiền ở nơi công cộng và phải nộp lại tất cả.',
    domestic: 'Sống trong nhà chủ, làm việc hằng ngày không lương và không được ra ngoài một mình.',
    marriage:
      'Một cuộc hôn nhân được sắp đặt mà không có sự đồng ý tự nguyện; việc liên lạc với gia đình và bạn bè bị hạn chế.',
    general: 'Có báo cáo về đe dọa và hạn chế đi lại; lời kể đầy đủ vẫn đang được thu thập.',
  },
  contact: 'Lần liên hệ đầu tiên với dịch vụ hỗ trợ: {date}.',
};
