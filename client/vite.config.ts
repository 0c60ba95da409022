import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const server = 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Two copies of yjs break collaboration ("Yjs was already imported"); see stack.md.
    dedupe: ['yjs', 'y-protocols', 'lib0', '@tiptap/pm'],
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/collab': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Tiptap, ProseMirror and Yjs are one working set for the only real page; splitting gains little.
    chunkSizeWarningLimit: 1000,
  },
})
