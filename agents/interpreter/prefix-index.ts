import { isWordChar, type LiteralPrefix, type PrefixAnchor } from './literal-prefixes.js';

/** A rule that may match, and where its matches may start (null: anywhere). */
export interface Candidate {
  rule: number;
  positions: number[] | null;
}

/** One trie per anchor, numbered: their roots are nodes 0, 1 and 2 of the packed arrays. */
const ANCHORS: readonly PrefixAnchor[] = ['anywhere', 'word-start', 'text-start'];
const [ANYWHERE, WORD_START, TEXT_START] = [0, 1, 2] as const;
const ROOTS = ANCHORS.length;
/** A root's children for these character codes come from a table rather than a scan: roots are wide. */
const TABLE_CODES = 128;

/**
 * All rules' required literals in one trie per anchor: a single walk over the
 * text finds which rules can match at all, and where, instead of one search
 * per literal per rule. Same answer as checking, rule by rule and position by
 * position, whether one of its prefixes stands there as its anchor allows.
 *
 * The tries live in flat typed arrays: with tens of thousands of nodes, a map
 * per node would cost more in cache misses than the short scans of a node's
 * few edges, and tens of megabytes while the index is built (see buildTrie).
 */
export class PrefixIndex {
  readonly #alwaysRun: number[] = [];
  /** Node n's edges are edgeChar/edgeTarget[edgeStart[n] … edgeStart[n + 1]). */
  readonly #edgeStart: Int32Array;
  readonly #edgeChar: Uint16Array;
  readonly #edgeTarget: Int32Array;
  /** Node n completes the literals of ruleList[ruleStart[n] … ruleStart[n + 1]). */
  readonly #ruleStart: Int32Array;
  readonly #ruleList: Int32Array;
  /** Per anchor, its root's child for each code below TABLE_CODES (-1: none). */
  readonly #rootTables: Int32Array[];
  readonly #anywhereEmpty: boolean;
  /** Scratch for candidates(): where each rule is in the list, plus one (0: not listed). Cleared between calls. */
  readonly #slot: Int32Array;

  constructor(prefixesByRule: readonly (readonly LiteralPrefix[] | null)[]) {
    const literals: Literal[] = [];
    prefixesByRule.forEach((prefixes, rule) => {
      if (prefixes === null) this.#alwaysRun.push(rule);
      else for (const { text, anchor } of prefixes) literals.push({ root: ANCHORS.indexOf(anchor), text, rule });
    });
    const trie = buildTrie(literals);
    const nodeCount = trie.parent.length;

    // A node's edges lie together, in the order its children were numbered (their characters' order).
    const edges = groupByKey(trie.parent.subarray(ROOTS), nodeCount);
    this.#edgeStart = edges.starts;
    this.#edgeTarget = edges.order.map((child) => child + ROOTS);
    this.#edgeChar = Uint16Array.from(this.#edgeTarget, (child) => trie.char[child]!);
    const rules = groupByKey(
      trie.ends.map(({ node }) => node),
      nodeCount,
    );
    this.#ruleStart = rules.starts;
    this.#ruleList = rules.order.map((end) => trie.ends[end]!.rule);

    this.#rootTables = ANCHORS.map((_, root) => {
      const children = new Int32Array(TABLE_CODES).fill(-1);
      for (let edge = this.#edgeStart[root]!; edge < this.#edgeStart[root + 1]!; edge += 1) {
        const code = this.#edgeChar[edge]!;
        if (code < TABLE_CODES) children[code] = this.#edgeTarget[edge]!;
      }
      return children;
    });
    this.#anywhereEmpty = this.#edgeStart[ANYWHERE]! === this.#edgeStart[ANYWHERE + 1]!;
    this.#slot = new Int32Array(prefixesByRule.length);
  }

  /**
   * The rules that may match somewhere in text, in ascending order, each with
   * the positions where one of its literals starts, in ascending order: no
   * match of the rule can start anywhere else (null: a rule without literals
   * may start anywhere).
   */
  candidates(text: string): Candidate[] {
    const found: Candidate[] = this.#alwaysRun.map((rule) => ({ rule, positions: null }));
    let previousIsWord = false;
    for (let start = 0; start < text.length; start += 1) {
      const code = text.charCodeAt(start);
      const isWord = isWordChar(code);
      if (start === 0) this.#walk(TEXT_START, code, text, start, found);
      if (isWord && !previousIsWord) this.#walk(WORD_START, code, text, start, found);
      if (!this.#anywhereEmpty) this.#walk(ANYWHERE, code, text, start, found);
      previousIsWord = isWord;
    }
    for (const { rule } of found) this.#slot[rule] = 0;
    return found.length > 1 ? found.sort((a, b) => a.rule - b.rule) : found;
  }

  /** Records, at start, the rules of every literal in the anchor's trie that text spells from there (code first). */
  #walk(anchor: number, code: number, text: string, start: number, found: Candidate[]): void {
    let node = code < TABLE_CODES ? this.#rootTables[anchor]![code]! : this.#child(anchor, code);
    for (let index = start + 1; node !== -1; index += 1) {
      for (let at = this.#ruleStart[node]!; at < this.#ruleStart[node + 1]!; at += 1) {
        this.#record(this.#ruleList[at]!, start, found);
      }
      if (index >= text.length) return;
      node = this.#child(node, text.charCodeAt(index));
    }
  }

  #record(rule: number, start: number, found: Candidate[]): void {
    const slot = this.#slot[rule]!;
    if (slot === 0) {
      found.push({ rule, positions: [start] });
      this.#slot[rule] = found.length;
      return;
    }
    // Starts come in order; several literals of a rule may start at the same place.
    const positions = found[slot - 1]!.positions;
    if (positions !== null && positions[positions.length - 1] !== start) positions.push(start);
  }

  /** The node reached from node by code, or -1. */
  #child(node: number, code: number): number {
    const end = this.#edgeStart[node + 1]!;
    for (let edge = this.#edgeStart[node]!; edge < end; edge += 1) {
      if (this.#edgeChar[edge] === code) return this.#edgeTarget[edge]!;
    }
    return -1;
  }
}

