/**
 * The most an import may hold: characters of text, and blocks (paragraphs and headings, also in list
 * items and table cells). A regiovisie of 30,000 words has some 200,000 characters and a few thousand
 * blocks; converting costs time and memory per block, so these keep an import within seconds.
 */
export const MAX_IMPORT_CHARS = 2_000_000
export const MAX_IMPORT_BLOCKS = 20_000

/**
 * Dutch thousands separators by hand: `toLocaleString('nl-NL')` at module load would page in some
 * 6 MB of the runtime's locale data that the server otherwise never touches (bench/collab.ts RSS).
 */
const dutchNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.')

export const TOO_MUCH_TEXT = `het bestand bevat te veel tekst (meer dan ${dutchNumber(MAX_IMPORT_CHARS)} tekens of ${dutchNumber(MAX_IMPORT_BLOCKS)} alinea's)`

/** A file bigger than this is refused (a DOCX is also held to limits when unpacked: see safeZip.ts). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
