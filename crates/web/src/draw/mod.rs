//! Drawing on canvases: heatmaps (pixels computed in Rust), data points, and line charts.

pub mod axes;
pub mod canvas;
pub mod chart;
pub mod maps;
pub mod points;
