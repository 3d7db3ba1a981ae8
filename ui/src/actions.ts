// Owns the contract between the views (which raise user intents) and the controller (which performs them).

export interface Actions {
  selectProfile(name: string): void;
  setFilter(text: string): void;
  selectInstance(id: string): void;
  /** Resolves a pasted instance ID or ARN; true when it was found and selected. */
  usePastedInstance(text: string): Promise<boolean>;
  signIn(): void;
  signOut(profile: string, instanceId: string): void;
  /** Signs out of every stored session (after the view's inline confirmation). */
  endShift(): void;
  dismissError(): void;
  dismissNotice(): void;
  reload(): void;
}
