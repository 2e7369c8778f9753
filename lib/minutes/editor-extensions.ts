// What the section editor offers: exactly what the minutes markup can hold (paragraphs, bold, italic,
// bulleted and numbered lists, tables with a header row), so what the secretary sees is what the Word and
// PDF documents print. Nothing here depends on React; the tests build the same schema.
import { Extension, type Extensions } from "@tiptap/core";
import { ListItem, OrderedList } from "@tiptap/extension-list";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { Plugin } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";

// The markup numbers every list from 1 and knows no "a." or "i." lists: keep no start or type, so a
// pasted <ol start="3"> shows as it will print.
const NumberedList = OrderedList.extend({
  addAttributes() {
    return {
      start: { default: 1, parseHTML: () => 1, rendered: false },
      type: { default: null, parseHTML: () => null, rendered: false },
    };
  },
});

// One line per item: no second paragraph, no nested list (Tab then leaves the editor, as in a form).
const SingleLineItem = ListItem.extend({ content: "paragraph" });

// A merged cell keeps its width (written as the cell and empty cells after it); a cell spanning rows
// cannot be written row by row, so it is split. Widths and alignment are the renderers' business.
const cellAttributes = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1, parseHTML: () => 1 },
  colwidth: { default: null, parseHTML: () => null },
});
const PlainCell = TableCell.extend({ addAttributes: cellAttributes });
const PlainHeader = TableHeader.extend({ addAttributes: cellAttributes });

const inTable = (types: string[]) => types.some((type) => type === "tableCell" || type === "tableHeader");

/**
 * Table cells print as plain text on one line: bold or italic typed or pasted into a cell is removed at
 * once, and Enter does not open a second paragraph there, so the screen never shows what the documents
 * will not print.
 */
const PlainTableCells = Extension.create({
  name: "plainTableCells",
  // Before the editor's own Enter (which would split the paragraph).
  priority: 1000,
  addKeyboardShortcuts() {
    const stayInCell = () => {
      const { $from } = this.editor.state.selection;
      return inTable(Array.from({ length: $from.depth + 1 }, (_, d) => $from.node(d).type.name));
    };
    return { Enter: stayInCell, "Shift-Enter": stayInCell };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        appendTransaction(transactions, _before, state) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (node.type.name === "table") tr.removeMark(pos, pos + node.nodeSize);
            return node.type.name !== "table" && !node.isTextblock;
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});

// Shift+Enter makes a line break in Word; the markup has none, so it starts a new paragraph or item.
const LineBreakIsNewLine = Extension.create({
  name: "lineBreakIsNewLine",
  priority: 50,
  addKeyboardShortcuts() {
    return {
      "Shift-Enter": () =>
        this.editor.commands.first(({ commands }) => [
          () => commands.splitListItem("listItem"),
          () => commands.splitBlock(),
        ]),
    };
  },
});

export const minutesEditorExtensions: Extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    hardBreak: false,
    heading: false,
    horizontalRule: false,
    link: false,
    listItem: false,
    orderedList: false,
    strike: false,
    underline: false,
  }),
  NumberedList,
  SingleLineItem,
  Table,
  TableRow,
  PlainHeader,
  PlainCell,
  PlainTableCells,
  LineBreakIsNewLine,
];
