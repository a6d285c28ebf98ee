/** How blocking went. */
export interface BlockStats {
  /** Blocks of two records or more, over all keys. */
  blocks: number;
  /** Records in the biggest block, skipped or not. */
  largestBlock: number;
  /** Blocks skipped for holding more than the cap. */
  truncatedBlocks: number;
}

/** The blocks each record is in, and how blocking went. */
export interface Blocks {
  members: number[][];
  ofRecord: number[][];
  stats: BlockStats;
}

/**
 * Groups records (by index) into blocks: one per distinct value of each key. Blocks of one
 * record are dropped (no pair), and blocks over `maxBlockSize` are skipped and counted,
 * which bounds the pairs any one key can make at maxBlockSize²/2.
 */
export function buildBlocks(keysPerBlocking: readonly (readonly (string | null)[])[], recordCount: number, maxBlockSize: number): Blocks {
  const members: number[][] = [];
  const ofRecord: number[][] = Array.from({ length: recordCount }, () => []);
  const stats: BlockStats = { blocks: 0, largestBlock: 0, truncatedBlocks: 0 };
  for (const keys of keysPerBlocking) {
    const byValue = new Map<string, number[]>();
    keys.forEach((key, index) => {
      if (key === null) return;
      const block = byValue.get(key);
      if (block) block.push(index);
      else byValue.set(key, [index]);
    });
    for (const block of byValue.values()) {
      if (block.length < 2) continue;
      stats.blocks++;
      stats.largestBlock = Math.max(stats.largestBlock, block.length);
      if (block.length > maxBlockSize) {
        stats.truncatedBlocks++;
        continue;
      }
      const id = members.push(block) - 1;
      for (const index of block) ofRecord[index]!.push(id);
    }
  }
  return { members, ofRecord, stats };
}

/**
 * Visits every candidate pair once, as (i, j) with i < j, in order of i then j. A pair in
 * several blocks is visited once: a mark per record, not a set of pairs, so memory stays
 * linear in the table (V8's Set also stops at 2^24 entries).
 */
export function forEachCandidatePair(blocks: Blocks, visit: (i: number, j: number) => void): void {
  const seenBy = new Int32Array(blocks.ofRecord.length).fill(-1);
  const partners: number[] = [];
  blocks.ofRecord.forEach((blockIds, i) => {
    partners.length = 0;
    for (const id of blockIds) {
      for (const j of blocks.members[id]!) {
        if (j <= i || seenBy[j] === i) continue;
        seenBy[j] = i;
        partners.push(j);
      }
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) visit(i, j);
  });
}
