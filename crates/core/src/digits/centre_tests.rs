//! The MNIST preprocessing: the same digit drawn elsewhere or larger comes out the same.

use super::*;

/// A hand-drawn "7" in a `side × side` canvas: its top bar and its stroke, `scale` canvas
/// pixels per stroke pixel, its top-left corner at `(left, top)`.
fn seven(side: usize, scale: usize, left: usize, top: usize) -> Vec<f32> {
    const STROKES: [&str; 8] =
        ["#######", "######.", ".....#.", "....##.", "....#..", "...#...", "..##...", "..#...."];
    let mut image = vec![0.0; side * side];
    for (row, line) in STROKES.iter().enumerate() {
        for (col, c) in line.chars().enumerate() {
            let v = if c == '#' { 1.0 } else { 0.0 };
            for dy in 0..scale {
                for dx in 0..scale {
                    image[(top + row * scale + dy) * side + left + col * scale + dx] = v;
                }
            }
        }
    }
    image
}

fn max_difference(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

/// `(width, height)` of the ink's bounding box and its centre of mass, in a 28×28 result.
fn measure(image: &[f32; PIXELS]) -> ((usize, usize), (f64, f64)) {
    let inked = |i: usize| image[i] > 1e-6;
    let cols: Vec<usize> = (0..PIXELS).filter(|&i| inked(i)).map(|i| i % SIDE).collect();
    let rows: Vec<usize> = (0..PIXELS).filter(|&i| inked(i)).map(|i| i / SIDE).collect();
    let span = |v: &[usize]| v.iter().max().unwrap() - v.iter().min().unwrap() + 1;
    let mass: f64 = image.iter().map(|&v| f64::from(v)).sum();
    let moment = |axis: fn(usize) -> usize| {
        (0..PIXELS).map(|i| f64::from(image[i]) * (axis(i) as f64 + 0.5)).sum::<f64>() / mass
    };
    ((span(&cols), span(&rows)), (moment(|i| i % SIDE), moment(|i| i / SIDE)))
}

#[test]
fn a_shifted_digit_comes_out_the_same() {
    let here = centre(&seven(28, 1, 1, 2), 28, 28);
    let there = centre(&seven(28, 1, 19, 17), 28, 28);
    assert!(max_difference(&here, &there) < 1e-5);
}

#[test]
fn a_digit_drawn_larger_comes_out_the_same() {
    let small = centre(&seven(28, 1, 3, 3), 28, 28);
    let large = centre(&seven(280, 10, 40, 100), 280, 280);
    let tripled = centre(&seven(64, 3, 20, 5), 64, 64);
    assert!(max_difference(&small, &large) < 1e-5);
    assert!(max_difference(&small, &tripled) < 1e-5);
}

#[test]
fn the_ink_fills_twenty_pixels_and_its_centre_of_mass_is_the_centre() {
    let ((width, height), (cx, cy)) = measure(&centre(&seven(100, 4, 13, 50), 100, 100));
    // 8 rows × 7 columns: the height becomes 20, the width 7·20/8 = 17.5 (18 pixels touched).
    assert_eq!(height, 20);
    assert!((17..=19).contains(&width), "width {width}");
    assert!((cx - 14.5).abs() <= 0.5 && (cy - 14.5).abs() <= 0.5, "centre of mass ({cx}, {cy})");
}

#[test]
fn a_thin_stroke_keeps_its_aspect_ratio() {
    // A "1": one vertical stroke 2 wide and 40 tall in a 60×60 canvas → 1 wide, 20 tall.
    let mut one = vec![0.0; 60 * 60];
    for y in 10..50 {
        one[y * 60 + 30] = 1.0;
        one[y * 60 + 31] = 1.0;
    }
    let result = centre(&one, 60, 60);
    let ((width, height), (cx, _)) = measure(&result);
    assert_eq!((width, height), (1, 20));
    assert!((cx - 14.5).abs() <= 0.5, "{cx}");
    assert!(result.iter().all(|&v| v == 0.0 || (v - 1.0).abs() < 1e-6), "full ink stays full");
}

#[test]
fn a_blank_or_wild_image_gives_values_from_zero_to_one() {
    assert_eq!(centre(&[0.0; 9], 3, 3), [0.0; PIXELS]);
    assert_eq!(centre(&[], 0, 0), [0.0; PIXELS]);
    let wild = [f32::NAN, -3.0, 7.0, f32::INFINITY];
    let result = centre(&wild, 2, 2);
    assert!(result.iter().all(|v| (0.0..=1.0).contains(v)));
    assert!(result.contains(&1.0));
}

#[test]
#[should_panic(expected = "a 3×3 image has 9 values")]
fn a_wrong_length_is_a_bug() {
    centre(&[0.0; 8], 3, 3);
}
