/** Registers `<speaker-badge>`. */
import { SpeakerBadge } from '../elements/speaker-badge/speaker-badge.js';
import { define } from '../elements/shared/define.js';

define('speaker-badge', SpeakerBadge);

// Re-exported so that this module's types carry the tag map (`HTMLElementTagNameMap`).
export { SpeakerBadge };
