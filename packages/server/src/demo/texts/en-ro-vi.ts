import type { CaseTexts } from './types.js';

export const EN: CaseTexts = {
  forms: {
    sexual: 'sexual exploitation',
    labour: 'forced labour',
    criminality: 'forced criminal activity',
    begging: 'forced begging',
    domestic: 'domestic servitude',
    marriage: 'forced marriage',
    general: 'exploitation of another kind',
  },
  reasonableGroundsPositive: [
    'The account is consistent and matches several strong indicators. There are reasonable grounds to believe that the person is a victim of trafficking. Form of exploitation: {form}.',
    'Recruitment by deception and control at destination are described in detail and supported by the referring organisation’s observations. Reasonable grounds are met. Form of exploitation: {form}.',
    'Act, means and purpose are each indicated by the referral and the screening. The threshold of reasonable grounds is met. Form of exploitation: {form}.',
  ],
  reasonableGroundsPositiveChild:
    'Act and purpose are indicated by the referral; the person is a child, so the means need not be shown. Reasonable grounds are met. Form of exploitation: {form}.',
  reasonableGroundsNegative: [
    'The information received does not indicate coercion or deception at this stage; the account describes poor working conditions. New information may be submitted at any time. Form considered: {form}.',
    'No act of recruitment, transport or harbouring can be identified from the information available. The decision can be reconsidered if more information is provided. Form considered: {form}.',
  ],
  conclusiveGroundsPositive: [
    'On the balance of probabilities the person is a victim of trafficking in human beings. The account has remained consistent and is supported by the support provider’s report. Form of exploitation: {form}.',
    'The information gathered during the recovery period confirms the indicators identified at referral. Conclusive grounds are met. Form of exploitation: {form}.',
  ],
  conclusiveGroundsNegative: [
    'On the balance of probabilities the information does not establish that the person was trafficked; important parts of the account could not be substantiated. Form considered: {form}.',
    'The conditions described are serious breaches of labour law, but coercion and deception are not established on the balance of probabilities. Form considered: {form}.',
  ],
  overturned:
    'The panel considered the support provider’s new report and a psychological assessment. The earlier decision did not take account of the effect of trauma on how the account was given. The negative decision is overturned; conclusive grounds are met.',
  upheld: [
    'The panel reviewed the request and the additional information. Nothing new changes the assessment, and the decision is upheld. Support continues regardless of this decision.',
    'The panel found that the decision considered all the information available, including the person’s vulnerability. The decision is upheld.',
  ],
  reconsiderationGrounds: [
    'New information: a medical report and a statement from the support worker describe threats that were not disclosed at first. We ask for the decision to be reconsidered.',
    'The decision did not consider the person’s vulnerability or the debt imposed by the recruiter. We request a reconsideration.',
  ],
  extensionReasons: [
    'Medical treatment is ongoing; more time is needed to recover before any decision.',
    'The person reports renewed threats from the exploiters; the period is extended for safety.',
    'Psychological support has only just started and the therapist advises more time.',
    'A place in a specialised shelter becomes available only next month.',
  ],
  withheldPublicOrder:
    'Public order: a European arrest warrant for a serious violent offence, unrelated to the exploitation, is being executed. Withholding is necessary and proportionate; the protection from removal continues until the conclusive decision.',
  screeningOverride: [
    'The person was afraid to answer several questions. What was observed during the meeting (documents held by the employer, accompanied at all times) indicates trafficking.',
    'The answers were short because of fear; the worker’s observations and what the person said outside the questions indicate exploitation.',
  ],
  safeContact: [
    'Only through the case worker at {org}; do not call the person directly.',
    'By phone after 18:00 only; the phone is shared with others.',
    'Through the staff on duty at {org}.',
  ],
};

