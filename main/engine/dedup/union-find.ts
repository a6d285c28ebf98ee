/** Disjoint sets over 0…size−1, with path halving and union by size, so each call is near constant time. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  /** The representative of the set holding `x`. */
  find(x: number): number {
    let node = x;
    while (this.parent[node] !== node) {
      this.parent[node] = this.parent[this.parent[node]!]!;
      node = this.parent[node]!;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`. */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
  }
}

/** Records found to be one person. */
export interface Cluster {
  id: string;
  members: string[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Connected components of the matched pairs, two records or more each. Members are
 * sorted, clusters are ordered by their first member and numbered `cluster-1`, `cluster-2`…,
 * so the same matches always give the same ids whatever order they came in. Sorting is
 * by code units, not locale, for the same reason.
 */
export function clusterPairs(pairs: Iterable<readonly [string, string]>): Cluster[] {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.push(id) - 1;
      index.set(id, i);
    }
    return i;
  };
  const links: [number, number][] = [];
  for (const [a, b] of pairs) links.push([indexOf(a), indexOf(b)]);
  const sets = new UnionFind(ids.length);
  for (const [a, b] of links) sets.union(a, b);
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  });
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => members.sort(byCodeUnits))
    .sort((a, b) => byCodeUnits(a[0]!, b[0]!))
    .map((members, i) => ({ id: `cluster-${i + 1}`, members }));
}
