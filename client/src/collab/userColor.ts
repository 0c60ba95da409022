/**
 * Dark caret and avatar colours (6-digit hex, as CollaborationCaret requires) on which white text
 * keeps a contrast ratio above 6:1. Hues far apart, ordered so that the first few differ most:
 * blue, red, green, purple, brown, teal, magenta, slate. (No olive: beside green or brown it read
 * as the same colour.)
 */
export const PALETTE = ['#1f5f99', '#b3261e', '#2e6b30', '#6b3fa0', '#8a4b00', '#00676b', '#a0246f', '#3d4a57'] as const

/** A stable preferred colour for a participant, so they keep it across reloads and devices. */
export function userColor(key: string): string {
  let hash = 0
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length] ?? '#1f5f99'
}

/**
 * The colour this client should use given the colours of the others present: its own, unless a
 * client with a lower id already has it; then the first colour of the palette nobody uses (its
 * own when all are taken). Every client decides the same way, so clashes settle in one round.
 */
export function distinctColor(own: string, selfId: number, others: Array<{ clientId: number; color: string }>): string {
  const clash = others.some((o) => o.color === own && o.clientId < selfId)
  if (!clash) return own
  const taken = new Set(others.map((o) => o.color))
  return PALETTE.find((c) => !taken.has(c)) ?? own
}
