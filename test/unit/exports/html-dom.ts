import { parse } from 'parse5';

/** Minimal DOM helpers over parse5's default tree, for reading the HTML export like a browser would. */
export interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

export function parseHtml(html: string): Node {
  return parse(html) as unknown as Node;
}

export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  const content = (node as unknown as { content?: Node }).content;
  if (content) walk(content, visit);
}

export function all(root: Node, predicate: (node: Node) => boolean): Node[] {
  const found: Node[] = [];
  walk(root, (node) => {
    if (predicate(node)) found.push(node);
  });
  return found;
}

export function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

export function textContent(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textContent).join('');
}

export const byTag = (tag: string) => (node: Node): boolean => node.tagName === tag;
export const hasAttr = (name: string) => (node: Node): boolean => attr(node, name) !== undefined;
