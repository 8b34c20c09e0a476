// Copies the generated datasets (never the article texts) into the package's data/ folder.
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
const from = fileURLToPath(new URL("../../../datasets/", import.meta.url));
const to = fileURLToPath(new URL("../data/", import.meta.url));
if (!existsSync(`${from}datapackage.json`)) {
  console.error(`copy-datasets: ${from} has no datapackage.json; run the dataset build first (shuttle build)`);
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
