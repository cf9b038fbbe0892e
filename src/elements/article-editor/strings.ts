/**
 * The words of `<article-editor>`, merged under the element's `strings` property like the other
 * elements' (`{name}` placeholders are filled by `fill`). Button names are the controls' accessible
 * names: a translation renames them for assistive technology too.
 */
export const articleEditorStrings = {
  toolbar: 'Editor',
  undo: 'Undo',
  redo: 'Redo',
  addQuote: 'Add quote',
  editText: 'Edit text',
  downloadJson: 'Download JSON',
  downloadW3c: 'Download W3C annotations',
  copyEmbed: 'Copy embed code',
  articleText: 'Article text',
  speaker: 'Speaker',
  speakers: 'Speakers',
  kind: 'Kind',
  kinds: { direct: 'Direct', mixed: 'Mixed', indirect: 'Indirect', unmarked: 'Unmarked' } as Record<string, string>,
  save: 'Save',
  cancel: 'Cancel',
  deleteQuote: 'Delete quote',
  setSource: 'Set source',
  setCue: 'Set cue',
  clearSource: 'Clear source',
  clearCue: 'Clear cue',
  source: 'Source',
  cue: 'Cue',
  none: 'none',
  continuation: 'Continues the previous quote by this speaker',
  accept: 'Accept',
  reject: 'Reject',
  newQuote: 'New quote',
  editQuote: 'Edit quote',
  /** `{name}` */
  newSpeaker: 'New speaker: {name}',
  unknownSpeaker: 'Unknown speaker',
  review: 'Review',
  order: 'Order',
  textOrder: 'Text order',
  confidenceOrder: 'Lowest confidence first',
  nextUnreviewed: 'Next unreviewed',
  previousUnreviewed: 'Previous unreviewed',
  /** `{count}`, `{total}` */
  unreviewedCount: '{count} of {total} quotes unreviewed',
  /** `{percent}` */
  unreviewed: 'unreviewed, {percent}',
  reviewed: 'reviewed',
  /** `{count}`, `{total}` */
  showMore: 'Show {count} more of {total}',
  noQuotes: 'No quotes yet: select words in the article and press Add quote.',
  name: 'Name',
  role: 'Role',
  description: 'Description',
  mergeInto: 'Merge into',
  merge: 'Merge',
  deleteSpeaker: 'Delete speaker',
  /** `{count}` */
  quoteCount: '{count} quotes',
  toPlace: 'Quotes to place again',
  toPlaceHelp: 'The corrected text no longer holds these words. Select where each quote now is and press Place on selection.',
  place: 'Place on selection',
  applyText: 'Apply text',
  cancelText: 'Cancel editing text',
  newFromText: 'New from text',
  findQuotes: 'Find quotes',
  embedCode: 'Embed code',
  copied: 'Embed code copied to the clipboard.',
  copyFailed: 'The clipboard is not available here: copy the embed code from the box below.',
  /** `{date}` */
  draftRestored: 'Your unsaved changes from {date} were restored.',
  discardDraft: 'Discard draft',
  draftDiscarded: 'Draft discarded: the article is back as it was loaded.',
  /** `{reason}` */
  storageFailed: 'Your changes could not be kept in this browser ({reason}). Download the JSON to keep them.',
  selectFirst: 'Select some words of the article first.',
  empty: 'Paste a story into New from text, or give the editor an article.',
  loading: 'Loading…',
  /** `{what}` */
  undone: 'Undone: {what}.',
  redone: 'Redone: {what}.',
};

export type ArticleEditorStrings = typeof articleEditorStrings;
