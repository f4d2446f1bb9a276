//! The computational graphs of chapter 5 on scalars: a multiply node, an add node and a square
//! node, each with its forward rule and its derivative side by side, and the book's shopping
//! example.

/// A multiply node: `out = x·y`. Backward: `∂out/∂x = y`, `∂out/∂y = x`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MulLayer {
    /// The inputs of the last forward pass, which the backward pass swaps.
    inputs: Option<(f64, f64)>,
}

impl MulLayer {
    /// A multiply node that has not run forward yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// `out = x·y`, remembering `x` and `y` for the backward pass.
    pub fn forward(&mut self, x: f64, y: f64) -> f64 {
        self.inputs = Some((x, y));
        x * y
    }

    /// `(dx, dy) = (dout·y, dout·x)`.
    ///
    /// # Panics
    /// If called before [`MulLayer::forward`] (a bug in the graph's order).
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        let (x, y) = self.inputs.expect("MulLayer::backward needs a forward pass first");
        (dout * y, dout * x)
    }
}

/// An add node: `out = x + y`. Backward: `∂out/∂x = ∂out/∂y = 1`, so `dout` passes through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AddLayer;

impl AddLayer {
    /// An add node (it keeps no state).
    pub fn new() -> Self {
        Self
    }

    /// `out = x + y`.
    pub fn forward(&self, x: f64, y: f64) -> f64 {
        x + y
    }

    /// `(dx, dy) = (dout, dout)`.
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        (dout, dout)
    }
}

/// A square node: `z = t²`. Backward: `∂z/∂t = 2t`, the chain rule's example of chapter 5
/// (`z = t²`, `t = x + y`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SquareLayer {
    /// The input of the last forward pass, which the backward pass doubles.
    input: Option<f64>,
}

impl SquareLayer {
    /// A square node that has not run forward yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// `z = t²`, remembering `t` for the backward pass.
    pub fn forward(&mut self, t: f64) -> f64 {
        self.input = Some(t);
        t * t
    }

    /// `dt = dout·2t`.
    ///
    /// # Panics
    /// If called before [`SquareLayer::forward`] (a bug in the graph's order).
    pub fn backward(&self, dout: f64) -> f64 {
        let t = self.input.expect("SquareLayer::backward needs a forward pass first");
        dout * 2.0 * t
    }
}

/// How much the total price of [`buy_apple_orange`] changes per unit of each input.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AppleOrangeGradients {
    /// `∂price/∂apple`: per yen of apple price.
    pub apple: f64,
    /// `∂price/∂apple_num`: per extra apple.
    pub apple_num: f64,
    /// `∂price/∂orange`: per yen of orange price.
    pub orange: f64,
    /// `∂price/∂orange_num`: per extra orange.
    pub orange_num: f64,
    /// `∂price/∂tax`: per unit of the tax factor.
    pub tax: f64,
}

/// The book's second shopping graph, forward then backward from `dprice = 1`:
/// `price = (apple·apple_num + orange·orange_num)·tax`. Returns the price and its gradients.
pub fn buy_apple_orange(
    apple: f64,
    apple_num: f64,
    orange: f64,
    orange_num: f64,
    tax: f64,
) -> (f64, AppleOrangeGradients) {
    let mut mul_apple = MulLayer::new();
    let mut mul_orange = MulLayer::new();
    let add_fruit = AddLayer::new();
    let mut mul_tax = MulLayer::new();

    let apple_price = mul_apple.forward(apple, apple_num);
    let orange_price = mul_orange.forward(orange, orange_num);
    let all_price = add_fruit.forward(apple_price, orange_price);
    let price = mul_tax.forward(all_price, tax);

    let (dall_price, dtax) = mul_tax.backward(1.0);
    let (dapple_price, dorange_price) = add_fruit.backward(dall_price);
    let (dorange, dorange_num) = mul_orange.backward(dorange_price);
    let (dapple, dapple_num) = mul_apple.backward(dapple_price);
    let gradients = AppleOrangeGradients {
        apple: dapple,
        apple_num: dapple_num,
        orange: dorange,
        orange_num: dorange_num,
        tax: dtax,
    };
    (price, gradients)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gradient::{numerical_diff, numerical_gradient, relative_error};

    fn assert_close(got: f64, expected: f64) {
        assert!((got - expected).abs() < 1e-9, "{got} != {expected}");
    }

    #[test]
    fn buy_apple_matches_the_book() {
        let mut mul_apple = MulLayer::new();
        let mut mul_tax = MulLayer::new();
        let price = mul_tax.forward(mul_apple.forward(100.0, 2.0), 1.1);
        assert_close(price, 220.0);

        let (dapple_price, dtax) = mul_tax.backward(1.0);
        let (dapple, dapple_num) = mul_apple.backward(dapple_price);
        assert_close(dapple, 2.2);
        assert_close(dapple_num, 110.0);
        assert_close(dtax, 200.0);
    }

    #[test]
    fn buy_apple_orange_matches_the_book() {
        let (price, d) = buy_apple_orange(100.0, 2.0, 150.0, 3.0, 1.1);
        assert_close(price, 715.0);
        assert_close(d.apple, 2.2);
        assert_close(d.apple_num, 110.0);
        assert_close(d.orange, 3.3);
        assert_close(d.orange_num, 165.0);
        assert_close(d.tax, 650.0);
    }

    #[test]
    fn add_layer_passes_dout_through() {
        let add = AddLayer::new();
        assert_close(add.forward(2.0, -5.0), -3.0);
        assert_eq!(add.backward(1.5), (1.5, 1.5));
    }

    #[test]
    #[should_panic(expected = "forward pass first")]
    fn mul_backward_before_forward_is_a_bug() {
        MulLayer::new().backward(1.0);
    }

    #[test]
    #[should_panic(expected = "forward pass first")]
    fn square_backward_before_forward_is_a_bug() {
        SquareLayer::new().backward(1.0);
    }

    /// Inputs on both sides of 0, small and large.
    const POINTS: [f64; 7] = [-7.5, -2.0, -0.3, 0.0, 0.25, 3.0, 40.0];

    #[test]
    fn square_backward_agrees_with_the_central_difference() {
        for t in POINTS {
            let mut square = SquareLayer::new();
            assert_close(square.forward(t), t * t);
            let numerical = numerical_diff(|t| SquareLayer::new().forward(t), t);
            for dout in [1.0, -0.5] {
                let backward = square.backward(dout);
                assert!(
                    relative_error(backward, dout * numerical) < 1e-7,
                    "t = {t}: {backward} vs {numerical}"
                );
            }
        }
    }

    #[test]
    fn the_chain_rule_example_agrees_with_the_central_difference() {
        // z = t², t = x + y: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1, and the same for y.
        let z = |p: &[f64]| SquareLayer::new().forward(AddLayer::new().forward(p[0], p[1]));
        for (x, y) in POINTS.iter().zip(POINTS.iter().rev()) {
            let add = AddLayer::new();
            let mut square = SquareLayer::new();
            let t = add.forward(*x, *y);
            assert_close(square.forward(t), (x + y) * (x + y));
            let (dx, dy) = add.backward(square.backward(1.0));
            assert_close(dx, 2.0 * t);
            let numerical = numerical_gradient(z, &[*x, *y]);
            assert!(relative_error(dx, numerical[0]) < 1e-7, "x = {x}, y = {y}: {dx} vs {numerical:?}");
            assert!(relative_error(dy, numerical[1]) < 1e-7, "x = {x}, y = {y}: {dy} vs {numerical:?}");
        }
    }
}
