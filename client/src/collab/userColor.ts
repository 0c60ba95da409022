/**
 * Dark caret colours (6-digit hex, as CollaborationCaret requires) on which white label text
 * keeps a contrast ratio above 4.5:1.
 */
const PALETTE = ['#1f5f99', '#8a3b12', '#2e6b30', '#6b3fa0', '#9c2451', '#00676b', '#7a5a00', '#4a4f9c']

/** A stable colour for a participant, so they keep it across reloads and devices. */
export function userColor(key: string): string {
  let hash = 0
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length] ?? '#1f5f99'
}
