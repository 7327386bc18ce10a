/** `npm run demo`: serves demo/ on http://127.0.0.1:8787 (or $PORT) until stopped. */
import { startDemoServer } from './lib/demo-server.ts';

const demo = await startDemoServer(Number(process.env.PORT ?? 8787));
console.log(`Demo journal: ${demo.origin}/journal.html`);
console.log(`Demo intranet: ${demo.origin}/intranet.html`);
