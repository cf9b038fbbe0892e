/**
 * The Speaker field of the quote form, without the DOM: which speakers a typed text finds (by
 * name or alias), the options offered, and the speaker the form finally names.
 */
import type { Speaker } from '../../model/types.js';
import { addSpeaker, type EditorState } from './edits.js';

const key = (name: string) => name.trim().toLocaleLowerCase();
const names = (sp: Speaker) => [sp.name, ...(sp.aliases ?? [])];

/** The speaker whose name or alias is `query` (case and surrounding spaces aside). */
export function speakerNamed(speakers: readonly Speaker[], query: string): Speaker | undefined {
  const k = key(query);
  return k ? speakers.find((sp) => names(sp).some((n) => key(n) === k)) : undefined;
}

/** The options for `query`: speakers whose name or alias contains it, then the text itself (a new speaker) when it names nobody exactly. */
export function speakerOptions(speakers: readonly Speaker[], query: string): Array<Speaker | string> {
  const k = key(query);
  const matches = k ? speakers.filter((sp) => names(sp).some((n) => key(n).includes(k))) : [...speakers];
  return k && !speakerNamed(speakers, query) ? [...matches, query.trim()] : matches;
}

/**
 * The speaker the form names: the one picked from the list, else one whose name or alias was typed,
 * else none (nothing typed), else a new speaker of that name, added to the state returned.
 */
export function resolveSpeaker(s: EditorState, picked: string | null, query: string): { state: EditorState; speaker: string | null } | { error: string } {
  if (picked) return { state: s, speaker: picked };
  if (!query.trim()) return { state: s, speaker: null };
  const known = speakerNamed(s.article.speakers, query);
  if (known) return { state: s, speaker: known.id };
  const out = addSpeaker(s, query);
  if (out.error !== undefined) return { error: out.error };
  const speakers = out.state.article.speakers;
  return { state: out.state, speaker: speakers[speakers.length - 1].id };
}
