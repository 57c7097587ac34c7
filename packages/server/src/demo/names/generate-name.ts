import type { Rng } from '../random.js';
import type { Gender } from '../vocabulary.js';
import { arabicNames, DARI, type ScriptNameList } from './arabic-script.js';
import { BELARUSIAN, BULGARIAN, type CyrillicScheme, transliterate } from './cyrillic.js';
import type { FakerLocaleKey, FakerPool } from './fakers.js';
import {
  ALBANIAN,
  CHINESE,
  ERITREAN,
  FILIPINO,
  type LatinNameList,
  PAKISTANI,
  withoutDiacritics,
} from './lists.js';

/** How names are made for one nationality (or one group within it). */
export type NameStyle =
  | { readonly kind: 'faker'; readonly locale: FakerLocaleKey }
  | { readonly kind: 'faker_cyrillic'; readonly locale: 'uk' | 'ru'; readonly scheme: CyrillicScheme }
  | { readonly kind: 'cyrillic_list'; readonly list: 'bg' | 'be' }
  | { readonly kind: 'script_list'; readonly list: 'arabic' | 'dari' | 'chinese' }
  | { readonly kind: 'latin_list'; readonly list: 'albanian' | 'eritrean' | 'filipino' | 'pakistani' }
  | { readonly kind: 'vietnamese' };

export type GeneratedName = {
  readonly givenName: string;
  readonly familyName: string;
  readonly aliases: readonly string[];
};

type Sex = 'female' | 'male';

const LATIN_LISTS: Readonly<Record<'albanian' | 'eritrean' | 'filipino' | 'pakistani', LatinNameList>> = {
  albanian: ALBANIAN,
  eritrean: ERITREAN,
  filipino: FILIPINO,
  pakistani: PAKISTANI,
};

/** Names are drawn by sex; for persons whose gender is not binary or not known, at random. */
function sexForName(rng: Rng, gender: Gender): Sex {
  if (gender === 'female' || gender === 'male') return gender;
  return rng.chance(0.5) ? 'female' : 'male';
}

function scriptList(list: 'arabic' | 'dari' | 'chinese', nationality: string): ScriptNameList {
  if (list === 'arabic') return arabicNames(nationality);
  return list === 'dari' ? DARI : CHINESE;
}

export function generateName(
  rng: Rng,
  fakers: FakerPool,
  style: NameStyle,
  gender: Gender,
  nationality: string,
): GeneratedName {
  const sex = sexForName(rng, gender);
  switch (style.kind) {
    case 'faker': {
      const faker = fakers.get(style.locale);
      return { givenName: faker.person.firstName(sex), familyName: faker.person.lastName(sex), aliases: [] };
    }
    case 'faker_cyrillic': {
      const faker = fakers.get(style.locale);
      const givenName = faker.person.firstName(sex);
      const familyName = faker.person.lastName(sex);
      const latin = `${transliterate(givenName, style.scheme)} ${transliterate(familyName, style.scheme)}`;
      return { givenName, familyName, aliases: [latin] };
    }
    case 'cyrillic_list': {
      const list = style.list === 'bg' ? BULGARIAN : BELARUSIAN;
      const scheme: CyrillicScheme = style.list;
      const givenName = rng.pick(list[sex]);
      const familyPair = rng.pick(list.family);
      const familyName = sex === 'male' ? familyPair[0] : familyPair[1];
      const latin = `${transliterate(givenName, scheme)} ${transliterate(familyName, scheme)}`;
      return { givenName, familyName, aliases: [latin] };
    }
    case 'script_list': {
      const list = scriptList(style.list, nationality);
      const [given, givenLatin] = rng.pick(list[sex]);
      const [family, familyLatin] = rng.pick(list.family);
      // Chinese documents put the family name first, in capitals; others given name first.
      const latin =
        style.list === 'chinese'
          ? `${familyLatin.toUpperCase()} ${givenLatin}`
          : `${givenLatin} ${familyLatin}`;
      return { givenName: given, familyName: family, aliases: [latin] };
    }
    case 'latin_list': {
      const list = LATIN_LISTS[style.list];
      return { givenName: rng.pick(list[sex]), familyName: rng.pick(list.family), aliases: [] };
    }
    case 'vietnamese': {
      const faker = fakers.get('vi');
      const givenName = faker.person.firstName(sex);
      const familyName = faker.person.lastName(sex);
      // Vietnamese order is family name first; documents abroad often drop the diacritics.
      return { givenName, familyName, aliases: [withoutDiacritics(`${familyName} ${givenName}`)] };
    }
    default: {
      const unreachable: never = style;
      throw new Error(`unknown name style ${JSON.stringify(unreachable)}`);
    }
  }
}