interface Literal {
  root: number;
  text: string;
  rule: number;
}

interface Trie {
  /** Node n's parent (-1 for the roots) and the character on the edge from it; nodes are numbered depth first. */
  parent: Int32Array;
  char: Uint16Array;
  /** Each literal's last node and its rule, once per pair. */
  ends: { node: number; rule: number }[];
}

/**
 * The tries of all literals, numbered depth first, roots first. Built from the
 * literals sorted, root by root and text by text, so each literal shares with
 * the one before it the path of their common start and adds a node per
 * character beyond it, in order: no map per node (with tens of thousands of
 * nodes, maps would cost tens of megabytes while the index is built).
 */
function buildTrie(literals: Literal[]): Trie {
  literals.sort((a, b) => a.root - b.root || (a.text < b.text ? -1 : a.text > b.text ? 1 : a.rule - b.rule));
  const capacity = ROOTS + literals.reduce((sum, { text }) => sum + text.length, 0);
  const parent = new Int32Array(capacity).fill(-1, 0, ROOTS);
  const char = new Uint16Array(capacity);
  const ends: Trie['ends'] = [];
  let nodeCount = ROOTS;
  /** The nodes along the previous literal: path[k] is reached by its first k characters. */
  const path: number[] = [];
  let previous: Literal | undefined;
  for (const literal of literals) {
    const { root, text, rule } = literal;
    let shared = 0;
    if (previous?.root === root) {
      const limit = Math.min(text.length, previous.text.length);
      while (shared < limit && text.charCodeAt(shared) === previous.text.charCodeAt(shared)) shared += 1;
    }
    path.length = shared + 1;
    path[0] = root;
    for (let index = shared; index < text.length; index += 1) {
      parent[nodeCount] = path[index]!;
      char[nodeCount] = text.charCodeAt(index);
      path.push(nodeCount);
      nodeCount += 1;
    }
    const node = path[text.length]!;
    const last = ends[ends.length - 1];
    if (last?.node !== node || last.rule !== rule) ends.push({ node, rule });
    previous = literal;
  }
  return { parent: parent.slice(0, nodeCount), char: char.slice(0, nodeCount), ends };
}

/**
 * A counting sort: the indices of `keys` grouped by key (each below `groups`),
 * in order within a group; group g is order[starts[g] … starts[g + 1]).
 */
function groupByKey(keys: ArrayLike<number>, groups: number): { starts: Int32Array; order: Int32Array } {
  const starts = new Int32Array(groups + 1);
  for (let index = 0; index < keys.length; index += 1) starts[keys[index]! + 1]! += 1;
  for (let group = 0; group < groups; group += 1) starts[group + 1]! += starts[group]!;
  const next = starts.slice(0, groups);
  const order = new Int32Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) order[next[keys[index]!]!++] = index;
  return { starts, order };
}
