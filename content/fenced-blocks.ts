// Fenced code blocks carrying an identifier (```conf id=squid-allow-localnet) are the single
// source of the config changes in fix guides: the real-server tests apply them verbatim and the
// parity test keeps them byte-identical across locales. See content/README.md.

export interface FencedBlock {
  id: string;
  lang: string;
  code: string;
}

// Only blocks that start at column 0: an indented fence would carry its indentation into code.
const FENCE = /^```([\w-]*)[ \t]+([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;
const ID = /(?:^|\s)id=([a-z0-9][a-z0-9-]*)(?=\s|$)/;

/** Every fenced block with an `id=` in its meta, in document order. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  for (const m of markdown.matchAll(FENCE)) {
    const id = ID.exec(m[2] ?? "")?.[1];
    if (id) blocks.push({ id, lang: m[1] ?? "", code: m[3] ?? "" });
  }
  return blocks;
}

/** The block with this id; throws naming the id when it is missing or duplicated. */
export function fencedBlock(markdown: string, id: string, where = "content"): FencedBlock {
  const found = fencedBlocks(markdown).filter((b) => b.id === id);
  if (found.length !== 1) {
    throw new Error(`${where}: expected exactly one fenced block with id=${id}, found ${found.length}`);
  }
  return found[0]!;
}
