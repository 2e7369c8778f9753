"use client";

import { type Editor, EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { Node, Slice } from "@tiptap/pm/model";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { documentToMarkup, markupToDocument } from "@/lib/minutes/editor-document";
import { minutesEditorExtensions } from "@/lib/minutes/editor-extensions";
import { wordListsToHtml } from "@/lib/minutes/word-paste";

export interface RichTextEditorProps {
  /** The section's markup; a new value from outside (the colleague's text, chosen) replaces the document. */
  value: string;
  onChange: (markup: string) => void;
  onBlur: () => void;
  labelledBy: string;
  describedBy: string;
  toolbarLabel: string;
}

/**
 * A word processor's feel over the minutes markup: the document is loaded from the markup and every
 * change is reported as markup, so the stored form and the renderers stay one model. Loaded only on the
 * minutes page, and only in the browser.
 */
export default function RichTextEditor({
  value,
  onChange,
  onBlur,
  labelledBy,
  describedBy,
  toolbarLabel,
}: RichTextEditorProps) {
  // The value last given or reported, and the markup of the document last reported: a transaction that
  // leaves the markup as it was (an empty paragraph, a cursor move) reports nothing.
  const known = useRef(value);
  const reported = useRef<string | null>(null);
  const callbacks = useRef({ onChange, onBlur });
  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  }, [onChange, onBlur]);

  const editor = useEditor({
    extensions: minutesEditorExtensions,
    content: markupToDocument(value),
    // Rendered only in the browser (see SectionEditor), so it can render at once.
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        "aria-describedby": describedBy,
        class: editableClass,
      },
      transformPastedHTML: wordListsToHtml,
      // Plain text (from an e-mail, or the old editor) is read as the markup it usually is.
      clipboardTextParser: (text, _context, _plain, view) =>
        Slice.maxOpen(Node.fromJSON(view.state.schema, markupToDocument(text)).content),
    },
    onCreate: ({ editor }) => {
      reported.current = documentToMarkup(editor.getJSON());
    },
    onUpdate: ({ editor }) => {
      const markup = documentToMarkup(editor.getJSON());
      if (markup === reported.current) return;
      reported.current = known.current = markup;
      callbacks.current.onChange(markup);
    },
    onBlur: () => callbacks.current.onBlur(),
  });

  useEffect(() => {
    if (!editor || value === known.current) return;
    known.current = value;
    editor.commands.setContent(markupToDocument(value), { emitUpdate: false });
    reported.current = documentToMarkup(editor.getJSON());
  }, [editor, value]);

  return (
    <div>
      <Toolbar editor={editor} label={toolbarLabel} />
      <EditorContent editor={editor} />
    </div>
  );
}

const editableClass = [
  // The text itself scrolls sideways when a wide table does not fit (a phone): it is focusable, a table
  // wrapper would not be.
  "min-h-32 overflow-x-auto rounded-b-md border border-slate-300 px-3 py-2 text-base leading-7 whitespace-pre-wrap",
  "[&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-7 [&_ol]:list-decimal [&_ol]:pl-7",
  "[&_table]:my-2 [&_table]:w-full [&_table]:min-w-[36rem] [&_table]:border-collapse [&_table]:text-sm",
  "[&_td]:border [&_td]:border-slate-400 [&_td]:px-2 [&_td]:align-top",
  "[&_th]:border [&_th]:border-slate-400 [&_th]:bg-slate-50 [&_th]:px-2 [&_th]:font-semibold",
  "[&_.selectedCell]:bg-sky-100",
].join(" ");

