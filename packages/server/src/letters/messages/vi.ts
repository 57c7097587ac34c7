import type { LetterCatalogue } from './catalogue.js';

/** Thư bằng tiếng Việt. «Bạn» cho người lớn; phần dành cho trẻ dùng «em». */
export const LETTERS_VI: LetterCatalogue = {
  reference_label: 'Mã hồ sơ',
  contact_label: 'Liên hệ',
  contact_none: 'Hãy hỏi người đã đưa cho bạn lá thư này.',
  page: 'Trang {page}/{pages}',
  next_heading: 'Điều gì sẽ xảy ra tiếp theo',
  rights_heading: 'Quyền của bạn',
  closing: 'Nếu bạn có bất kỳ câu hỏi nào, vui lòng liên hệ {org}.',
  keep_safe:
    'Hãy giữ lá thư này ở nơi an toàn. Vì sự an toàn của bạn, thư không mô tả những gì đã xảy ra với bạn. Mỗi khi liên lạc với chúng tôi, vui lòng cho biết mã hồ sơ của bạn: {reference}.',
  keep_safe_child:
    'Hãy giữ lá thư này ở nơi an toàn. Vì sự an toàn của trẻ, thư không mô tả những gì đã xảy ra với trẻ. Mỗi khi liên lạc với chúng tôi, vui lòng cho biết mã hồ sơ: {reference}.',
  to_guardian: 'Kính gửi người giám hộ của trẻ',
  to_guardian_pending: 'Kính gửi người giám hộ sẽ được chỉ định (trong thời gian chờ: {org})',
  child_protection_services: 'cơ quan bảo vệ trẻ em',

  right_support:
    'Bạn có thể nhận được hỗ trợ: nơi ở an toàn, chăm sóc y tế, tư vấn tâm lý và giúp đỡ cho nhu cầu hằng ngày. Bạn nhận được sự hỗ trợ này dù bạn có nói chuyện hay hợp tác với cảnh sát hay không.',
  right_recovery:
    'Bạn có quyền có một thời gian hồi phục và suy nghĩ ít nhất {days} ngày. Trong thời gian này, bạn không thể bị trục xuất khỏi đất nước.',
  right_legal_aid: 'Bạn có quyền được tư vấn pháp lý miễn phí và được luật sư giúp đỡ.',
  right_interpreter:
    'Bạn có quyền có phiên dịch viên miễn phí khi nói chuyện với các tổ chức đang xử lý hồ sơ của bạn.',
  interpreter_noted: 'Chúng tôi đã ghi nhận rằng bạn cần phiên dịch viên (ngôn ngữ: {language}).',
  interpreter_noted_child: 'Chúng tôi đã ghi nhận rằng trẻ cần phiên dịch viên (ngôn ngữ: {language}).',

  privacy_heading: 'Thông tin của bạn',
  privacy_heading_child: 'Thông tin của trẻ',
  privacy_who:
    'Chỉ các tổ chức đang xử lý hồ sơ của bạn mới có thể xem thông tin của bạn. Hiện tại đó là: {orgs}.',
  privacy_who_child:
    'Chỉ các tổ chức đang xử lý hồ sơ của trẻ mới có thể xem thông tin của trẻ. Hiện tại đó là: {orgs}.',
  privacy_consent:
    'Thông tin của bạn chỉ được chia sẻ cho những mục đích bạn đã đồng ý. Bạn có thể rút lại sự đồng ý bất cứ lúc nào bằng cách báo cho {org}. Việc này sẽ không làm mất sự hỗ trợ bạn đang nhận.',
  privacy_consent_child:
    'Là người giám hộ, bạn quyết định việc chia sẻ thông tin của trẻ vì lợi ích tốt nhất của trẻ. Bạn có thể rút lại sự đồng ý bất cứ lúc nào bằng cách báo cho {org}. Việc này sẽ không làm mất sự hỗ trợ trẻ đang nhận.',
  privacy_log: 'Mỗi lần có người mở hồ sơ của bạn, việc đó đều được ghi lại.',
  privacy_log_child: 'Mỗi lần có người mở hồ sơ của trẻ, việc đó đều được ghi lại.',

  child_heading: 'Dành cho trẻ (vui lòng đọc hoặc giải thích phần này cho trẻ)',
  child_safe: 'Em không làm gì sai cả. Em có quyền được an toàn và được giúp đỡ.',
  child_police: 'Em vẫn được giúp đỡ dù em có nói chuyện với cảnh sát hay không.',
  child_guardian:
    'Một người giám hộ sẽ giúp em và lên tiếng thay em. Những người lớn làm việc với hồ sơ của em luôn phải nghĩ trước hết đến điều tốt nhất cho em.',
  child_recovery:
    'Em sẽ có thời gian để nghỉ ngơi và cảm thấy an toàn hơn, ít nhất {days} ngày. Trong thời gian này, không ai có thể đưa em ra khỏi đất nước này.',
  child_lawyer: 'Luật sư có thể cho em lời khuyên, miễn phí.',
  child_age: 'Nếu không ai biết chắc em bao nhiêu tuổi, em sẽ được đối xử như một trẻ em.',
  child_questions:
    'Em có thể đặt câu hỏi bất cứ lúc nào. Em có thể có phiên dịch viên nói ngôn ngữ của em, miễn phí.',

  rc_title: 'Xác nhận việc chuyển tuyến của bạn',
  rc_title_child: 'Xác nhận việc chuyển tuyến của trẻ',
  rc_intro:
    'Thư này xác nhận rằng bạn đã được chuyển tuyến đến Cơ chế chuyển tuyến quốc gia. Đây là cách nhà nước xác định và bảo vệ những người có thể là nạn nhân của mua bán người. Thư này giải thích điều gì sẽ xảy ra tiếp theo và các quyền của bạn.',
  rc_intro_child:
    'Thư này xác nhận rằng trẻ mà bạn đại diện đã được chuyển tuyến đến Cơ chế chuyển tuyến quốc gia. Đây là cách nhà nước xác định và bảo vệ những người có thể là nạn nhân của mua bán người. Việc chuyển tuyến không cần sự đồng ý của trẻ. Lợi ích tốt nhất của trẻ luôn được đặt lên hàng đầu trong mọi quyết định, và cơ quan bảo vệ trẻ em đã được thông báo.',
  rc_date_label: 'Ngày chuyển tuyến',
  rc_referrer_label: 'Tổ chức chuyển tuyến',
  rc_authority_label: 'Cơ quan sẽ quyết định',
  rc_next_rg:
    '{authority} sẽ quyết định liệu có căn cứ hợp lý để tin rằng bạn có thể là nạn nhân của mua bán người hay không. Quyết định dự kiến được đưa ra trong vòng {days} ngày làm việc, chậm nhất là {date}.',
  rc_next_rg_child:
    '{authority} sẽ quyết định liệu có căn cứ hợp lý để tin rằng trẻ có thể là nạn nhân của mua bán người hay không. Quyết định dự kiến được đưa ra trong vòng {days} ngày làm việc, chậm nhất là {date}.',
  rc_next_recovery:
    'Nếu quyết định là tích cực, bạn sẽ có thời gian hồi phục và suy nghĩ ít nhất {days} ngày. Đây là thời gian để nghỉ ngơi, hồi phục và suy nghĩ về điều bạn muốn làm. Trong thời gian này, bạn không thể bị trục xuất khỏi đất nước.',
  rc_next_recovery_child:
    'Nếu quyết định là tích cực, trẻ sẽ có thời gian hồi phục và suy nghĩ ít nhất {days} ngày. Trong thời gian này, trẻ không thể bị đưa ra khỏi đất nước.',
  rc_next_final:
    'Sau đó, một quyết định cuối cùng sẽ được đưa ra. Bạn sẽ nhận được mọi quyết định bằng văn bản, bằng ngôn ngữ bạn hiểu.',
  rc_next_final_child:
    'Sau đó, một quyết định cuối cùng sẽ được đưa ra. Bạn sẽ nhận được mọi quyết định về trẻ bằng văn bản.',
  rc_next_one_stage:
    '{authority} sẽ quyết định liệu bạn có được công nhận là nạn nhân của mua bán người hay không. Bạn sẽ nhận được quyết định bằng văn bản, bằng ngôn ngữ bạn hiểu.',
  rc_next_one_stage_child:
    '{authority} sẽ quyết định liệu trẻ có được công nhận là nạn nhân của mua bán người hay không. Bạn sẽ nhận được quyết định về trẻ bằng văn bản.',

  dl_title_rg: 'Quyết định về căn cứ hợp lý',
  dl_title_cg: 'Quyết định cuối cùng về việc công nhận nạn nhân',
  dl_intro_rg:
    'Đây là quyết định đầu tiên về hồ sơ của bạn. Quyết định này xem xét liệu có căn cứ hợp lý để tin rằng bạn có thể là nạn nhân của mua bán người hay không.',
  dl_intro_rg_child:
    'Đây là quyết định đầu tiên về hồ sơ của trẻ. Quyết định này xem xét liệu có căn cứ hợp lý để tin rằng trẻ có thể là nạn nhân của mua bán người hay không.',
  dl_intro_cg:
    'Đây là quyết định cuối cùng về hồ sơ của bạn. Quyết định này xem xét liệu nhiều khả năng bạn là nạn nhân của mua bán người hay không.',
  dl_intro_cg_child:
    'Đây là quyết định cuối cùng về hồ sơ của trẻ. Quyết định này xem xét liệu nhiều khả năng trẻ là nạn nhân của mua bán người hay không.',
  dl_outcome_label: 'Quyết định',
  dl_date_label: 'Ngày quyết định',
  dl_authority_label: 'Cơ quan quyết định',
  dl_meaning_heading: 'Quyết định này có nghĩa là gì',
  dl_rg_positive: 'Có căn cứ hợp lý để tin rằng bạn có thể là nạn nhân của mua bán người.',
  dl_rg_positive_child: 'Có căn cứ hợp lý để tin rằng trẻ có thể là nạn nhân của mua bán người.',
  dl_recovery_dates:
    'Thời gian hồi phục và suy nghĩ của bạn kéo dài từ {start} đến {end}. Đây là thời gian để nghỉ ngơi, hồi phục và suy nghĩ về điều bạn muốn làm.',
  dl_recovery_dates_child:
    'Thời gian hồi phục và suy nghĩ của trẻ kéo dài từ {start} đến {end}. Đây là thời gian để trẻ nghỉ ngơi và hồi phục.',
  dl_recovery_minimum:
    'Bạn có thời gian hồi phục và suy nghĩ ít nhất {days} ngày kể từ ngày ra quyết định này. Đây là thời gian để nghỉ ngơi, hồi phục và suy nghĩ về điều bạn muốn làm.',
  dl_recovery_minimum_child:
    'Trẻ có thời gian hồi phục và suy nghĩ ít nhất {days} ngày kể từ ngày ra quyết định này. Đây là thời gian để trẻ nghỉ ngơi và hồi phục.',
  dl_no_removal: 'Trong thời gian này, bạn không thể bị trục xuất khỏi đất nước.',
  dl_no_removal_child: 'Trong thời gian này, trẻ không thể bị đưa ra khỏi đất nước.',
  dl_rg_positive_next:
    'Sau thời gian này, một quyết định cuối cùng sẽ được đưa ra. Bạn vẫn tiếp tục được hỗ trợ trong khi chờ đợi.',
  dl_rg_positive_next_child:
    'Sau thời gian này, một quyết định cuối cùng sẽ được đưa ra. Trẻ vẫn tiếp tục được hỗ trợ trong khi chờ đợi.',
  dl_recovery_withheld: 'Thời gian hồi phục và suy nghĩ không được cấp, với lý do: {ground}.',
  dl_withheld_reason_label: 'Lý do:',
  ground_public_order: 'trật tự công cộng',
  ground_improperly_claimed: 'tư cách nạn nhân được khai không đúng',
  dl_cg_positive: 'Bạn được công nhận là nạn nhân của mua bán người.',
  dl_cg_positive_child: 'Trẻ được công nhận là nạn nhân của mua bán người.',
  dl_cg_positive_support:
    'Sự hỗ trợ dành cho bạn vẫn tiếp tục. Hãy trao đổi với tổ chức đang hỗ trợ bạn về các bước tiếp theo, ví dụ như nhà ở, việc làm, học tập hoặc trở về nhà an toàn.',
  dl_cg_positive_support_child:
    'Sự hỗ trợ dành cho trẻ vẫn tiếp tục. Các tổ chức xử lý hồ sơ sẽ cùng bạn lên kế hoạch cho các bước tiếp theo, ví dụ như chăm sóc, đi học và một nơi ở an toàn.',
  dl_move_on: 'Sự hỗ trợ tiếp tục ít nhất {days} ngày sau quyết định này.',
  dl_rg_negative:
    'Quyết định là ở giai đoạn này chưa có đủ căn cứ để tin rằng bạn có thể là nạn nhân của mua bán người.',
  dl_rg_negative_child:
    'Quyết định là ở giai đoạn này chưa có đủ căn cứ để tin rằng trẻ có thể là nạn nhân của mua bán người.',
  dl_cg_negative: 'Quyết định là bạn không được công nhận là nạn nhân của mua bán người.',
  dl_cg_negative_child: 'Quyết định là trẻ không được công nhận là nạn nhân của mua bán người.',
  dl_negative_help: 'Bạn vẫn có thể xin lời khuyên và sự giúp đỡ từ các tổ chức hỗ trợ.',
  dl_negative_help_child:
    'Trẻ vẫn có thể nhận được sự giúp đỡ từ cơ quan bảo vệ trẻ em và các tổ chức hỗ trợ.',
  dl_replaces: 'Quyết định này thay thế một quyết định trước đó, sau khi quyết định đó được xem xét lại.',
  dl_reasons_heading: 'Lý do của quyết định',
  dl_reconsider_heading: 'Nếu bạn không đồng ý với quyết định này',
  dl_reconsider_how:
    'Bạn có thể yêu cầu xem xét lại quyết định này. Tổ chức đã chuyển tuyến bạn, hoặc một tổ chức đang hỗ trợ bạn, có thể thay bạn gửi yêu cầu này, nhất là khi có thông tin mới.',
  dl_reconsider_how_child:
    'Bạn có thể yêu cầu xem xét lại quyết định này. Tổ chức đã chuyển tuyến trẻ, hoặc một tổ chức đang hỗ trợ trẻ, có thể gửi yêu cầu này, nhất là khi có thông tin mới.',
  dl_reconsider_org_label: 'Nơi có thể giúp bạn gửi yêu cầu',
  dl_legal_aid: 'Bạn có quyền được tư vấn pháp lý miễn phí. Luật sư có thể giúp bạn yêu cầu xem xét lại.',
  dl_legal_aid_child:
    'Trẻ có quyền được tư vấn pháp lý miễn phí. Luật sư có thể giúp bạn yêu cầu xem xét lại thay cho trẻ.',

  outcome_rg_positive: 'Tích cực: có căn cứ hợp lý',
  outcome_rg_negative: 'Không tích cực: chưa đủ căn cứ',
  outcome_trafficking: 'Nạn nhân của mua bán người',
  outcome_not_trafficking: 'Không được công nhận là nạn nhân của mua bán người',
  outcome_modern_slavery_trafficking: 'Nạn nhân của nô lệ hiện đại (mua bán người)',
  outcome_modern_slavery_slavery_servitude_forced_labour:
    'Nạn nhân của nô lệ hiện đại (nô lệ, lệ thuộc, hoặc lao động cưỡng bức hay bắt buộc)',
  outcome_not_modern_slavery: 'Không được công nhận là nạn nhân của nô lệ hiện đại',
  outcome_positive_other: 'Quyết định tích cực',
  outcome_negative_other: 'Quyết định không tích cực',
};
