/**
 * Drafts in `localStorage`, one per article id, so a reload or a crash loses nothing. Storage may
 * be missing (privacy modes, sandboxed frames), full, or hold something unreadable: every function
 * here reports that as a message and never throws.
 */
import { validateArticle } from '../../model/validate.js';
import type { Quote } from '../../model/types.js';
import type { EditorState } from './edits.js';

const PREFIX = 'article-editor:draft:';

export interface Draft {
  state: EditorState;
  /** When it was written (ISO 8601). */
  saved: string;
}

type Result<T> = { value?: T; error?: string };

const reason = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e));

function storage(): Storage {
  // Reading the property itself throws where storage is blocked.
  const s = globalThis.localStorage;
  if (!s) throw new Error('no storage in this browser');
  return s;
}

export function writeDraft(id: string, state: EditorState): Result<void> {
  try {
    storage().setItem(PREFIX + id, JSON.stringify({ saved: new Date().toISOString(), article: state.article, orphans: state.orphans }));
    return {};
  } catch (e) {
    return { error: reason(e) };
  }
}

/** The draft kept for article `id`, validated like any other input; undefined when there is none. */
export function readDraft(id: string): Result<Draft> {
  try {
    const text = storage().getItem(PREFIX + id);
    if (text == null) return {};
    const data = JSON.parse(text) as { saved?: unknown; article?: unknown; orphans?: unknown };
    const article = validateArticle(data.article).article;
    if (!article) return { error: 'the kept draft is unreadable' };
    const orphans = Array.isArray(data.orphans) ? (data.orphans as Quote[]).filter((q) => q && typeof q.id == 'string' && typeof q.text == 'string') : [];
    return { value: { state: { article, orphans }, saved: typeof data.saved == 'string' ? data.saved : '' } };
  } catch (e) {
    return { error: reason(e) };
  }
}

export function removeDraft(id: string): Result<void> {
  try {
    storage().removeItem(PREFIX + id);
    return {};
  } catch (e) {
    return { error: reason(e) };
  }
}
