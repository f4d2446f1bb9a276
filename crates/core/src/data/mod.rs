//! Seeded 2-D data sets, user points and input features.
