import type { ShortScreenCatalogue } from './catalogue.js';

/** Vietnamese. "Bạn", which does not mark gender or age. */
export const SHORT_SCREEN_VI: ShortScreenCatalogue = {
  intro:
    'Những câu hỏi này giúp chúng tôi hiểu hoàn cảnh của bạn và những hỗ trợ bạn có thể nhận được. Bạn có thể không trả lời bất kỳ câu hỏi nào và có thể dừng lại bất cứ lúc nào.',
  answer_yes: 'Có',
  answer_no: 'Không',
  answer_unsure: 'Tôi không chắc',
  answer_declined: 'Tôi không muốn trả lời',
  safety_in_danger_now: 'Hiện giờ bạn có đang gặp nguy hiểm không?',
  safety_injured: 'Bạn có bị thương, hoặc có cần gặp bác sĩ ngay bây giờ không?',
  safety_place_tonight: 'Tối nay bạn có nơi nào an toàn để ở không?',
  dr_job_different:
    'Công việc, nơi làm việc hoặc chủ lao động có khác với những gì người ta nói với bạn trước khi bắt đầu không?',
  cr_threats: 'Có ai đe dọa bạn để buộc bạn đi theo họ hoặc bắt đầu công việc không?',
  rav_economic:
    'Có ai lợi dụng hoàn cảnh khó khăn của bạn, chẳng hạn như việc cần tiền, để khiến bạn nhận công việc này không?',
  ec_excessive_hours: 'Bạn có phải làm việc rất nhiều giờ, với rất ít hoặc không có ngày nghỉ nào không?',
  cd_free_to_leave: 'Bạn có thể rời khỏi nơi bạn làm việc hoặc sinh sống bất cứ khi nào bạn muốn không?',
  cd_documents_kept:
    'Có người khác giữ hộ chiếu hoặc giấy tờ tùy thân của bạn, khiến bạn không thể lấy lại khi muốn không?',
  cd_debt: 'Có ai nói rằng bạn nợ họ tiền và phải làm việc để trả nợ không?',
  avd_dependent:
    'Bạn có phải phụ thuộc vào những người bạn làm việc cho họ để có thức ăn, chỗ ngủ hoặc những thứ cần thiết khác không?',
  cd_forced_sex: 'Có ai ép bạn quan hệ tình dục hoặc làm những việc mang tính tình dục với người khác không?',
  fc_crimes: 'Có ai ép bạn trộm cắp, bán ma túy, trồng cây hoặc làm những việc trái pháp luật khác không?',
  fb_begging: 'Có ai ép bạn đi ăn xin và đưa tiền cho họ không?',
  ds_live_in_domestic:
    'Bạn có làm việc trong nhà của người khác, như nấu ăn, dọn dẹp hoặc chăm sóc người, và sống ở đó mà không được tự do ra ngoài một mình không?',
  fm_marriage: 'Bạn có bị ép kết hôn, hoặc bị sắp đặt hôn nhân với ai đó, khi bạn không muốn không?',
  or_organs: 'Có ai lấy đi, hoặc cố ép bạn cho, một quả thận hay một bộ phận khác trên cơ thể bạn không?',
  osec_images:
    'Có ai yêu cầu hoặc ép bạn làm những việc mang tính tình dục trước camera, hoặc gửi ảnh hay video tình dục của chính bạn không?',
};
