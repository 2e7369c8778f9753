// The PDF's typeface: Tinos, metric-compatible with Times New Roman (the font Nghị định 30 prescribes)
// and complete for Vietnamese, read from its npm package and embedded in every file, so a PDF looks the
// same on any machine and the server needs no system fonts.
import path from "node:path";

// Resolved from the working directory, not from this module: Next.js runs route handlers from
// .next/server, where a path relative to the bundled module would point nowhere. `next start`, the tests
// and the scripts all run from the project root.
const TINOS = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");

export const FONT_FILES = {
  regular: path.join(TINOS, "400Regular", "Tinos_400Regular.ttf"),
  bold: path.join(TINOS, "700Bold", "Tinos_700Bold.ttf"),
  italic: path.join(TINOS, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
  boldItalic: path.join(TINOS, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
} as const;

/** The name a style's face is registered under in the PDF: a key of FONT_FILES. */
export function fontFace(style: { bold?: boolean; italic?: boolean }): keyof typeof FONT_FILES {
  if (style.bold) return style.italic ? "boldItalic" : "bold";
  return style.italic ? "italic" : "regular";
}
