// server.js on several processes sharing one port, with node's cluster module: the usual way to
// use more than one core with express. WORKERS (default 2) sets how many; the rest as in server.js.
//
//   PUBLIC_KEY=hex PORT=18093 WORKERS=2 node cluster.js
const cluster = require('node:cluster');
const path = require('node:path');

const WORKERS = Number(process.env.WORKERS || 2);

cluster.setupPrimary({ exec: path.join(__dirname, 'server.js') });
for (let i = 0; i < WORKERS; i++) {
  cluster.fork();
}
cluster.on('exit', (worker, code, signal) => {
  console.error(`worker ${worker.process.pid} stopped (${signal || code})`);
});
