//! An image file's grey levels as ink, the way MNIST's digits are: light ink on a dark
//! background. A digit written on paper or drawn in a paint program is dark on light, and is
//! inverted first.

/// The ink of a `width × height` image of grey levels (`0` black to `1` white, row by row), and
/// whether it was inverted. The rule: the background is what the border shows, so when the
/// border pixels' mean level is at least ½ the image is dark-on-light and its ink is
/// `1 − level`; otherwise (light-on-dark, as MNIST) its ink is the level itself.
///
/// # Panics
/// If `levels.len() != width × height`, or the image is empty: the caller's bug.
pub fn ink(levels: &[f32], width: usize, height: usize) -> (Vec<f32>, bool) {
    assert!(width > 0 && height > 0 && levels.len() == width * height, "a {width}×{height} image");
    let border = (0..height)
        .flat_map(|y| (0..width).map(move |x| (x, y)))
        .filter(|&(x, y)| x == 0 || y == 0 || x + 1 == width || y + 1 == height)
        .map(|(x, y)| f64::from(levels[y * width + x]));
    let (sum, count) = border.fold((0.0, 0.0), |(s, n), v| (s + v, n + 1.0));
    let inverted = sum / count >= 0.5;
    let ink = if inverted { levels.iter().map(|v| 1.0 - v).collect() } else { levels.to_vec() };
    (ink, inverted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_ink_on_white_paper_is_inverted_and_light_ink_on_black_is_not() {
        // A 4×3 image: a white border around two dark pixels.
        let paper = [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.25, 1.0, 1.0, 1.0, 1.0, 1.0];
        let (ink_of_paper, inverted) = ink(&paper, 4, 3);
        assert!(inverted);
        assert_eq!(ink_of_paper[5..7], [1.0, 0.75]);
        assert_eq!(ink_of_paper[0], 0.0);
        let screen: Vec<f32> = paper.iter().map(|v| 1.0 - v).collect();
        assert_eq!(ink(&screen, 4, 3), (screen.clone(), false));
    }

    #[test]
    fn a_mid_grey_border_counts_as_light() {
        assert!(ink(&[0.5; 9], 3, 3).1);
        assert!(!ink(&[0.49; 9], 3, 3).1);
    }
}
