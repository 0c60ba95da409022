import type { Page } from 'playwright-core'

/**
 * Selects the first occurrence of `text` in the editor the way a person does: pressing the
 * mouse just before its first character and releasing it just after its last.
 */
export async function selectText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((needle) => {
    const root = document.querySelector('.tiptap')
    if (!root) return null
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1
      if (at < 0) continue
      node.parentElement?.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      const rects = range.getClientRects()
      const first = rects[0]
      const last = rects[rects.length - 1]
      if (!first || !last) return null
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      }
    }
    return null
  }, text)
  if (!box) throw new Error(`text not found in the editor: ${text}`)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
}
