import { XMLParser } from 'fast-xml-parser';

/** One TwiML element: its verb (or noun), its attributes as written, its text and its children in order. */
export interface TwimlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: TwimlNode[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toNode(entry: OrderedNode): TwimlNode | null {
  const name = Object.keys(entry).find((key) => key !== ':@');
  if (!name || name === '#text' || name.startsWith('?')) return null;
  const content = (entry[name] as OrderedNode[]) ?? [];
  return {
    name,
    attributes: { ...(entry[':@'] ?? {}) },
    text: content
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join(''),
    children: content.map(toNode).filter((node): node is TwimlNode => node !== null),
  };
}

/** Parses a TwiML document and returns its <Response> element; throws on anything else. */
export function parseTwiml(xml: string): TwimlNode {
  const nodes = (parser.parse(xml) as OrderedNode[]).map(toNode).filter((node): node is TwimlNode => node !== null);
  const [root] = nodes;
  if (nodes.length !== 1 || root?.name !== 'Response') {
    throw new Error(`not a TwiML document: ${xml.slice(0, 200)}`);
  }
  return root;
}

/** The verbs of a response, in order, e.g. ['Gather', 'Redirect']. */
export const verbsOf = (node: TwimlNode) => node.children.map((child) => child.name);
