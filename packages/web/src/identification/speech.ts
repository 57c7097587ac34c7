import { useCallback, useEffect, useState } from 'react';

/** The part of a SpeechSynthesisVoice the choice depends on. */
export type VoiceInfo = { readonly lang: string; readonly localService: boolean; readonly default: boolean };

/**
 * The voice to read a language with, or null when the browser has none for it (the
 * "Read aloud" button is then hidden rather than reading in another language). An exact
 * primary-language match only ("uk" never gets a Russian voice); among those the
 * browser's default, then a voice that works offline, then the first.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], language: string): V | null {
  const wanted = language.toLowerCase().split(/[-_]/)[0] ?? '';
  if (wanted === '') return null;
  const matching = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === wanted);
  return (
    matching.find((voice) => voice.default) ??
    matching.find((voice) => voice.localService) ??
    matching[0] ??
    null
  );
}

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

export type ReadAloud = {
  /** A voice exists for the language: show the button. */
  readonly available: boolean;
  readonly speaking: boolean;
  readonly speak: (text: string) => void;
  readonly stop: () => void;
};

/**
 * Reads a text aloud with the browser's speech synthesis, in `language`. Voices load
 * late in some browsers (the `voiceschanged` event), so availability can change after
 * the first render. Speech stops when the component goes away (e.g. on quick exit).
 */
export function useReadAloud(language: string): ReadAloud {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const update = (): void => setVoice(pickVoice(speech.getVoices(), language));
    update();
    speech.addEventListener('voiceschanged', update);
    return () => {
      speech.removeEventListener('voiceschanged', update);
      speech.cancel();
      setSpeaking(false);
    };
  }, [language]);

  const stop = useCallback(() => {
    synthesis()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      const speech = synthesis();
      if (!speech || !voice) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      setSpeaking(true);
      speech.speak(utterance);
    },
    [voice],
  );

  return { available: voice !== null, speaking, speak, stop };
}
