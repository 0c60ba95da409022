/** A file the importer cannot read or does not support; the CLI maps it to exit code 2. Dutch message. */
export class ImportError extends Error {}

/** A file (or what it unpacks to) beyond the import limits: HTTP 413. */
export class ImportTooLarge extends ImportError {}
