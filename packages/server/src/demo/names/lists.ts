/**
 * Name lists for nationalities faker has no locale for. Common names only; the generator
 * combines them at random, so no record refers to a real person.
 */
import type { ScriptNameList } from './arabic-script.js';

export type LatinNameList = {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly family: readonly string[];
};

/** China: [Han characters, pinyin]; the family name comes first when written in full. */
export const CHINESE: ScriptNameList = {
  female: [
    ['丽', 'Li'],
    ['芳', 'Fang'],
    ['静', 'Jing'],
    ['敏', 'Min'],
    ['燕', 'Yan'],
    ['娟', 'Juan'],
    ['玲', 'Ling'],
    ['秀英', 'Xiuying'],
    ['桂英', 'Guiying'],
    ['晓梅', 'Xiaomei'],
    ['雪', 'Xue'],
    ['慧', 'Hui'],
  ],
  male: [
    ['伟', 'Wei'],
    ['强', 'Qiang'],
    ['磊', 'Lei'],
    ['军', 'Jun'],
    ['勇', 'Yong'],
    ['杰', 'Jie'],
    ['涛', 'Tao'],
    ['明', 'Ming'],
    ['超', 'Chao'],
    ['建华', 'Jianhua'],
    ['志强', 'Zhiqiang'],
    ['海', 'Hai'],
  ],
  family: [
    ['王', 'Wang'],
    ['李', 'Li'],
    ['张', 'Zhang'],
    ['刘', 'Liu'],
    ['陈', 'Chen'],
    ['杨', 'Yang'],
    ['黄', 'Huang'],
    ['赵', 'Zhao'],
    ['吴', 'Wu'],
    ['周', 'Zhou'],
    ['林', 'Lin'],
    ['郑', 'Zheng'],
  ],
};

export const FILIPINO: LatinNameList = {
  female: [
    'Maria',
    'Jocelyn',
    'Rowena',
    'Marites',
    'Analyn',
    'Cristina',
    'Lorna',
    'Rosalie',
    'Jennifer',
    'Maricel',
    'Gemma',
    'Liza',
  ],
  male: [
    'Jose',
    'Ronaldo',
    'Mark Anthony',
    'Jun',
    'Rodel',
    'Arnel',
    'Reynaldo',
    'Jerome',
    'Christian',
    'Rommel',
  ],
  family: [
    'Santos',
    'Reyes',
    'Cruz',
    'Bautista',
    'Garcia',
    'Mendoza',
    'Dela Cruz',
    'Ramos',
    'Villanueva',
    'Torres',
    'Castillo',
    'Manalo',
    'Pascual',
    'Navarro',
  ],
};

export const PAKISTANI: LatinNameList = {
  female: ['Ayesha', 'Fatima', 'Sana', 'Hina', 'Saima', 'Rabia', 'Nadia', 'Amna', 'Bushra', 'Mehwish'],
  male: [
    'Muhammad',
    'Ali',
    'Usman',
    'Bilal',
    'Imran',
    'Asif',
    'Kamran',
    'Waqas',
    'Zeeshan',
    'Faisal',
    'Tariq',
    'Hamza',
  ],
  family: [
    'Khan',
    'Ahmed',
    'Hussain',
    'Butt',
    'Malik',
    'Chaudhry',
    'Qureshi',
    'Iqbal',
    'Raza',
    'Shah',
    'Akhtar',
    'Mirza',
  ],
};

/** Eritrea: Tigrinya names; the second name is the father's given name. */
export const ERITREAN: LatinNameList = {
  female: [
    'Senait',
    'Helen',
    'Yohana',
    'Selam',
    'Rahel',
    'Luwam',
    'Feven',
    'Mebrat',
    'Tsega',
    'Hiwet',
    'Saba',
    'Winta',
  ],
  male: [
    'Yonas',
    'Dawit',
    'Tesfaye',
    'Filmon',
    'Biniam',
    'Semere',
    'Amanuel',
    'Mussie',
    'Kibrom',
    'Robel',
    'Teklay',
    'Yemane',
  ],
  family: [
    'Tesfamariam',
    'Gebremedhin',
    'Haile',
    'Tekle',
    'Berhane',
    'Woldu',
    'Kidane',
    'Ghebreyesus',
    'Asmerom',
    'Habte',
    'Mehari',
    'Negash',
  ],
};

export const ALBANIAN: LatinNameList = {
  female: [
    'Arta',
    'Blerta',
    'Elira',
    'Fjolla',
    'Jonida',
    'Klea',
    'Mirela',
    'Ornela',
    'Rudina',
    'Teuta',
    'Vjosa',
    'Xhensila',
    'Drita',
    'Ermira',
  ],
  male: [
    'Arben',
    'Besnik',
    'Dritan',
    'Ervis',
    'Fatmir',
    'Gentian',
    'Ilir',
    'Kledi',
    'Luan',
    'Marsel',
    'Redon',
    'Sokol',
    'Erion',
    'Klodian',
  ],
  family: [
    'Hoxha',
    'Shehu',
    'Leka',
    'Dervishi',
    'Kola',
    'Gjoka',
    'Marku',
    'Prifti',
    'Çela',
    'Muça',
    'Bregu',
    'Kapllani',
    'Dushku',
    'Zeneli',
  ],
};

/** Spelling without diacritics, as machine-readable passport zones and many records have it. */
export function withoutDiacritics(text: string): string {
  return text
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
