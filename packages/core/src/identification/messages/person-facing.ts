import { direction } from '../../i18n/locales.js';
import { type ScreeningLanguage, type ScreeningText, screeningLanguage } from './index.js';

/**
 * The words around the questions when the person holds the device (person-facing
 * mode), in every short-screen language: the person may read none of the interface
 * languages. `{current}` and `{total}` are replaced by numbers.
 */
export const PERSON_FACING_KEYS = [
  'start',
  'progress',
  'read_aloud',
  'stop_reading',
  'stop',
  'handback_title',
  'handback_body',
  'quick_exit',
] as const;
export type PersonFacingKey = (typeof PERSON_FACING_KEYS)[number];

type PersonFacingCatalogue = Readonly<Record<PersonFacingKey, string>>;

const PERSON_FACING: Readonly<Record<ScreeningLanguage, PersonFacingCatalogue>> = {
  en: {
    start: 'Start',
    progress: 'Question {current} of {total}',
    read_aloud: 'Read aloud',
    stop_reading: 'Stop reading',
    stop: 'Stop and give the device back',
    handback_title: 'Thank you',
    handback_body:
      'Please give the device back to the worker now. Your answers are not shown on this screen.',
    quick_exit: 'Quick exit',
  },
  uk: {
    start: 'Почати',
    progress: 'Запитання {current} з {total}',
    read_aloud: 'Прочитати вголос',
    stop_reading: 'Зупинити читання',
    stop: 'Зупинитися і повернути пристрій',
    handback_title: 'Дякуємо',
    handback_body:
      'Будь ласка, поверніть зараз пристрій працівникові. Ваші відповіді не показано на цьому екрані.',
    quick_exit: 'Швидкий вихід',
  },
  ru: {
    start: 'Начать',
    progress: 'Вопрос {current} из {total}',
    read_aloud: 'Прочитать вслух',
    stop_reading: 'Остановить чтение',
    stop: 'Остановиться и вернуть устройство',
    handback_title: 'Спасибо',
    handback_body:
      'Пожалуйста, верните сейчас устройство сотруднику. Ваши ответы не показаны на этом экране.',
    quick_exit: 'Быстрый выход',
  },
  ro: {
    start: 'Începeți',
    progress: 'Întrebarea {current} din {total}',
    read_aloud: 'Citește cu voce tare',
    stop_reading: 'Oprește citirea',
    stop: 'Opriți-vă și dați dispozitivul înapoi',
    handback_title: 'Vă mulțumim',
    handback_body:
      'Vă rugăm să dați acum dispozitivul înapoi lucrătorului. Răspunsurile dumneavoastră nu sunt afișate pe acest ecran.',
    quick_exit: 'Ieșire rapidă',
  },
  sq: {
    start: 'Fillo',
    progress: 'Pyetja {current} nga {total}',
    read_aloud: 'Lexoje me zë',
    stop_reading: 'Ndalo leximin',
    stop: 'Ndalo dhe ktheje pajisjen',
    handback_title: 'Faleminderit',
    handback_body:
      'Ju lutemi, tani ia ktheni pajisjen punonjësit. Përgjigjet tuaja nuk shfaqen në këtë ekran.',
    quick_exit: 'Dalje e shpejtë',
  },
  ar: {
    start: 'ابدأ',
    progress: 'السؤال {current} من {total}',
    read_aloud: 'القراءة بصوت عالٍ',
    stop_reading: 'إيقاف القراءة',
    stop: 'التوقف وإعادة الجهاز',
    handback_title: 'شكرًا لك',
    handback_body: 'يُرجى إعادة الجهاز إلى الموظف الآن. إجاباتك غير معروضة على هذه الشاشة.',
    quick_exit: 'خروج سريع',
  },
  fr: {
    start: 'Commencer',
    progress: 'Question {current} sur {total}',
    read_aloud: 'Lire à voix haute',
    stop_reading: 'Arrêter la lecture',
    stop: 'Arrêter et rendre l’appareil',
    handback_title: 'Merci',
    handback_body:
      'Veuillez maintenant rendre l’appareil à l’intervenant. Vos réponses ne sont pas affichées sur cet écran.',
    quick_exit: 'Sortie rapide',
  },
  es: {
    start: 'Empezar',
    progress: 'Pregunta {current} de {total}',
    read_aloud: 'Leer en voz alta',
    stop_reading: 'Dejar de leer',
    stop: 'Parar y devolver el dispositivo',
    handback_title: 'Gracias',
    handback_body:
      'Por favor, devuelva ahora el dispositivo a la persona que le atiende. Sus respuestas no se muestran en esta pantalla.',
    quick_exit: 'Salida rápida',
  },
  tr: {
    start: 'Başla',
    progress: 'Soru {current} / {total}',
    read_aloud: 'Sesli oku',
    stop_reading: 'Okumayı durdur',
    stop: 'Dur ve cihazı geri ver',
    handback_title: 'Teşekkür ederiz',
    handback_body: 'Lütfen cihazı şimdi görevliye geri verin. Yanıtlarınız bu ekranda gösterilmez.',
    quick_exit: 'Hızlı çıkış',
  },
  vi: {
    start: 'Bắt đầu',
    progress: 'Câu hỏi {current} trên {total}',
    read_aloud: 'Đọc to',
    stop_reading: 'Dừng đọc',
    stop: 'Dừng lại và trả lại thiết bị',
    handback_title: 'Cảm ơn bạn',
    handback_body:
      'Vui lòng trả lại thiết bị cho nhân viên ngay bây giờ. Câu trả lời của bạn không hiển thị trên màn hình này.',
    quick_exit: 'Thoát nhanh',
  },
};

/**
 * A person-facing text in the asked language (English for a language without a
 * catalogue), with `{name}` placeholders replaced by the given values.
 */
export function personFacingText(
  key: PersonFacingKey,
  tag: string,
  values: Readonly<Record<string, string | number>> = {},
): ScreeningText {
  const asked = screeningLanguage(tag);
  const language: ScreeningLanguage = asked ?? 'en';
  const template = PERSON_FACING[language][key];
  const text = template.replace(/\{([a-z]+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
  return { text, language, direction: direction(language), translated: asked !== null };
}
