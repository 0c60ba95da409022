import { crc32, inflateRawSync } from 'node:zlib'
import { ImportError, ImportTooLarge } from './ImportError.ts'

/**
 * Unpacking a DOCX within bounds. A 400 KB zip can inflate to gigabytes (a zip bomb), so before
 * anything is inflated the central directory's declared sizes are checked, and while inflating each
 * part is held to its declared size (a directory that lies is caught there). Only the XML parts are
 * unpacked, since those are all the converter reads (images are dropped); the rest become empty.
 */

/** Uncompressed bytes of all XML parts together (document.xml is one of them). */
export const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024
/**
 * Elements in all XML parts together. Converting costs some 10 µs and 500 bytes per element, so this
 * keeps a DOCX within about two seconds; a 30,000-word regiovisie has well under 150,000.
 */
export const MAX_XML_ELEMENTS = 250_000
/** Parts in one archive (a DOCX has some tens; hundreds with many images). */
const MAX_ENTRIES = 2000
/** A part larger than this must not be compressed more than MAX_RATIO times. */
const RATIO_FLOOR_BYTES = 1024 * 1024
const MAX_RATIO = 100

const NOT_A_DOCX = 'het bestand is geen leesbaar Word-document (.docx)'
const TOO_BIG = `het Word-document is uitgepakt te groot (meer dan ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB tekst en opmaak)`
const BOMB = 'het Word-document is verdacht sterk ingepakt (een zip-bom?) en wordt niet gelezen'
const TOO_MANY_ELEMENTS = 'het Word-document is te groot of te ingewikkeld om te importeren (te veel opmaakelementen)'

interface Entry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

/** The parts of a zip archive, the XML parts inflated (within the limits above), the others empty. */
export function unzipDocx(zip: Uint8Array): Map<string, Uint8Array> {
  const entries = centralDirectory(zip)
  let declared = 0
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue
    declared += e.size
    if (declared > MAX_UNZIPPED_BYTES) throw new ImportTooLarge(TOO_BIG)
    if (e.size > RATIO_FLOOR_BYTES && e.size > MAX_RATIO * e.compressedSize) throw new ImportTooLarge(BOMB)
  }
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const parts = new Map<string, Uint8Array>()
  let elements = 0
  for (const e of entries) {
    if (!isXmlPart(e.name)) {
      parts.set(e.name, new Uint8Array(0))
      continue
    }
    if (e.localOffset + 30 > zip.byteLength || view.getUint32(e.localOffset, true) !== 0x04034b50)
      throw new ImportError(NOT_A_DOCX)
    const start =
      e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true)
    if (start + e.compressedSize > zip.byteLength) throw new ImportError(NOT_A_DOCX)
    const data = zip.subarray(start, start + e.compressedSize)
    const part = e.method === 0 ? data : inflate(data, e.size)
    elements += countElements(part)
    if (elements > MAX_XML_ELEMENTS) throw new ImportTooLarge(TOO_MANY_ELEMENTS)
    parts.set(e.name, part)
  }
  return parts
}

/** Start tags in XML: a '<' not followed by '/', '?' or '!'. */
function countElements(xml: Uint8Array): number {
  let n = 0
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    const next = xml[i + 1]
    if (next !== 0x2f && next !== 0x3f && next !== 0x21) n++
  }
  return n
}

/** Inflates at most `size` bytes: more means the central directory lied about this part. */
function inflate(data: Uint8Array, size: number): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, size) }).subarray(0, size)
  } catch (err) {
    if (err instanceof RangeError) throw new ImportTooLarge(BOMB)
    throw new ImportError(NOT_A_DOCX)
  }
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name)

function centralDirectory(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535, at the very end.
  let eocd = -1
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ImportError(NOT_A_DOCX)
  const count = view.getUint16(eocd + 10, true)
  const offset = view.getUint32(eocd + 16, true)
  // Multi-disk and ZIP64 archives (a DOCX of at most 20 MB never needs them) are not read.
  if (view.getUint16(eocd + 4, true) !== 0 || count === 0xffff || offset === 0xffffffff)
    throw new ImportError(NOT_A_DOCX)
  if (count > MAX_ENTRIES) throw new ImportTooLarge(BOMB)
  const entries: Entry[] = []
  const names = new Set<string>()
  let p = offset
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.byteLength || view.getUint32(p, true) !== 0x02014b50) throw new ImportError(NOT_A_DOCX)
    const flags = view.getUint16(p + 8, true)
    const method = view.getUint16(p + 10, true)
    const compressedSize = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLength = view.getUint16(p + 28, true)
    const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    if (next > zip.byteLength) throw new ImportError(NOT_A_DOCX)
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength))
    // Encrypted parts, other compression methods, ZIP64 sizes or a part named twice: not a DOCX we read.
    if (flags & 1 || (method !== 0 && method !== 8) || size === 0xffffffff || compressedSize === 0xffffffff)
      throw new ImportError(NOT_A_DOCX)
    if (method === 0 && size !== compressedSize) throw new ImportError(NOT_A_DOCX)
    if (names.has(name)) throw new ImportError(NOT_A_DOCX)
    names.add(name)
    entries.push({ name, method, compressedSize, size, localOffset: view.getUint32(p + 42, true) })
    p = next
  }
  return entries
}

/** A zip archive of the parts, stored without compression (for the converter, which reads a zip). */
export function storedZip(parts: Map<string, Uint8Array>): Buffer {
  const chunks: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const [name, data] of parts) {
    const nameBytes = new TextEncoder().encode(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.byteLength, 18)
    local.writeUInt32LE(data.byteLength, 22)
    local.writeUInt16LE(nameBytes.byteLength, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // version made by
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.byteLength, 20)
    central.writeUInt32LE(data.byteLength, 24)
    central.writeUInt16LE(nameBytes.byteLength, 28)
    central.writeUInt32LE(offset, 42)
    chunks.push(local, nameBytes, data)
    directory.push(central, nameBytes)
    offset += 30 + nameBytes.byteLength + data.byteLength
  }
  const directorySize = directory.reduce((n, c) => n + c.byteLength, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.size, 8)
  end.writeUInt16LE(parts.size, 10)
  end.writeUInt32LE(directorySize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, ...directory, end])
}
