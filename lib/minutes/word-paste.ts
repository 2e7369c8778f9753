// Word puts list items on the clipboard as paragraphs styled "mso-list:l0 level1 lfo1", each opening with
// the bullet or number Word drew itself, between <![if !supportLists]> and <![endif]> in a span styled
// "mso-list:Ignore". Read as HTML they are paragraphs starting "·" or "1.": this turns them into real
// lists before the editor reads the paste. The markup has one level, so levels are flattened; a run of
// items of one Word list and one kind becomes one list. The empty paragraphs Word uses for spacing go.
// Runs in the browser (DOMParser); the tests use happy-dom.

const LIST_PARAGRAPH = /mso-list:\s*(l\d+)\s+level\d+/iu;
// "1.", "2)", "a.", "iv.", "(3)" are numbers; "·", "o", "§", "-", "•" are bullets.
const NUMBER_MARKER = /^\(?(\d+|[a-z]{1,2}|[ivxlcdm]+)[.)]/iu;

/** Removes Word's own list marker from the paragraph and returns its text. */
function takeMarker(paragraph: Element): string {
  let marker = "";
  let inside = false;
  for (const node of [...paragraph.childNodes]) {
    const comment = node.nodeType === 8 ? (node.textContent ?? "") : null;
    if (comment?.includes("if !supportLists")) inside = true;
    if (inside) {
      if (comment === null) marker += node.textContent ?? "";
      if (comment?.includes("endif")) inside = false;
      node.remove();
    }
  }
  // Without the conditional comments (some clipboards drop them) the marker span is still marked.
  for (const span of paragraph.querySelectorAll("span")) {
    if (!/mso-list:\s*ignore/iu.test(span.getAttribute("style") ?? "")) continue;
    marker += span.textContent ?? "";
    span.remove();
  }
  return marker.replace(/[\s\u00a0]+/gu, "");
}

/** The next element, if only white space and comments stand between. */
function nextElement(node: Element): Element | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1) return next as Element;
    if (next.nodeType === 3 && next.textContent?.trim()) return null;
  }
  return null;
}

export function wordListsToHtml(html: string): string {
  if (!/mso-|urn:schemas-microsoft-com/iu.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const p of doc.body.querySelectorAll("p")) {
    if (!p.textContent?.replace(/[\s\u00a0]+/gu, "") && !p.querySelector("img")) p.remove();
  }
  let list: Element | null = null;
  let last: { element: Element; id: string; ordered: boolean } | null = null;
  for (const paragraph of [...doc.body.querySelectorAll("p, h1, h2, h3, h4, h5, h6")]) {
    const id = LIST_PARAGRAPH.exec(paragraph.getAttribute("style") ?? "")?.[1];
    if (!id) continue;
    const ordered = NUMBER_MARKER.test(takeMarker(paragraph));
    const continues =
      last && list && last.id === id && last.ordered === ordered && nextElement(last.element) === paragraph;
    if (!continues) {
      list = doc.createElement(ordered ? "ol" : "ul");
      paragraph.before(list);
    }
    const item = doc.createElement("li");
    const text = doc.createElement("p");
    text.append(...paragraph.childNodes);
    item.append(text);
    list!.append(item);
    // The paragraph stays as a placeholder until the next one is checked for adjacency, then goes.
    last?.element.remove();
    last = { element: paragraph, id, ordered };
  }
  last?.element.remove();
  return doc.body.innerHTML;
}
