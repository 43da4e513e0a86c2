import type { Notice } from '../../generated/notice-types.js';
import type { Voiced } from '../strings/types.js';

export type Voice = keyof Voiced;

/**
 * The voice a notice's built-in texts take: `notice.voice` (`reader`: sinä / du / you, or `neutral`:
 * rekisteröity / den registrerade / the data subject), `reader` when not given. Read without relying on
 * the field's type, so that a notice without it is simply in the reader's voice.
 */
export function voiceOf(notice: Notice): Voice {
  const voice = (notice.notice as { voice?: unknown }).voice;
  return voice === 'neutral' ? 'neutral' : 'reader';
}

/** A built-in text in the notice's voice. */
export function inVoice(notice: Notice, text: Voiced): string {
  return text[voiceOf(notice)];
}
