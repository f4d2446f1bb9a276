//! The tools the commands install when missing, each pinned where the project needs one version.
//!
//! Versions here must agree with `Trunk.toml` (`[tools]`), `Cargo.lock` (`wasm-bindgen`) and
//! `www/package-lock.json` (`binaryen`); the README's "The tools, and why these versions" says why
//! each one is what it is.

use crate::cmd::{Cmd, Env};
use crate::tool::{Check, Tool};

/// rustfmt, for `cargo fmt`; a rustup component of the active toolchain.
pub const RUSTFMT: Tool = Tool {
    name: "rustfmt",
    check: Check::Prints(Cmd::new("cargo", &["fmt", "--version"]), "rustfmt"),
    install: &[Cmd::new("rustup", &["component", "add", "rustfmt"])],
};

/// clippy, for `cargo clippy`; a rustup component of the active toolchain.
pub const CLIPPY: Tool = Tool {
    name: "clippy",
    check: Check::Prints(Cmd::new("cargo", &["clippy", "--version"]), "clippy"),
    install: &[Cmd::new("rustup", &["component", "add", "clippy"])],
};

/// The WebAssembly target of the active toolchain, for building `crates/web`.
pub const WASM_TARGET: Tool = Tool {
    name: "wasm32-unknown-unknown",
    check: Check::Prints(Cmd::new("rustup", &["target", "list", "--installed"]), "wasm32-unknown-unknown"),
    install: &[Cmd::new("rustup", &["target", "add", "wasm32-unknown-unknown"])],
};

/// trunk, which builds and serves the page (~15 min to compile, hence the check first).
pub const TRUNK: Tool = Tool {
    name: "trunk",
    check: Check::Prints(Cmd::new("trunk", &["--version"]), "trunk 0.21.14"),
    install: &[Cmd::new("cargo", &["install", "--locked", "trunk", "--version", "0.21.14"])],
};

/// How to install the wasm-bindgen CLI: without `--locked`, whose lock names a yanked crate.
const WASM_BINDGEN_INSTALL: &[Cmd] =
    &[Cmd::new("cargo", &["install", "wasm-bindgen-cli", "--version", "0.2.130"])];

/// wasm-bindgen, which trunk runs on the wasm file; must equal the `wasm-bindgen` crate in `Cargo.lock`.
pub const WASM_BINDGEN: Tool = Tool {
    name: "wasm-bindgen",
    check: Check::Prints(Cmd::new("wasm-bindgen", &["--version"]), "wasm-bindgen 0.2.130"),
    install: WASM_BINDGEN_INSTALL,
};

/// The runner `cargo test --target wasm32-unknown-unknown` hands test binaries to; from the same install.
pub const WASM_BINDGEN_TEST_RUNNER: Tool = Tool {
    name: "wasm-bindgen-test-runner",
    check: Check::Prints(
        Cmd::new("wasm-bindgen-test-runner", &["--version"]),
        "wasm-bindgen-test-runner 0.2.130",
    ),
    install: WASM_BINDGEN_INSTALL,
};

/// The lockfile of the npm packages, and the copy of it left in `node_modules` by the last install.
const NPM_LOCK: &str = "www/package-lock.json";
/// See [`NPM_LOCK`].
const NPM_STAMP: &str = "www/node_modules/.xtask-package-lock.json";

/// The npm packages of `www/` (wasm-opt from binaryen, playwright-core), exactly as locked;
/// reinstalled only when the lockfile changed since the last install.
pub const NPM_PACKAGES: Tool = Tool {
    name: "npm packages (www/)",
    check: Check::SameFiles(NPM_LOCK, NPM_STAMP),
    install: &[
        Cmd::new("npm", &["ci", "--prefix", "www", "--no-audit", "--no-fund"])
            .with_envs(&[Env::Set("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")]),
        Cmd::new("cp", &[NPM_LOCK, NPM_STAMP]),
    ],
};

/// The lockfile of the example decks' npm packages (reveal.js, marp-cli), and its copy left by the last install.
const SLIDES_LOCK: &str = "examples/slides/package-lock.json";
/// See [`SLIDES_LOCK`].
const SLIDES_STAMP: &str = "examples/slides/node_modules/.xtask-package-lock.json";

/// The example decks' npm packages: reveal.js, which the end-to-end test of the reveal.js deck
/// loads, and marp-cli, which renders the Marp deck for its test; reinstalled only when the
/// lockfile changed since the last install.
pub const SLIDES_PACKAGES: Tool = Tool {
    name: "npm packages (examples/slides/)",
    check: Check::SameFiles(SLIDES_LOCK, SLIDES_STAMP),
    install: &[
        Cmd::new("npm", &["ci", "--prefix", "examples/slides", "--no-audit", "--no-fund"]),
        Cmd::new("cp", &[SLIDES_LOCK, SLIDES_STAMP]),
    ],
};

/// How to install Debian's Chromium and its ChromeDriver, without prompts.
const CHROMIUM_INSTALL: &[Cmd] = &[
    Cmd::new("apt-get", &["update"]),
    Cmd::new("apt-get", &["install", "-y", "chromium", "chromium-driver"])
        .with_envs(&[Env::Set("DEBIAN_FRONTEND", "noninteractive")]),
];

/// Debian's Chromium, the browser of every browser test (never a downloaded one).
pub const CHROMIUM: Tool = Tool {
    name: "chromium",
    check: Check::Prints(Cmd::new("/usr/bin/chromium", &["--version"]), "Chromium"),
    install: CHROMIUM_INSTALL,
};

/// ChromeDriver, which `wasm-bindgen-test-runner` drives Chromium through.
pub const CHROMEDRIVER: Tool = Tool {
    name: "chromedriver",
    check: Check::Prints(Cmd::new("/usr/bin/chromedriver", &["--version"]), "ChromeDriver"),
    install: CHROMIUM_INSTALL,
};
