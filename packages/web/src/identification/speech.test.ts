import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceInfo } from './speech';

const voice = (lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo & { name: string } => ({
  name: `${lang}${extra.default ? ' default' : ''}${extra.localService ? ' local' : ''}`,
  lang,
  localService: false,
  default: false,
  ...extra,
});

describe('pickVoice', () => {
  it('finds no voice for a language the browser cannot speak (the button is then hidden)', () => {
    expect(pickVoice([voice('en-GB'), voice('ru-RU')], 'uk')).toBeNull();
    expect(pickVoice([], 'ar')).toBeNull();
  });

  it('matches the primary language of a regional voice', () => {
    expect(pickVoice([voice('en-US'), voice('ar-SA')], 'ar')?.lang).toBe('ar-SA');
    expect(pickVoice([voice('uk_UA')], 'uk-UA')?.lang).toBe('uk_UA');
  });

  it('prefers the default voice, then one that works offline', () => {
    const voices = [
      voice('fr-CA'),
      voice('fr-FR', { localService: true }),
      voice('fr-BE', { default: true }),
    ];
    expect(pickVoice(voices, 'fr')?.lang).toBe('fr-BE');
    expect(pickVoice(voices.slice(0, 2), 'fr')?.lang).toBe('fr-FR');
  });
});