export const RO: CaseTexts = {
  forms: {
    sexual: 'exploatare sexuală',
    labour: 'muncă forțată',
    criminality: 'activități infracționale forțate',
    begging: 'cerșetorie forțată',
    domestic: 'servitute domestică',
    marriage: 'căsătorie forțată',
    general: 'altă formă de exploatare',
  },
  reasonableGroundsPositive: [
    'Relatarea este coerentă și corespunde mai multor indicatori puternici. Există motive rezonabile să se creadă că persoana este victimă a traficului. Forma de exploatare: {form}.',
    'Recrutarea prin înșelăciune și controlul la destinație sunt descrise în detaliu și confirmate de observațiile organizației care a făcut trimiterea. Motivele rezonabile sunt întrunite. Forma de exploatare: {form}.',
    'Fapta, mijloacele și scopul sunt indicate de trimitere și de evaluare. Pragul motivelor rezonabile este atins. Forma de exploatare: {form}.',
  ],
  reasonableGroundsPositiveChild:
    'Fapta și scopul sunt indicate de trimitere; persoana este copil, deci mijloacele nu trebuie dovedite. Motivele rezonabile sunt întrunite. Forma de exploatare: {form}.',
  reasonableGroundsNegative: [
    'Informațiile primite nu indică, în această etapă, constrângere sau înșelăciune; relatarea descrie condiții de muncă precare. Se pot transmite oricând informații noi. Forma analizată: {form}.',
    'Din informațiile disponibile nu reiese nicio faptă de recrutare, transport sau adăpostire. Decizia poate fi reexaminată dacă se transmit mai multe informații. Forma analizată: {form}.',
  ],
  conclusiveGroundsPositive: [
    'Pe baza balanței probabilităților, persoana este victimă a traficului de persoane. Relatarea a rămas coerentă și este susținută de raportul furnizorului de servicii. Forma de exploatare: {form}.',
    'Informațiile adunate în perioada de recuperare confirmă indicatorii identificați la trimitere. Motivele concludente sunt întrunite. Forma de exploatare: {form}.',
  ],
  conclusiveGroundsNegative: [
    'Pe baza balanței probabilităților, informațiile nu dovedesc că persoana a fost traficată; părți importante ale relatării nu au putut fi confirmate. Forma analizată: {form}.',
    'Condițiile descrise sunt încălcări grave ale legislației muncii, dar constrângerea și înșelăciunea nu sunt dovedite pe baza balanței probabilităților. Forma analizată: {form}.',
  ],
  overturned:
    'Comisia a analizat noul raport al furnizorului de servicii și o evaluare psihologică. Decizia anterioară nu a ținut seama de efectul traumei asupra modului în care a fost făcută relatarea. Decizia negativă este anulată; motivele concludente sunt întrunite.',
  upheld: [
    'Comisia a analizat cererea și informațiile suplimentare. Nicio informație nouă nu schimbă evaluarea, iar decizia este menținută. Sprijinul continuă indiferent de această decizie.',
    'Comisia a constatat că decizia a ținut seama de toate informațiile disponibile, inclusiv de vulnerabilitatea persoanei. Decizia este menținută.',
  ],
  reconsiderationGrounds: [
    'Informații noi: un raport medical și declarația asistentului social descriu amenințări care nu au fost dezvăluite la început. Solicităm reexaminarea deciziei.',
    'Decizia nu a ținut seama de vulnerabilitatea persoanei și de datoria impusă de recrutor. Solicităm reexaminarea.',
  ],
  extensionReasons: [
    'Tratamentul medical este în curs; este nevoie de mai mult timp pentru recuperare înainte de orice decizie.',
    'Persoana semnalează noi amenințări din partea exploatatorilor; perioada se prelungește pentru siguranța sa.',
    'Sprijinul psihologic abia a început, iar terapeutul recomandă mai mult timp.',
    'Un loc într-un adăpost specializat devine disponibil abia luna viitoare.',
  ],
  withheldPublicOrder:
    'Ordine publică: se execută un mandat european de arestare pentru o infracțiune gravă cu violență, fără legătură cu exploatarea. Retragerea este necesară și proporțională; protecția împotriva îndepărtării continuă până la decizia finală.',
  screeningOverride: [
    'Persoanei i-a fost frică să răspundă la mai multe întrebări. Ce s-a observat la întâlnire (acte reținute de angajator, însoțită permanent) indică trafic de persoane.',
    'Răspunsurile au fost scurte din cauza fricii; observațiile lucrătorului și ce a spus persoana în afara întrebărilor indică exploatare.',
  ],
  safeContact: [
    'Doar prin asistentul social de la {org}; nu sunați direct persoana.',
    'Doar telefonic, după ora 18:00; telefonul este folosit și de alții.',
    'Prin personalul de serviciu de la {org}.',
  ],
};

