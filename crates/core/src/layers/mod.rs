//! Chapter 5: layers with forward and backward passes.

pub mod scalar;
