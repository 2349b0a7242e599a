// The peer a bot author would otherwise pick: Discord's discord-interactions package on express,
// written the way its README shows. verifyKeyMiddleware checks the Ed25519 signature (401 if it
// fails) and answers PING itself; every other interaction gets a canned ephemeral reply of about
// the size of one of ForumHelper's answers, as the floor (../FloorEndpoint.cs) sends.
//
//   PUBLIC_KEY=hex PORT=18092 node server.js        # REPLY_BYTES (default 3600) sets the reply's size
//
// One process: node runs this JavaScript on one thread. cluster.js beside it starts several.
const express = require('express');
const {
  InteractionResponseFlags,
  InteractionResponseType,
  verifyKeyMiddleware,
} = require('discord-interactions');

const PUBLIC_KEY = process.env.PUBLIC_KEY;
const PORT = Number(process.env.PORT || 3000);
const HOST = process.env.HOST || '127.0.0.1';
const REPLY_BYTES = Number(process.env.REPLY_BYTES || 3600);

if (!PUBLIC_KEY) {
  console.error('Set PUBLIC_KEY to the application public key (hex).');
  process.exit(2);
}

// Padded so the whole JSON reply is REPLY_BYTES long, like the floor's canned reply.
function cannedReply(content) {
  return {
    type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE,
    data: {
      flags: InteractionResponseFlags.EPHEMERAL,
      allowed_mentions: { parse: [] },
      content,
    },
  };
}
const filler = 'x'.repeat(Math.max(0, REPLY_BYTES - JSON.stringify(cannedReply('')).length));

const app = express();

app.post('/interactions', verifyKeyMiddleware(PUBLIC_KEY), (req, res) => {
  // PING never gets here: the middleware answers it with a PONG.
  res.send(cannedReply(filler));
});

app.get('/healthz', (req, res) => {
  res.send('ok');
});

app.listen(PORT, HOST, () => {
  console.log(`node peer listening on http://${HOST}:${PORT} (pid ${process.pid})`);
});
