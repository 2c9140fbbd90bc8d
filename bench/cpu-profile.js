// Reads a V8 CPU profile (.cpuprofile, as written by bench/api-server.js) and says where the time went:
// the functions with the most self time, the functions with the most time including what they call,
// and the time per area (our packages, each dependency, Node itself, native code and GC).
import { readFile } from 'node:fs/promises';

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, hitCount?: number, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], startTime: number, endTime: number }} Profile
 * @typedef {{ name: string, share: number }} Entry
 * @typedef {{ busy: number, self: Entry[], inclusive: Entry[], areas: Entry[] }} Summary
 */

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** @param {CallFrame} frame */
function frameName(frame) {
  if (SPECIAL.has(frame.functionName)) return frame.functionName;
  const file = frame.url.replace(/^file:\/\//, '');
  const short = file.includes('/node_modules/')
    ? file.slice(file.lastIndexOf('/node_modules/') + '/node_modules/'.length)
    : file.replace(/^.*\/packages\//, 'packages/');
  const where = short === '' ? '(native)' : `${short}:${frame.lineNumber + 1}`;
  return `${frame.functionName || '(anonymous)'} ${where}`;
}

/** @param {CallFrame} frame */
function areaOf(frame) {
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (frame.functionName === '(program)') return 'V8/native (program)';
  const url = frame.url;
  if (url === '') return 'native code / builtins';
  if (url.startsWith('node:')) return 'Node.js internals';
  const pkg = /\/packages\/(engine|server|cli)\//.exec(url);
  if (pkg && !url.includes('/node_modules/')) return `@wandelcoach/${pkg[1]}`;
  const dep = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dep) return dep[1] ?? url;
  return url;
}

/**
 * @param {Map<string, number>} map
 * @param {number} total
 * @param {number} top
 * @returns {Entry[]}
 */
function ranked(map, total, top) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, hits]) => ({ name, share: hits / total }));
}

/**
 * @param {Profile} profile
 * @param {number} [top]
 * @returns {Summary}
 */
export function summarise(profile, top = 15) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let all = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    all += node.hitCount ?? 0;
    if (node.callFrame.functionName === '(idle)') idle += node.hitCount ?? 0;
  }
  const busy = all - idle;
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  /** @type {Map<string, number>} */
  const areas = new Map();
  const root = profile.nodes[0];
  if (root === undefined || busy === 0) return { busy: 0, self: [], inclusive: [], areas: [] };

  // Depth-first, counting each sample once for every distinct function on its stack.
  /** @type {Array<{ node: ProfileNode, stack: Set<string> }>} */
  const todo = [{ node: root, stack: new Set() }];
  while (todo.length > 0) {
    const item = todo.pop();
    if (item === undefined) break;
    const { node } = item;
    const name = frameName(node.callFrame);
    const stack = SPECIAL.has(name) ? item.stack : new Set(item.stack).add(name);
    const hits = node.callFrame.functionName === '(idle)' ? 0 : (node.hitCount ?? 0);
    if (hits > 0) {
      self.set(name, (self.get(name) ?? 0) + hits);
      const area = areaOf(node.callFrame);
      areas.set(area, (areas.get(area) ?? 0) + hits);
      for (const frame of stack) inclusive.set(frame, (inclusive.get(frame) ?? 0) + hits);
    }
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next !== undefined) todo.push({ node: next, stack });
    }
  }
  self.delete('(root)');
  return {
    busy: busy / all,
    self: ranked(self, busy, top),
    inclusive: ranked(inclusive, busy, top),
    areas: ranked(areas, busy, top),
  };
}

/** @param {string} file */
export async function readProfile(file) {
  return /** @type {Profile} */ (JSON.parse(await readFile(file, 'utf8')));
}

/**
 * @param {string} title
 * @param {Summary} summary
 * @returns {string}
 */
export function formatSummary(title, summary) {
  const pct = (/** @type {number} */ share) => `${(share * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `${title}: the server's main thread was busy ${pct(summary.busy).trim()} of the measured window`,
    '  self time (share of busy samples):',
    ...summary.self.map((entry) => `    ${pct(entry.share)}  ${entry.name}`),
    '  including callees:',
    ...summary.inclusive.map((entry) => `    ${pct(entry.share)}  ${entry.name}`),
    '  by area (self time):',
    ...summary.areas.map((entry) => `    ${pct(entry.share)}  ${entry.name}`),
  ];
  return lines.join('\n');
}
