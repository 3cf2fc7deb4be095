// The one error type importers throw: it names the file and says what is wrong with it.
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}
