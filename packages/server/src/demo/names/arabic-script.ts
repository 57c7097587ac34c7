/**
 * Names written in Arabic script, each with the Latin spelling found in documents (used as
 * an alias). Common names only; no combination refers to a real person.
 */

/** [native script, Latin transliteration] */
export type ScriptPair = readonly [string, string];

export type ScriptNameList = {
  readonly female: readonly ScriptPair[];
  readonly male: readonly ScriptPair[];
  readonly family: readonly ScriptPair[];
};

const ARABIC_FEMALE: readonly ScriptPair[] = [
  ['فاطمة', 'Fatima'],
  ['مريم', 'Maryam'],
  ['عائشة', 'Aisha'],
  ['زينب', 'Zainab'],
  ['نور', 'Nour'],
  ['هدى', 'Huda'],
  ['سارة', 'Sara'],
  ['ليلى', 'Layla'],
  ['آمنة', 'Amina'],
  ['رنا', 'Rana'],
  ['ريم', 'Reem'],
  ['سلمى', 'Salma'],
  ['دعاء', 'Duaa'],
  ['ياسمين', 'Yasmin'],
  ['خديجة', 'Khadija'],
  ['حنان', 'Hanan'],
  ['سميرة', 'Samira'],
  ['نادية', 'Nadia'],
  ['إيمان', 'Iman'],
  ['رغد', 'Raghad'],
  ['لمى', 'Lama'],
  ['شيماء', 'Shaimaa'],
  ['أسماء', 'Asma'],
  ['منى', 'Mona'],
];

const ARABIC_MALE: readonly ScriptPair[] = [
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['علي', 'Ali'],
  ['عمر', 'Omar'],
  ['يوسف', 'Youssef'],
  ['خالد', 'Khaled'],
  ['حسن', 'Hassan'],
  ['حسين', 'Hussein'],
  ['إبراهيم', 'Ibrahim'],
  ['مصطفى', 'Mustafa'],
  ['عبد الله', 'Abdullah'],
  ['سامر', 'Samer'],
  ['كريم', 'Karim'],
  ['طارق', 'Tarek'],
  ['ماهر', 'Maher'],
  ['بلال', 'Bilal'],
  ['ياسين', 'Yassine'],
  ['حمزة', 'Hamza'],
  ['رامي', 'Rami'],
  ['زياد', 'Ziad'],
  ['عادل', 'Adel'],
  ['أنس', 'Anas'],
  ['مازن', 'Mazen'],
  ['نبيل', 'Nabil'],
];

/** Family names differ by country; given names are shared across the Arabic-speaking ones. */
const ARABIC_FAMILY_BY_COUNTRY: Readonly<Record<string, readonly ScriptPair[]>> = {
  SY: [
    ['الأحمد', 'Al-Ahmad'],
    ['الحسن', 'Al-Hassan'],
    ['الخطيب', 'Al-Khatib'],
    ['حداد', 'Haddad'],
    ['الشامي', 'Al-Shami'],
    ['النجار', 'Al-Najjar'],
    ['الحلبي', 'Al-Halabi'],
    ['قباني', 'Kabbani'],
  ],
  IQ: [
    ['التميمي', 'Al-Tamimi'],
    ['الجبوري', 'Al-Jubouri'],
    ['العبيدي', 'Al-Obaidi'],
    ['الساعدي', 'Al-Saadi'],
    ['العلي', 'Al-Ali'],
    ['الدليمي', 'Al-Dulaimi'],
    ['الربيعي', 'Al-Rubaie'],
    ['الشمري', 'Al-Shammari'],
  ],
  EG: [
    ['المصري', 'El-Masry'],
    ['عبد الرحمن', 'Abdelrahman'],
    ['منصور', 'Mansour'],
    ['سليمان', 'Soliman'],
    ['صالح', 'Saleh'],
    ['فرج', 'Farag'],
    ['عبد العزيز', 'Abdelaziz'],
    ['الشريف', 'El-Sherif'],
  ],
  MA: [
    ['بنعلي', 'Benali'],
    ['العمراني', 'El Amrani'],
    ['الإدريسي', 'El Idrissi'],
    ['بوزيد', 'Bouzid'],
    ['العلوي', 'Alaoui'],
    ['بنجلون', 'Benjelloun'],
    ['الفاسي', 'El Fassi'],
    ['الزياني', 'Zayani'],
  ],
  SD: [
    ['عثمان', 'Osman'],
    ['إدريس', 'Idris'],
    ['الحاج', 'Elhaj'],
    ['آدم', 'Adam'],
    ['عوض', 'Awad'],
    ['الطيب', 'Eltayeb'],
    ['يعقوب', 'Yagoub'],
    ['بشير', 'Bashir'],
  ],
};

export const ARABIC_COUNTRIES: readonly string[] = Object.keys(ARABIC_FAMILY_BY_COUNTRY);

export function arabicNames(country: string): ScriptNameList {
  return {
    female: ARABIC_FEMALE,
    male: ARABIC_MALE,
    family: ARABIC_FAMILY_BY_COUNTRY[country] ?? ARABIC_FAMILY_BY_COUNTRY.SY ?? [],
  };
}

/** Afghanistan: Dari (Perso-Arabic script). */
export const DARI: ScriptNameList = {
  female: [
    ['فرشته', 'Freshta'],
    ['مریم', 'Maryam'],
    ['زهرا', 'Zahra'],
    ['نرگس', 'Nargis'],
    ['شبنم', 'Shabnam'],
    ['فاطمه', 'Fatima'],
    ['ملالی', 'Malalai'],
    ['پروانه', 'Parwana'],
    ['سحر', 'Sahar'],
    ['لیلا', 'Laila'],
    ['ثریا', 'Soraya'],
    ['هما', 'Homa'],
  ],
  male: [
    ['احمد', 'Ahmad'],
    ['محمد', 'Mohammad'],
    ['عبدالله', 'Abdullah'],
    ['جاوید', 'Jawid'],
    ['فرید', 'Farid'],
    ['نوید', 'Navid'],
    ['حمید', 'Hamid'],
    ['رحیم', 'Rahim'],
    ['مصطفی', 'Mustafa'],
    ['شفیق', 'Shafiq'],
    ['ذبیح الله', 'Zabihullah'],
    ['سمیع الله', 'Samiullah'],
    ['عزیز', 'Aziz'],
    ['کریم', 'Karim'],
  ],
  family: [
    ['احمدی', 'Ahmadi'],
    ['حیدری', 'Haidari'],
    ['رحیمی', 'Rahimi'],
    ['محمدی', 'Mohammadi'],
    ['نوری', 'Noori'],
    ['صدیقی', 'Siddiqui'],
    ['کریمی', 'Karimi'],
    ['هاشمی', 'Hashimi'],
    ['یوسفی', 'Yousufi'],
    ['عزیزی', 'Azizi'],
    ['قادری', 'Qaderi'],
    ['سلطانی', 'Sultani'],
    ['امیری', 'Amiri'],
    ['پوپل', 'Popal'],
  ],
};

export function hasArabicScript(text: string): boolean {
  return /[\u0600-\u06ff]/.test(text);
}
