/** The base of every error rasd throws on purpose: a stable `code` callers can branch on, never the message. */
export class RasdError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
