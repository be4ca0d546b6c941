// After `npm install` in a clone: generate both Prisma clients and compile src/ to dist/.
// Installed from a package (npm pack, npx novasim), dist/ ships compiled and there is no src/: nothing to do.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (fs.existsSync(path.join(root, "src"))) {
  execSync("npm run prisma:generate && npm run build", { cwd: root, stdio: "inherit" });
}
