//! The `asaku` binary as a user runs it: arguments in, lines and an exit code out.

mod bench;
mod common;
mod digits;
#[path = "../../../core/tests/support/digits_asset.rs"]
mod digits_asset;
mod errors;
mod gates;
mod gradcheck;
mod model;
mod points;
mod predict;
mod train;
mod usage;
