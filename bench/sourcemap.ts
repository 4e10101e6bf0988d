/**
 * Just enough of source maps (v3) for bench/profile.ts: from a position in a minified file to the
 * original file and name. No dependency.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Segment {
  column: number;
  source: number;
  line: number;
  name: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(s: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export interface SourceMap {
  /** The original file and name at a 0-based line and column of the generated file. */
  at(line: number, column: number): { source: string; line: number; name?: string } | undefined;
}

export function loadSourceMap(file: string): SourceMap | undefined {
  if (!existsSync(`${file}.map`)) return undefined;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {
    sources: string[];
    names: string[];
    mappings: string;
  };
  const lines: Segment[][] = [];
  let source = 0;
  let sourceLine = 0;
  let name = 0;
  for (const line of map.mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const raw of line.split(',')) {
      if (!raw) continue;
      const v = vlq(raw);
      column += v[0]!;
      if (v.length >= 4) {
        source += v[1]!;
        sourceLine += v[2]!;
        if (v.length >= 5) name += v[4]!;
        segments.push({ column, source, line: sourceLine, name: v.length >= 5 ? name : -1 });
      }
    }
    lines.push(segments);
  }
  return {
    at(line, column) {
      const segments = lines[line];
      if (!segments?.length) return undefined;
      let best: Segment | undefined;
      for (const s of segments) {
        if (s.column > column) break;
        best = s;
      }
      if (!best) return undefined;
      return {
        source: (map.sources[best.source] ?? '?').replace(/^.*node_modules\//, '~/'),
        line: best.line + 1,
        name: best.name >= 0 ? map.names[best.name] : undefined,
      };
    },
  };
}
