/**
 * Undo and redo as a list of immutable states: undoing returns the state before a change exactly,
 * as far back as the session goes. States share what did not change (see edits.ts), so each step
 * costs about one array of references.
 */
export interface Step<S> {
  state: S;
  /** What the change did, e.g. "Add quote". */
  description: string;
}

export class History<S> {
  private _past: Step<S>[] = [];
  private _future: Step<S>[] = [];

  constructor(private _current: Step<S>) {}

  get state(): S {
    return this._current.state;
  }
  get canUndo(): boolean {
    return this._past.length > 0;
  }
  get canRedo(): boolean {
    return this._future.length > 0;
  }
  /** The description of the change Undo would take back. */
  get undoDescription(): string | undefined {
    return this._past.length ? this._current.description : undefined;
  }
  get redoDescription(): string | undefined {
    return this._future[this._future.length - 1]?.description;
  }

  /** Records a change; whatever could be redone is gone. */
  push(state: S, description: string): void {
    this._past.push(this._current);
    this._current = { state, description };
    this._future = [];
  }

  /** Goes one change back; returns the description of the change undone. */
  undo(): string | undefined {
    const previous = this._past.pop();
    if (!previous) return undefined;
    this._future.push(this._current);
    const undone = this._current.description;
    this._current = previous;
    return undone;
  }

  redo(): string | undefined {
    const next = this._future.pop();
    if (!next) return undefined;
    this._past.push(this._current);
    this._current = next;
    return next.description;
  }
}
