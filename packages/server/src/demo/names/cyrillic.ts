/**
 * Cyrillic names that faker has no locale for (Bulgarian, Belarusian), and the Latin
 * transliterations that appear as aliases (the spelling in a passport or a police record).
 * All names are common given and family names; no combination refers to a real person.
 */

export type CyrillicScheme = 'uk' | 'ru' | 'bg' | 'be';

// Passport-style romanisation (Ukrainian KMU 2010, Russian ICAO, Bulgarian 2009 law,
// Belarusian BGN), simplified: word-initial forms everywhere for Є/Ї/Ю/Я.
const COMMON: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
  "'": '',
  ʼ: '',
  '’': '',
};

const OVERRIDES: Readonly<Record<CyrillicScheme, Readonly<Record<string, string>>>> = {
  uk: { г: 'h', и: 'y', й: 'y', ї: 'yi', є: 'ye', ю: 'yu', я: 'ya' },
  ru: {},
  bg: { х: 'h', щ: 'sht', ъ: 'a', ю: 'yu', я: 'ya', й: 'y' },
  be: { г: 'h', й: 'y', ю: 'yu', я: 'ya' },
};

export function transliterate(text: string, scheme: CyrillicScheme): string {
  const table = OVERRIDES[scheme];
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = table[lower] ?? COMMON[lower];
    if (latin === undefined) {
      out += char;
    } else if (char !== lower && latin.length > 0) {
      out += latin.charAt(0).toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/** Family names as [masculine, feminine]. */
type FamilyPair = readonly [string, string];

export const BULGARIAN = {
  female: [
    'Мария',
    'Иванка',
    'Елена',
    'Йорданка',
    'Пенка',
    'Десислава',
    'Гергана',
    'Цветелина',
    'Радка',
    'Виктория',
    'Николета',
    'Теодора',
    'Силвия',
    'Стефка',
    'Габриела',
    'Калина',
    'Милена',
    'Ралица',
  ],
  male: [
    'Георги',
    'Иван',
    'Димитър',
    'Николай',
    'Петър',
    'Христо',
    'Стоян',
    'Тодор',
    'Васил',
    'Асен',
    'Красимир',
    'Любомир',
    'Пламен',
    'Цветан',
    'Мартин',
    'Божидар',
    'Ангел',
    'Емил',
  ],
  family: [
    ['Иванов', 'Иванова'],
    ['Георгиев', 'Георгиева'],
    ['Димитров', 'Димитрова'],
    ['Петров', 'Петрова'],
    ['Николов', 'Николова'],
    ['Христов', 'Христова'],
    ['Стоянов', 'Стоянова'],
    ['Тодоров', 'Тодорова'],
    ['Илиев', 'Илиева'],
    ['Василев', 'Василева'],
    ['Атанасов', 'Атанасова'],
    ['Костадинов', 'Костадинова'],
    ['Ангелов', 'Ангелова'],
    ['Колев', 'Колева'],
    ['Маринов', 'Маринова'],
    ['Попов', 'Попова'],
    ['Асенов', 'Асенова'],
    ['Янков', 'Янкова'],
  ] as readonly FamilyPair[],
} as const;

export const BELARUSIAN = {
  female: [
    'Алена',
    'Ганна',
    'Вольга',
    'Наталля',
    'Таццяна',
    'Святлана',
    'Ірына',
    'Марына',
    'Кацярына',
    'Юлія',
    'Дар\u2019я',
    'Ядвіга',
    'Аксана',
    'Людміла',
  ],
  male: [
    'Аляксандр',
    'Сяргей',
    'Андрэй',
    'Дзмітрый',
    'Мікалай',
    'Уладзімір',
    'Павел',
    'Аляксей',
    'Віктар',
    'Юрый',
    'Ігар',
    'Максім',
    'Раман',
    'Васіль',
  ],
  family: [
    ['Шэўчык', 'Шэўчык'],
    ['Кавалёў', 'Кавалёва'],
    ['Навуменка', 'Навуменка'],
    ['Ткачук', 'Ткачук'],
    ['Мельнік', 'Мельнік'],
    ['Лукашэвіч', 'Лукашэвіч'],
    ['Казлоў', 'Казлова'],
    ['Новік', 'Новік'],
    ['Бондар', 'Бондар'],
    ['Сідарэнка', 'Сідарэнка'],
    ['Жук', 'Жук'],
    ['Марозаў', 'Марозава'],
    ['Петрусевіч', 'Петрусевіч'],
    ['Карпенка', 'Карпенка'],
  ] as readonly FamilyPair[],
} as const;
