use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_neuron_with_the_books_and_weights() {
    let mut lesson = NeuronLesson::new("");
    // a = −0.7 + 0.5·1 + 0.5·1 = 0.3.
    assert!(close(lesson.a(), 0.3), "{}", lesson.a());
    assert!(close(lesson.y(), 1.0 / (1.0 + (-0.3f64).exp())));
    lesson.set_activation("step").unwrap();
    assert_eq!((lesson.y(), lesson.slope()), (1.0, 0.0));
    lesson.set_value(0, 0.0).unwrap();
    // (0, 1): a = −0.2, so the step outputs 0, as AND should.
    assert!(close(lesson.a(), -0.2));
    assert_eq!(lesson.y(), 0.0);
    lesson.set_value(2, 9.0).unwrap();
    assert_eq!(lesson.values()[2], 2.0);
}

#[test]
fn sigmoid_and_step_at_zero() {
    let mut lesson = NeuronLesson::new("x1=0&x2=0&b=0&h=sigmoid");
    assert_eq!(lesson.a(), 0.0);
    assert!(close(lesson.y(), 0.5) && close(lesson.slope(), 0.25));
    lesson.set_activation("relu").unwrap();
    lesson.set_value(4, 1.5).unwrap();
    assert_eq!((lesson.y(), lesson.slope()), (1.5, 1.0));
    lesson.set_activation("step").unwrap();
    for a in [-1.5, -0.1, 0.1, 1.5] {
        lesson.set_value(4, a).unwrap();
        assert_eq!(lesson.slope(), 0.0, "h′({a})");
    }
}

#[test]
fn step_cannot_learn_and_sigmoid_can() {
    // From zero weights, both outputs give ½·mean of (0 − t)² or (0.5 − t)²: 1/8 either way.
    let step = learn_and(Activation::Step);
    let sigmoid = learn_and(Activation::Sigmoid);
    assert_eq!((step.len(), sigmoid.len(), NeuronLesson::new("").epochs()), (EPOCHS + 1, EPOCHS + 1, EPOCHS));
    assert!(close(step[0], 0.125) && close(sigmoid[0], 0.125));
    assert!(step.iter().all(|&l| l == 0.125), "{step:?}");
    assert!(sigmoid.windows(2).all(|p| p[1] < p[0]), "{sigmoid:?}");
    assert!(sigmoid[EPOCHS] < 0.1, "{sigmoid:?}");
}

#[test]
fn the_url_is_read_and_written_back() {
    let query = "lesson=neuron&x1=0&x2=1&w1=0.5&w2=0.5&b=-0.7&h=tanh";
    let lesson = NeuronLesson::new(query);
    assert_eq!((lesson.query().as_str(), lesson.notices.len()), (query, 0));
    let bad = NeuronLesson::new("x1=7&w2=x&h=nope");
    assert_eq!((bad.values, bad.activation, bad.notices.len()), (START, Activation::Sigmoid, 3));
    assert_eq!(bad.activations().first().map(String::as_str), Some("step"));
}
