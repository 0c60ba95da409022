/**
 * The most an import may hold: characters of text, and blocks (paragraphs and headings, also in list
 * items and table cells). A regiovisie of 30,000 words has some 200,000 characters and a few thousand
 * blocks; converting costs time and memory per block, so these keep an import within seconds.
 */
export const MAX_IMPORT_CHARS = 2_000_000
export const MAX_IMPORT_BLOCKS = 20_000

export const TOO_MUCH_TEXT = `het bestand bevat te veel tekst (meer dan ${MAX_IMPORT_CHARS.toLocaleString('nl-NL')} tekens of ${MAX_IMPORT_BLOCKS.toLocaleString('nl-NL')} alinea's)`

/** A file bigger than this is refused (a DOCX is also held to limits when unpacked: see safeZip.ts). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
