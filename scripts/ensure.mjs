// Bootstrap only (used by `npm run dev` and the test script).
import { bootstrap } from './bootstrap.mjs'

bootstrap()
