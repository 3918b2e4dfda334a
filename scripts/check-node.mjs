// Astro 7 and Vitest 5 need Node >= 22.12. `npm run …` puts the project's Node 24 (the `node`
// devDependency) first on PATH; this guard says which Node runs and stops early if it is too old.
const [major, minor] = process.versions.node.split('.').map(Number);
console.log(`node ${process.version} (${process.execPath})`);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.version} is too old: this project needs >= 22.12. Run the commands through npm (npm test, npm start) so the project's own Node is used, or install Node 24.`,
  );
  process.exit(1);
}
