import { LRUCache } from 'lru-cache';
import type { JsonAnswer } from '../../lib/http-cache';

/**
 * Dashboard answers kept until the data behind them changes (docs/decisions/019-national-scale.md).
 * The key holds the question (route and query), the asker's scope, Vietnam's date (a directive turns
 * overdue at midnight) and the data version: the last audit-trail entry about units, inspections,
 * directives or imports, read in the same snapshot as the answer. Every change to them records such an
 * entry in its own transaction, so once a change is visible, so is a new key. Bounded by size (LRU).
 */
export type AnswerCache = {
  get(key: string): JsonAnswer | undefined;
  set(key: string, answer: JsonAnswer): void;
};

export function createAnswerCache(maxMegabytes: number): AnswerCache | undefined {
  if (maxMegabytes <= 0) return undefined;
  const cache = new LRUCache<string, JsonAnswer>({
    maxSize: maxMegabytes * 1024 * 1024,
    // JavaScript strings hold two bytes per character.
    sizeCalculation: (answer) => answer.json.length * 2 + 256,
  });
  return { get: (key) => cache.get(key), set: (key, answer) => void cache.set(key, answer) };
}
