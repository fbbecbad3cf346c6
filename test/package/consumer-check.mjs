// `npm run check:package`: packs the package as npm would publish it, installs the tarball
// into a fresh temporary project, and type-checks TypeScript consumers (consumer.ts, the Lit-free consumer-connection.ts,
// consumer-react.tsx on `./react` and the four JSX tags, consumer-vue.ts on `./jsx/vue`) against
// it with both `Bundler` and `NodeNext` resolution. Run it after `npm run build`.
// Offline: dependencies come from the npm cache (`--offline`); without a cache they are
// linked from this repository's node_modules. Nothing is fetched from a registry.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const failures = [];

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

for (const file of [pkg.exports['.'].import, pkg.exports['.'].types, pkg.exports['./connection'].import, pkg.exports['./react'].import, pkg.unpkg, pkg.customElements]) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'streamspace-consumer-'));
try {
  // 1. Pack, and check what the tarball holds.
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'custom-elements.json', pkg.unpkg, pkg.exports['.'].import, pkg.exports['./connection'].import, pkg.exports['./connection'].types, pkg.exports['./react'].import, pkg.exports['./react'].types, pkg.exports['./jsx/react'].types, pkg.exports['./jsx/vue'].types, pkg.types]) {
    check(files.includes(needed.replace(/^\.\//, '')), `the tarball lacks ${needed}`);
  }
  // README is read on npm and in node_modules: every relative link and image it has is shipped.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(t));
  check(targets.length > 0, 'README.md has no relative links to check');
  for (const target of targets) {
    const path = decodeURI(target.split('#')[0]).replace(/^\.\//, '');
    check(files.includes(path), `README.md links ${path}, which the tarball does not ship`);
  }
  for (const field of ['repository', 'homepage', 'bugs', 'engines']) check(pkg[field], `package.json has no "${field}"`);
  check(readme.includes(`Node.js ${pkg.engines.node.replace(/^>=/, '').replace(/\.0$/, '')}+`), 'README.md names another Node version than engines');
  const stray = files.filter((f) => /^(src|test|demo|bench|node_modules)\//.test(f));
  check(stray.length === 0, `the tarball ships development files: ${stray.slice(0, 5).join(', ')}`);

  // 2. A fresh project with the tarball installed.
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  install(app, tarball);

  // 3. Every entry point resolves to a file in the installed package.
  const installed = join(app, 'node_modules', pkg.name);
  const resolve = createRequire(join(app, 'package.json'));
  for (const subpath of Object.keys(pkg.exports)) {
    // Types-only subpaths (`./jsx/react`, `./jsx/vue`) resolve in the type-check below.
    if (typeof pkg.exports[subpath] === 'object' && !pkg.exports[subpath].import && !pkg.exports[subpath].default) continue;
    // A pattern (`./translations/*`) is checked with a shipped name.
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2).replace('*', 'de')}`;
    const script = `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`;
    const url = run(process.execPath, ['--input-type=module', '-e', script], app).trim();
    check(existsSync(fileURLToPath(url)), `${specifier} resolves to a missing file`);
  }
  for (const field of ['types', 'unpkg', 'jsdelivr', 'customElements']) {
    check(existsSync(join(installed, pkg[field])), `package.json "${field}" points at a missing file`);
  }
  const manifest = JSON.parse(readFileSync(resolve.resolve(`${pkg.name}/custom-elements.json`), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  for (const tag of ['streamspace-enterprise-ws', 'streamspace-toast-stack', 'streamspace-notification-center', 'streamspace-connection-status']) {
    check(tags.includes(tag), `custom-elements.json does not declare <${tag}>`);
  }

  // 4. Type-check the consumer, as a bundler app and as a Node ESM app would resolve it.
  for (const file of ['consumer.ts', 'consumer-connection.ts', 'consumer-react.tsx', 'consumer-vue.ts']) {
    cpSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), join(app, `src/${file}`));
  }
  // The app's own React and Vue (optional peers, not installed with the package): linked from
  // this repository, as an app would have them installed.
  for (const name of ['react', '@types/react', 'vue', '@vue/runtime-core', '@vue/runtime-dom', '@vue/reactivity', '@vue/shared']) {
    const link = join(app, 'node_modules', name);
    if (existsSync(link) || !existsSync(join(root, 'node_modules', name))) continue;
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
  for (const moduleResolution of ['Bundler', 'NodeNext']) {
    const config = `tsconfig.${moduleResolution.toLowerCase()}.json`;
    writeFileSync(
      join(app, config),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: moduleResolution === 'Bundler' ? 'ESNext' : 'NodeNext',
          moduleResolution,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    );
    try {
      run(process.execPath, [tsc, '-p', config], app);
    } catch (error) {
      failures.push(`tsc (${moduleResolution}) failed:\n${error.stdout}${error.stderr}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`Package check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Package check passed: ${pkg.name}@${pkg.version} packs, installs and type-checks (Bundler, NodeNext).`);

/** `npm install` the tarball from the local cache only; else unpack it and link the deps. */
function install(app, tarball) {
  try {
    run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], app);
    return;
  } catch {
    console.warn('npm cache incomplete: unpacking the tarball and linking its dependencies from node_modules.');
  }
  const target = join(app, 'node_modules', pkg.name);
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], app);
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    const link = join(app, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    // A symlink: TypeScript resolves the dependency's own dependencies from its real path.
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
}
