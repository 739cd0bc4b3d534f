// ESLint for the course's JavaScript (`make check`, `make test`, pre-commit).
// sse_course/static/*.js runs in the built book on learners' phones, some of them old: it is
// written as ES5 in a strict-mode IIFE, so the parser refuses anything newer (let, =>, classes).
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    files: ["sse_course/static/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: {
      ...js.configs.recommended.rules,
      eqeqeq: "error",
      strict: ["error", "function"],
      "no-implicit-globals": "error",
      // ES5 has no `catch {}` without a name, so an unused caught error is the only way to write it.
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
  {
    // Node helpers the tests call (tests/gift_to_json.js reads the GIFT export back).
    files: ["tests/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
  },
];
