import { isWordChar, type LiteralPrefix, type PrefixAnchor } from './literal-prefixes.js';

interface BuildNode {
  next: Map<number, BuildNode>;
  /** Rules one of whose required literals ends here. */
  rules: number[];
}

/** A rule that may match, and where its matches may start (null: anywhere). */
export interface Candidate {
  rule: number;
  positions: number[] | null;
}

const newNode = (): BuildNode => ({ next: new Map(), rules: [] });

/** One trie per anchor, numbered: their roots are nodes 0, 1 and 2 of the packed arrays. */
const ANCHORS: readonly PrefixAnchor[] = ['anywhere', 'word-start', 'text-start'];
const [ANYWHERE, WORD_START, TEXT_START] = [0, 1, 2] as const;
/** A root's children for these character codes come from a table rather than a scan: roots are wide. */
const TABLE_CODES = 128;

/**
 * All rules' required literals in one trie per anchor: a single walk over the
 * text finds which rules can match at all, and where, instead of one search
 * per literal per rule. Same answer as checking, rule by rule and position by
 * position, whether one of its prefixes stands there as its anchor allows.
 *
 * The tries are built with maps, then packed into flat typed arrays: with
 * thousands of nodes, a map per node costs more in cache misses than the
 * short scans of a node's few edges.
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
    const roots = ANCHORS.map(newNode);
    prefixesByRule.forEach((prefixes, rule) => {
      if (prefixes === null) this.#alwaysRun.push(rule);
      else for (const prefix of prefixes) add(roots[ANCHORS.indexOf(prefix.anchor)]!, prefix.text, rule);
    });

    // Number the nodes depth first, roots first, then lay their edges and rules out in that order.
    const nodes: BuildNode[] = [...roots];
    const ids = new Map<BuildNode, number>(roots.map((root, id) => [root, id]));
    const visit = (node: BuildNode) => {
      for (const child of node.next.values()) {
        ids.set(child, nodes.length);
        nodes.push(child);
        visit(child);
      }
    };
    roots.forEach(visit);
    const edgeCount = nodes.reduce((sum, node) => sum + node.next.size, 0);
    const ruleCount = nodes.reduce((sum, node) => sum + node.rules.length, 0);
    this.#edgeStart = new Int32Array(nodes.length + 1);
    this.#edgeChar = new Uint16Array(edgeCount);
    this.#edgeTarget = new Int32Array(edgeCount);
    this.#ruleStart = new Int32Array(nodes.length + 1);
    this.#ruleList = new Int32Array(ruleCount);
    let edge = 0;
    let ruleAt = 0;
    nodes.forEach((node, id) => {
      this.#edgeStart[id] = edge;
      for (const [code, child] of node.next) {
        this.#edgeChar[edge] = code;
        this.#edgeTarget[edge] = ids.get(child)!;
        edge += 1;
      }
      this.#ruleStart[id] = ruleAt;
      for (const rule of node.rules) this.#ruleList[ruleAt++] = rule;
    });
    this.#edgeStart[nodes.length] = edge;
    this.#ruleStart[nodes.length] = ruleAt;

    this.#rootTables = roots.map((root) => {
      const children = new Int32Array(TABLE_CODES).fill(-1);
      for (const [code, child] of root.next) if (code < TABLE_CODES) children[code] = ids.get(child)!;
      return children;
    });
    this.#anywhereEmpty = roots[ANYWHERE]!.next.size === 0;
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

function add(root: BuildNode, literal: string, rule: number): void {
  let node = root;
  for (let index = 0; index < literal.length; index += 1) {
    const code = literal.charCodeAt(index);
    let child = node.next.get(code);
    if (!child) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  if (!node.rules.includes(rule)) node.rules.push(rule);
}
