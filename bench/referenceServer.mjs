// The reference: @y/websocket-server 0.1.1, in memory, no auth. Run as its own process by collab.ts.
import http from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const server = http.createServer((_req, res) => {
  res.writeHead(200)
  res.end('ok')
})
const wss = new WebSocketServer({ noServer: true })
wss.on('connection', (conn, req) => setupWSConnection(conn, req, { gc: true }))
server.on('upgrade', (req, socket, head) =>
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
)
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'))