export const VI: CaseTexts = {
  forms: {
    sexual: 'bóc lột tình dục',
    labour: 'lao động cưỡng bức',
    criminality: 'bị ép thực hiện hành vi phạm tội',
    begging: 'bị ép đi ăn xin',
    domestic: 'nô lệ giúp việc gia đình',
    marriage: 'cưỡng ép kết hôn',
    general: 'hình thức bóc lột khác',
  },
  reasonableGroundsPositive: [
    'Lời kể nhất quán và phù hợp với nhiều dấu hiệu mạnh. Có căn cứ hợp lý để tin rằng người này là nạn nhân mua bán người. Hình thức bóc lột: {form}.',
    'Việc tuyển dụng bằng lừa dối và sự kiểm soát tại nơi đến được mô tả chi tiết và được tổ chức giới thiệu xác nhận. Đủ căn cứ hợp lý. Hình thức bóc lột: {form}.',
    'Hành vi, thủ đoạn và mục đích đều được thể hiện trong hồ sơ giới thiệu và kết quả sàng lọc. Đạt ngưỡng căn cứ hợp lý. Hình thức bóc lột: {form}.',
  ],
  reasonableGroundsPositiveChild:
    'Hành vi và mục đích được thể hiện trong hồ sơ giới thiệu; người này là trẻ em nên không cần chứng minh thủ đoạn. Đủ căn cứ hợp lý. Hình thức bóc lột: {form}.',
  reasonableGroundsNegative: [
    'Ở giai đoạn này, thông tin nhận được không cho thấy sự ép buộc hay lừa dối; lời kể mô tả điều kiện làm việc kém. Có thể gửi thông tin mới bất cứ lúc nào. Hình thức được xem xét: {form}.',
    'Từ thông tin hiện có không xác định được hành vi tuyển dụng, vận chuyển hay chứa chấp. Quyết định có thể được xem xét lại nếu có thêm thông tin. Hình thức được xem xét: {form}.',
  ],
  conclusiveGroundsPositive: [
    'Dựa trên cân nhắc khả năng, người này là nạn nhân mua bán người. Lời kể vẫn nhất quán và được báo cáo của tổ chức hỗ trợ xác nhận. Hình thức bóc lột: {form}.',
    'Thông tin thu thập trong thời gian phục hồi xác nhận các dấu hiệu đã nêu khi giới thiệu. Đủ căn cứ kết luận. Hình thức bóc lột: {form}.',
  ],
  conclusiveGroundsNegative: [
    'Dựa trên cân nhắc khả năng, thông tin chưa chứng minh được người này bị mua bán; nhiều phần quan trọng của lời kể không được xác minh. Hình thức được xem xét: {form}.',
    'Các điều kiện được mô tả là vi phạm nghiêm trọng luật lao động, nhưng sự ép buộc và lừa dối chưa được chứng minh. Hình thức được xem xét: {form}.',
  ],
  overturned:
    'Hội đồng đã xem xét báo cáo mới của tổ chức hỗ trợ và đánh giá tâm lý. Quyết định trước đây chưa tính đến ảnh hưởng của sang chấn đối với cách kể lại sự việc. Quyết định từ chối bị hủy bỏ; đủ căn cứ kết luận.',
  upheld: [
    'Hội đồng đã xem xét yêu cầu và thông tin bổ sung. Không có thông tin mới nào làm thay đổi đánh giá, quyết định được giữ nguyên. Việc hỗ trợ vẫn tiếp tục bất kể quyết định này.',
    'Hội đồng nhận thấy quyết định đã xem xét mọi thông tin hiện có, kể cả tình trạng dễ bị tổn thương của người này. Quyết định được giữ nguyên.',
  ],
  reconsiderationGrounds: [
    'Thông tin mới: báo cáo y tế và lời khai của nhân viên hỗ trợ mô tả những lời đe dọa chưa được tiết lộ lúc đầu. Chúng tôi đề nghị xem xét lại quyết định.',
    'Quyết định chưa xem xét tình trạng dễ bị tổn thương của người này và khoản nợ do kẻ tuyển dụng áp đặt. Chúng tôi đề nghị xem xét lại.',
  ],
  extensionReasons: [
    'Việc điều trị y tế vẫn đang tiếp diễn; cần thêm thời gian phục hồi trước khi có bất kỳ quyết định nào.',
    'Người này cho biết lại bị những kẻ bóc lột đe dọa; thời gian được gia hạn vì lý do an toàn.',
    'Hỗ trợ tâm lý mới bắt đầu và nhà trị liệu khuyên cần thêm thời gian.',
    'Chỗ ở tại nhà tạm lánh chuyên biệt chỉ có từ tháng sau.',
  ],
  withheldPublicOrder:
    'Trật tự công cộng: đang thi hành lệnh bắt giữ châu Âu đối với một tội phạm bạo lực nghiêm trọng, không liên quan đến việc bị bóc lột. Việc đình chỉ là cần thiết và tương xứng; sự bảo vệ không bị trục xuất vẫn tiếp tục cho đến quyết định cuối cùng.',
  screeningOverride: [
    'Người này sợ không dám trả lời nhiều câu hỏi. Những gì quan sát được trong buổi gặp (giấy tờ bị chủ giữ, luôn có người đi kèm) cho thấy dấu hiệu mua bán người.',
    'Câu trả lời ngắn vì sợ hãi; quan sát của nhân viên và những điều người này kể ngoài bảng hỏi cho thấy có bóc lột.',
  ],
  safeContact: [
    'Chỉ liên hệ qua nhân viên phụ trách tại {org}; không gọi trực tiếp cho người này.',
    'Chỉ gọi điện sau 18:00; điện thoại dùng chung với người khác.',
    'Qua nhân viên trực tại {org}.',
  ],
};
