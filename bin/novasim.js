#!/usr/bin/env node
// `npx novasim` and the installed `novasim` command: the compiled server (npm start runs the same file).
await import("../dist/server.js");
