import { LitElement, html, nothing } from 'lit';
import { safeUrl } from '../../model/urls.js';
import { adoptRoleAttribute, initials, speakerStyle, text } from '../shared/speaker.js';
import { speakerBadgeStrings, type SpeakerBadgeStrings } from '../shared/strings.js';
import { hostStyles } from '../shared/styles.js';
import { styles } from './speaker-badge.styles.js';

/**
 * A speaker's name, role and picture (or initials in the speaker's colour), optionally with a
 * quote count ("22 quotes"). With `selectable` it is a toggle button (`aria-pressed`) whose `click`
 * bubbles out of the element, so a container can listen for it. The role's title holds the
 * whole role, for a list that cuts it to one line (as `<article-view>`'s panel does).
 *
 * @summary Who is speaking: avatar or initials, name, role, quote count.
 * @tag speaker-badge
 *
 * @csspart base - The badge (a `<button>` when selectable).
 * @csspart avatar - The circle holding the picture or the initials.
 * @csspart name - The name.
 * @csspart role - The role.
 * @csspart count - The quote count.
 *
 * @cssprop --speaker-badge-font - Font shorthand. Default: inherited.
 * @cssprop --speaker-badge-text-color - Text colour. Default: inherited.
 * @cssprop --speaker-badge-background - Background of the badge. Default: transparent.
 * @cssprop --speaker-badge-radius - Corner radius of the badge. Default: fully rounded (0.5em in `<article-view>`'s panel).
 * @cssprop --speaker-badge-avatar-size - Diameter of the avatar. Default: 2.25em (2em compact).
 * @cssprop --speaker-badge-focus-ring - Outline of the focused button. Default: the enclosing element's focus ring, else 2px solid blue.
 */
export class SpeakerBadge extends LitElement {
  static override styles = [hostStyles, styles];

  /** Lit's reactive properties (declared here rather than with decorators: fewer bytes shipped). */
  static override properties = {
    name: {},
    speakerRole: { attribute: 'speaker-role' },
    image: {},
    count: { type: Number },
    compact: { type: Boolean, reflect: true },
    selectable: { type: Boolean, reflect: true },
    selected: { type: Boolean, reflect: true },
    color: {},
    strings: { attribute: false },
    _imageFailed: { state: true, attribute: false },
  };
  // Typed as the DOM's own type: an inferred literal would name fields that older DOM typings lack.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The speaker's name; the page's colour for this name is the badge's colour. */
  name = '';

  /**
   * What the speaker is ("Diplomat"); hidden when `compact`. A `role` attribute present when the
   * element is connected is taken as this (and removed: on an element `role` is an ARIA attribute).
   */
  speakerRole = '';

  /** URL of a picture (http, https or relative; anything else is ignored). Falls back to initials if it fails to load. */
  image = '';

  /** Number of quotes to show; none shown when unset. */
  count?: number;

  /** Smaller, on one line, without the role. */
  compact = false;

  /** Render as a toggle button. */
  selectable = false;

  /** Pressed state of the toggle button (only with `selectable`). */
  selected = false;

  /** Any CSS colour, instead of the speaker's colour from the palette. */
  color = '';

  /** Interface words, merged over the English defaults: `{ quote: 'quote', quotes: 'quotes' }`. */
  strings: Partial<SpeakerBadgeStrings> = {};

  private _imageFailed = false;

  override willUpdate(changed: Map<string, unknown>): void {
    adoptRoleAttribute(this);
    if (changed.has('image')) this._imageFailed = false;
  }

  override render() {
    const s = { ...speakerBadgeStrings, ...this.strings };
    const src = this._imageFailed ? undefined : safeUrl(this.image);
    const count = this.count;
    const hasCount = typeof count == 'number' && !Number.isNaN(count);
    const content = html`<span part="avatar" class="avatar" aria-hidden="true"
        >${src ? html`<img src=${src} alt="" @error=${this._onImageError} />` : initials(this.name)}</span
      ><span class="text"
        ><span part="name" class="name">${text(this.name)}</span>${text(this.speakerRole)
          ? html`<span part="role" class="role" title=${this.speakerRole}>${this.speakerRole}</span>`
          : nothing}</span
      >${hasCount
        ? html`<span part="count" class="count">${count} ${count === 1 ? s.quote : s.quotes}</span>`
        : nothing}`;
    const style = speakerStyle({ name: this.name }, this.color);
    return this.selectable
      ? html`<button part="base" class="base spk" type="button" aria-pressed=${this.selected ? 'true' : 'false'} .style=${style}>
          ${content}
        </button>`
      : html`<span part="base" class="base spk" .style=${style}>${content}</span>`;
  }

  private _onImageError() {
    this._imageFailed = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'speaker-badge': SpeakerBadge;
  }
}
