interface TrieNode {
  next: Map<string, TrieNode>;
  /** Rules one of whose required literals ends here. */
  rules: number[];
}

/**
 * All rules' required literals in one trie: a single walk over the text finds
 * which rules can match at all, instead of one `includes` per literal per
 * rule. Same answer as `prefixes.some((p) => text.includes(p))`, rule by rule.
 */
export class PrefixIndex {
  readonly #root: TrieNode = { next: new Map(), rules: [] };
  readonly #alwaysRun: number[] = [];
  readonly #size: number;

  constructor(prefixesByRule: readonly (readonly string[] | null)[]) {
    this.#size = prefixesByRule.length;
    prefixesByRule.forEach((prefixes, rule) => {
      if (prefixes === null) {
        this.#alwaysRun.push(rule);
        return;
      }
      for (const prefix of prefixes) this.#add(prefix, rule);
    });
  }

  /** candidates[rule] is true when the rule may match somewhere in text. */
  candidates(text: string): boolean[] {
    const found: boolean[] = new Array<boolean>(this.#size).fill(false);
    for (const rule of this.#alwaysRun) found[rule] = true;
    for (let start = 0; start < text.length; start += 1) {
      let node: TrieNode | undefined = this.#root;
      for (let index = start; index < text.length; index += 1) {
        node = node.next.get(text[index]!);
        if (node === undefined) break;
        for (const rule of node.rules) found[rule] = true;
      }
    }
    return found;
  }

  #add(prefix: string, rule: number): void {
    let node = this.#root;
    for (const char of prefix) {
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map(), rules: [] };
        node.next.set(char, child);
      }
      node = child;
    }
    if (!node.rules.includes(rule)) node.rules.push(rule);
  }
}
