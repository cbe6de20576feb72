import type { Element, ElementContent, Root, RootContent } from "hast";

// Rehype plugin: every body cell of a Markdown table gets its column header as a label that only
// narrow screens show (globals.css, "stacked tables"), when each row becomes a block. The label
// is aria-hidden: screen readers keep announcing the real column header of the cell.

const isElement = (node: RootContent | ElementContent, tag?: string): node is Element =>
  node.type === "element" && (tag === undefined || node.tagName === tag);

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

const childElements = (node: Element, tag: string) => node.children.filter((c): c is Element => isElement(c, tag));

function labelCells(table: Element): void {
  const head = childElements(table, "thead")[0];
  const headers = head ? childElements(childElements(head, "tr")[0] ?? head, "th").map(textOf) : [];
  for (const body of childElements(table, "tbody")) {
    for (const row of childElements(body, "tr")) {
      childElements(row, "td").forEach((cell, i) => {
        const label = headers[i]?.trim();
        if (!label) return;
        cell.children.unshift({
          type: "element",
          tagName: "span",
          properties: { className: ["cell-label"], ariaHidden: "true" },
          children: [{ type: "text", value: label }],
        });
      });
    }
  }
}

function walk(node: Root | Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === "table") labelCells(child);
    else walk(child);
  }
}

export function rehypeTableLabels() {
  return (tree: Root) => walk(tree);
}
