/**
 * Building DOM from data. Text always goes in through text nodes (textContent), never innerHTML:
 * names and sentences come from articles, and article text must never become markup.
 */
type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.title) element.title = props.title;
  if (props.attrs) for (const [name, value] of Object.entries(props.attrs)) element.setAttribute(name, value);
  if (props.dataset) for (const [name, value] of Object.entries(props.dataset)) element.dataset[name] = value;
  if (props.on) {
    for (const [type, handler] of Object.entries(props.on)) element.addEventListener(type, handler as EventListener);
  }
  if (props.text !== undefined) element.textContent = props.text;
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: the page has no #${id}`);
  return element as T;
}

/** A small coloured disc, for labels and relationship types. */
export function swatch(color: string): HTMLSpanElement {
  const dot = el('span', { className: 'swatch' });
  dot.style.backgroundColor = color;
  return dot;
}
