//! The computational graphs of chapter 5 on scalars.
