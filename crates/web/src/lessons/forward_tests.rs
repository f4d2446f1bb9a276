use super::*;

fn close(got: &[f64], expected: &[f64]) {
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(expected) {
        assert!((g - e).abs() < 1e-8, "{got:?} != {expected:?}");
    }
}

#[test]
fn one_row_gives_the_books_numbers() {
    // The book's chapter 3.4.3: A1 = [0.3, 0.7, 1.1], Z1 = σ(A1), Y = [0.31682708, 0.69627909].
    let layers = forward(&[[1.0, 0.5]], OutputKind::Identity);
    close(&layers[0].a.values, &[0.3, 0.7, 1.1]);
    close(&layers[0].z.values, &[0.574_442_52, 0.668_187_77, 0.750_260_11]);
    close(&layers[2].z.values, &[0.316_827_08, 0.696_279_09]);
    assert_eq!((layers[0].input.rows, layers[0].w.rows, layers[0].w.cols, layers[2].z.name), (1, 2, 3, "Y"));
}

#[test]
fn a_batch_of_m_identical_rows_gives_m_identical_outputs() {
    let layers = forward(&[[1.0, 0.5]; 4], OutputKind::Identity);
    let y = &layers[2].z;
    assert_eq!((y.rows, y.cols, layers[0].a.rows, layers[0].a.cols), (4, 2, 4, 3));
    for row in y.values.chunks(2) {
        close(row, &[0.316_827_08, 0.696_279_09]);
    }
}

#[test]
fn softmax_rows_sum_to_one() {
    let layers = forward(&ROWS, OutputKind::Softmax);
    let (a, y) = (&layers[2].a, &layers[2].z);
    assert_eq!(layers[2].function, "softmax");
    for (ra, ry) in a.values.chunks(2).zip(y.values.chunks(2)) {
        assert!((ry.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert_eq!(ra[0] < ra[1], ry[0] < ry[1], "softmax keeps the order");
    }
}

#[test]
fn the_url_is_read_and_written_back_and_bad_values_fall_back() {
    let lesson = ForwardLesson::new("x=1,0.5;0,0&out=softmax&layer=2");
    assert_eq!(lesson.query(), "lesson=forward&m=2&x=1,0.5;0,0&out=softmax&layer=2");
    let bad = ForwardLesson::new("x=1,2,3&m=9&out=relu&layer=7");
    assert_eq!(bad.query(), "lesson=forward&m=1&x=1,0.5&out=identity&layer=1");
    assert_eq!(bad.notices().len(), 4);
    let mut lesson = ForwardLesson::new("m=3");
    assert_eq!(lesson.inputs(), vec![1.0, 0.5, 0.0, 0.0, 1.0, 1.0]);
    lesson.restart();
    assert!((0..3).all(|_| lesson.step()) && !lesson.step());
    assert!(parse_rows("1,0.5;2").is_none() && parse_rows("1,11").is_none());
}

#[test]
fn without_a_layer_it_opens_at_the_first_step_and_back_undoes_a_step() {
    let mut lesson = ForwardLesson::new("");
    assert_eq!(lesson.shown(), 1);
    assert!(lesson.step() && lesson.back() && lesson.back());
    assert_eq!(lesson.shown(), 0);
    assert!(!lesson.back());
    assert_eq!(lesson.shown(), 0);
}
