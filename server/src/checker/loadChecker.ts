/**
 * The checker and the export text helpers (which carry the rule sets) are loaded on first use: a node
 * that nobody asks to check or export never holds their compiled vocabulary and rules (some 10 MB).
 * The build puts them in chunks of their own (esbuild `splitting`).
 */
export const loadChecker = () => import('@regiovisie/shared/checker')
export const loadExportText = () => import('@regiovisie/shared/export')
