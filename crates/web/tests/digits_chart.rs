//! The digits tab's charts in a real browser, with the browser's own font measurements: every
//! tick number they write stays inside the canvas, at the sizes of the tab, of 960×700 embeds
//! and of presentation mode (its `--chart-scale`), on ordinary and high-DPI screens, with
//! iteration counts of five and six digits at the axis's right end.

#![cfg(target_arch = "wasm32")]

use asaku_core::train::EpochStats;
use asaku_web::digits::chart::{draw_accuracy, draw_losses};
use asaku_web::draw::axes::LabelBox;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlCanvasElement, HtmlElement};

mod common;

wasm_bindgen_test_configure!(run_in_browser);

/// A canvas laid out `width × height` CSS pixels at `device` backing pixels per CSS pixel, its
/// charts scaled by `scale` as presentation mode's `--chart-scale` does.
fn chart_canvas(width: u32, height: u32, device: u32, scale: f64) -> HtmlCanvasElement {
    let canvas = common::canvas(width * device, height * device);
    let style = canvas.dyn_ref::<HtmlElement>().unwrap().style();
    style.set_property("width", &format!("{width}px")).unwrap();
    style.set_property("height", &format!("{height}px")).unwrap();
    style.set_property("display", "block").unwrap();
    style.set_property("--chart-scale", &scale.to_string()).unwrap();
    canvas
}

/// Every box lies within the canvas.
fn assert_inside(boxes: &[LabelBox], canvas: &HtmlCanvasElement, case: &str) {
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    assert!(!boxes.is_empty(), "{case}: numbers were written");
    for b in boxes {
        assert!(
            b.left >= 0.0 && b.right <= w && b.top >= 0.0 && b.bottom <= h,
            "{case}: {b:?} outside {w}×{h}"
        );
    }
}

#[wasm_bindgen_test]
fn every_tick_number_stays_inside_the_canvas_at_every_size() {
    // Widths from a narrow phone column to a projector's half screen, the tab's chart height, a
    // 960×700 embed's and presentation mode's (18rem); the chart scales of presentation mode.
    let sizes = (150..=1000).step_by(50).flat_map(|w| [(w, 160), (w, 120), (w, 288)]);
    for (width, height) in sizes {
        for device in [1, 2] {
            for scale in [1.0, 1.75, 2.25] {
                let canvas = chart_canvas(width, height, device, scale);
                for iterations in [10_000, 12_000, 99_999, 100_000] {
                    let losses = vec![0.5f32; iterations];
                    let boxes = draw_losses(&canvas, &losses).unwrap();
                    let case = format!("{iterations} iterations on {width}×{height} at {device}×{scale}");
                    assert_inside(&boxes, &canvas, &case);
                }
                let epochs: Vec<EpochStats> = [0, 10_000]
                    .map(|epoch| EpochStats {
                        epoch,
                        train_loss: 0.3,
                        test_loss: Some(0.3),
                        train_accuracy: Some(0.9),
                        test_accuracy: Some(0.9),
                    })
                    .to_vec();
                let case = format!("10,000 epochs on {width}×{height} at {device}×{scale}");
                assert_inside(&draw_accuracy(&canvas, &epochs).unwrap(), &canvas, &case);
                canvas.remove();
            }
        }
    }
}
