import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextVitals,
  ...nextTs,
  // Layout is Prettier's job (`npm test` checks it); ESLint keeps to correctness.
  prettier,
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      ".next-*/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // next.config.js must stay CommonJS (the package has no "type": "module"), so it uses require().
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