type ToolState = {
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

function toolState(editor: Editor | null): ToolState | null {
  if (!editor) return null;
  return {
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    inTable: editor.isActive("table"),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

interface Tool {
  key: string;
  label: string;
  /** Without an icon the label is shown. */
  icon?: ReactNode;
  run: (editor: Editor) => void;
  pressed?: boolean;
  disabled?: boolean;
  keys?: { aria: string; shown: string };
}

/**
 * One tab stop, arrow keys between the buttons (the WAI-ARIA toolbar pattern). Buttons keep the focus in
 * the text when pressed with a mouse or a finger, so the selection they act on stays.
 */
function Toolbar({ editor, label }: { editor: Editor | null; label: string }) {
  const t = useTranslations("editor");
  const state = useEditorState({ editor, selector: ({ editor }) => toolState(editor) });
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const s = state ?? toolState(null);
  const inTable = !!s?.inTable;

  const tools: Tool[] = [
    {
      key: "bold",
      label: t("bold"),
      icon: <span className="text-lg font-bold">B</span>,
      run: (e) => e.chain().focus().toggleBold().run(),
      pressed: !!s?.bold,
      disabled: inTable,
      keys: { aria: "Control+B", shown: "Ctrl+B" },
    },
    {
      key: "italic",
      label: t("italic"),
      icon: <span className="font-serif text-lg italic">I</span>,
      run: (e) => e.chain().focus().toggleItalic().run(),
      pressed: !!s?.italic,
      disabled: inTable,
      keys: { aria: "Control+I", shown: "Ctrl+I" },
    },
    {
      key: "bulletList",
      label: t("bulletList"),
      icon: <BulletIcon />,
      run: (e) => e.chain().focus().toggleBulletList().run(),
      pressed: !!s?.bulletList,
      disabled: inTable,
    },
    {
      key: "orderedList",
      label: t("orderedList"),
      icon: <NumberIcon />,
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      pressed: !!s?.orderedList,
      disabled: inTable,
    },
    {
      key: "insertTable",
      label: t("insertTable"),
      icon: <TableIcon />,
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      disabled: inTable,
    },
    // The table's own tools, named in words: they appear only while the cursor is in a table.
    ...(inTable
      ? (
          [
            ["addRow", (e: Editor) => e.chain().focus().addRowAfter().run()],
            ["addColumn", (e: Editor) => e.chain().focus().addColumnAfter().run()],
            ["deleteRow", (e: Editor) => e.chain().focus().deleteRow().run()],
            ["deleteColumn", (e: Editor) => e.chain().focus().deleteColumn().run()],
            ["deleteTable", (e: Editor) => e.chain().focus().deleteTable().run()],
          ] as const
        ).map(([key, run]) => ({ key, label: t(key), run }))
      : []),
    {
      key: "undo",
      label: t("undo"),
      icon: "↶",
      run: (e) => e.chain().focus().undo().run(),
      disabled: !s?.canUndo,
      keys: { aria: "Control+Z", shown: "Ctrl+Z" },
    },
    {
      key: "redo",
      label: t("redo"),
      icon: "↷",
      run: (e) => e.chain().focus().redo().run(),
      disabled: !s?.canRedo,
      keys: { aria: "Control+Y", shown: "Ctrl+Y" },
    },
  ];
  const focused = Math.min(current, tools.length - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: focused + 1,
      ArrowLeft: focused - 1,
      Home: 0,
      End: tools.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + tools.length) % tools.length;
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label={label}
      onKeyDown={onKeyDown}
      // Seven 44 px buttons fit a 390 px screen side by side only without gaps.
      className="flex flex-wrap gap-0 rounded-t-md border border-b-0 border-slate-300 bg-slate-50 p-1 sm:gap-1"
    >
      {tools.map((tool, i) => (
        <button
          key={tool.key}
          ref={(element) => {
            buttons.current[i] = element;
          }}
          type="button"
          tabIndex={i === focused ? 0 : -1}
          aria-label={tool.icon ? tool.label : undefined}
          title={tool.keys ? t("shortcut", { label: tool.label, keys: tool.keys.shown }) : tool.label}
          aria-keyshortcuts={tool.keys?.aria}
          aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
          // Focusable while unavailable, as the toolbar pattern asks, so arrow keys never skip a button.
          aria-disabled={tool.disabled || !editor}
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(i)}
          onClick={() => {
            if (editor && !tool.disabled) tool.run(editor);
          }}
          className={`flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-slate-800 ${
            tool.pressed ? "bg-brand-700 text-white" : "hover:bg-slate-200"
          } aria-disabled:cursor-not-allowed aria-disabled:opacity-40`}
        >
          {tool.icon ? <span aria-hidden="true">{tool.icon}</span> : <span className="text-sm">{tool.label}</span>}
        </button>
      ))}
    </div>
  );
}

const iconProps = {
  width: 22,
  height: 22,
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
} as const;

function BulletIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="4.5" cy="6" r="1.5" fill="currentColor" stroke="none" />
      <circle cx="4.5" cy="12" r="1.5" fill="currentColor" stroke="none" />
      <circle cx="4.5" cy="18" r="1.5" fill="currentColor" stroke="none" />
      <path d="M9 6h12M9 12h12M9 18h12" />
    </svg>
  );
}

function NumberIcon() {
  return (
    <svg {...iconProps}>
      <text x="1.5" y="9" fontSize="8" fill="currentColor" stroke="none" fontFamily="sans-serif">
        1
      </text>
      <text x="1.5" y="20" fontSize="8" fill="currentColor" stroke="none" fontFamily="sans-serif">
        2
      </text>
      <path d="M9 6h12M9 17h12" />
    </svg>
  );
}

function TableIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="4" width="18" height="16" rx="1" />
      <path d="M3 10h18M3 15h18M9 4v16M15 4v16" />
    </svg>
  );
}
