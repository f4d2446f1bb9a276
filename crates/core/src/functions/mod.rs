//! Chapter 3–4 functions: activations (each with its derivative beside it), outputs, losses.

pub mod activation;
pub mod loss;
pub mod output;

pub use activation::Activation;
