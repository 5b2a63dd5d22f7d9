// youtubei.js's parser over a playlist's browse pages, in-process: JSON.parse, Parser.parseResponse,
// and reading each video's id, title and view text. Prints MB/s after a warm-up.
// Run: node youtubei.mjs DIR (youtubei.js installed beside it by bench/run).
import { Parser } from 'youtubei.js';
import fs from 'fs';
import path from 'path';

Parser.setParserErrorHandler(() => {});
const folder = process.argv[2];
const pages = fs.readdirSync(folder).filter(n => n.endsWith('.json')).sort()
    .map(n => fs.readFileSync(path.join(folder, n)));
const size = pages.reduce((sum, page) => sum + page.length, 0);

function items(node, out) {
  if (Array.isArray(node)) { node.forEach(n => items(n, out)); return; }
  if (!node || typeof node !== 'object') return;
  if (node.type === 'PlaylistVideo' || node.type === 'LockupView') {
    out.push([node.id ?? node.content_id, String(node.title ?? node.metadata?.title ?? ''), String(node.video_info ?? '')]);
    return;
  }
  for (const key of ['contents', 'on_response_received_actions', 'tabs', 'content', 'items']) {
    if (node[key]) items(node[key], out);
  }
}

function read() {
  const out = [];
  for (const page of pages) items(Parser.parseResponse(JSON.parse(page.toString('utf8'))), out);
  return out;
}

const videos = read().length; // warm-up
let rounds = 0;
const start = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - start) < 5e9) { read(); rounds++; }
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${(size * rounds / seconds / 1e6).toFixed(1)} MB/s (${videos} videos a round)`);
