/**
 * Building DOM without innerHTML: text is always text. `marked` turns the `search` snippets
 * (HTML-escaped text with <mark> around matches) into text nodes and <mark> elements.
 */

import { compact } from '../../ingest/text';

type Child = Node | string | null | undefined | false;

/** An element with attributes (`class`, `data-*`, …; a function is an event listener) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | ((event: Event) => void)> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/u, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A snippet's text with its <mark> spans, as nodes (entities decoded, no other markup kept). */
export function marked(snippet: string): Node[] {
  const decode = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
  return snippet.split(/(<mark>[\s\S]*?<\/mark>)/u).map((part) => {
    const m = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
    return m ? h('mark', {}, decode(m[1])) : document.createTextNode(decode(part));
  });
}

/** Text for matching as the API compares it (NFKC, no white space), and lower case. */
export function matchKey(text: string): string {
  return compact(text).toLowerCase();
}
