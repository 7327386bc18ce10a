/**
 * DOM reads that a page cannot shadow. A <form> exposes its controls as properties that hide the
 * built-ins (`<input name="hasAttribute">` makes form.hasAttribute an element), and a document
 * does the same for named <img>/<form> elements. These call the prototypes' own getters and
 * methods, captured when the script starts; they also work on nodes of a same-origin frame.
 */
function getter<T>(proto: object, name: string): (node: unknown) => T {
  for (let p: object | null = proto; p !== null; p = Object.getPrototypeOf(p)) {
    const get = Object.getOwnPropertyDescriptor(p, name)?.get;
    if (get !== undefined) return (node) => get.call(node) as T;
  }
  // Only in a DOM emulation (the unit tests' happy-dom) that defines it elsewhere.
  return (node) => (node as Record<string, T>)[name] as T;
}

const N = Node.prototype;
const E = Element.prototype;
const D = Document.prototype;
const H = HTMLElement.prototype;
const { contains } = N;
const { hasAttribute, getAttribute, querySelectorAll } = E;
const { createTreeWalker, getSelection, execCommand, createRange } = D;
const { addEventListener } = EventTarget.prototype;
const { focus } = H;

export const nodeTypeOf = getter<number>(N, 'nodeType');
export const parentElementOf = getter<Element | null>(N, 'parentElement');
export const parentNodeOf = getter<Node | null>(N, 'parentNode');
export const ownerDocumentOf = getter<Document | null>(N, 'ownerDocument');
export const isConnectedOf = getter<boolean>(N, 'isConnected');
export const lastChildOf = getter<Node | null>(N, 'lastChild');
export const firstChildOf = getter<Node | null>(N, 'firstChild');
export const localNameOf = getter<string>(E, 'localName');
export const documentElementOf = getter<Element | null>(D, 'documentElement');
const contentEditable = getter<boolean>(H, 'isContentEditable');

export const containsNode = (self: Node, other: Node | null): boolean => contains.call(self, other);
export const hasAttr = (el: Element, name: string): boolean => hasAttribute.call(el, name);
export const getAttr = (el: Element, name: string): string | null => getAttribute.call(el, name);
export const queryAll = (el: Element, selector: string): NodeListOf<Element> =>
  querySelectorAll.call(el, selector);
export const createTreeWalkerOf = (doc: Document, root: Node, show: number): TreeWalker =>
  createTreeWalker.call(doc, root, show);
export const getSelectionOf = (doc: Document): Selection | null => getSelection.call(doc);
export const execCommandOf = (doc: Document, command: string, value: string): boolean =>
  execCommand.call(doc, command, false, value);
export const createRangeOf = (doc: Document): Range => createRange.call(doc);
export const listenOn = (
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  options: AddEventListenerOptions,
): void => addEventListener.call(target, type, listener, options);

/** False for what is not an HTML element (an SVG element has no isContentEditable). */
export function isContentEditableOf(el: Element): boolean {
  try {
    return contentEditable(el) === true;
  } catch {
    return false;
  }
}

export function focusOf(el: Element): void {
  try {
    focus.call(el as HTMLElement);
  } catch {
    // Not an HTML element: nothing to focus.
  }
}

/** The local name, fast: a plain read unless a form shadowed it (then it is not a string). */
export function nameOf(el: Element): string {
  const name = el.localName as unknown;
  return typeof name === 'string' ? name : localNameOf(el);
}
