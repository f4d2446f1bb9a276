//! The page state across the JavaScript boundary, in headless Chromium (wasm-bindgen-test): any
//! link's state reaches JavaScript, and a state JavaScript sends is checked as a whole.

#![cfg(target_arch = "wasm32")]

use asaku_web::Playground;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap()
}

fn set(object: &JsValue, key: &str, value: impl Into<JsValue>) {
    Reflect::set(object, &key.into(), &value.into()).unwrap();
}

/// The English sentence of a refused `apply`, after checking that JavaScript gets it as the
/// notice `{ key, vars }` of an out-of-range value.
fn refusal(pg: &mut Playground, next: JsValue) -> String {
    let refusal = pg.apply(next).expect_err("refused");
    let thrown = JsValue::from(refusal.clone());
    assert_eq!(get(&thrown, "key").as_string().as_deref(), Some("error.outOfRange"));
    refusal.0.to_string()
}

#[wasm_bindgen_test]
fn a_link_with_a_seed_above_two_to_the_53_gives_a_state_javascript_reads() {
    let pg = Playground::new("seed=9007199254740993&dataseed=18446744073709551615");
    let state = pg.state().expect("the state reaches JavaScript");
    let settings = get(&state, "settings");
    assert_eq!(get(&settings, "seed").as_f64(), Some(1.0));
    assert_eq!(get(&get(&settings, "data"), "seed").as_f64(), Some(1.0));
    assert_eq!(pg.notices().len(), 2);
    assert!(pg.notices()[0].contains("from 0 to 4294967295"), "{}", pg.notices()[0]);
}

#[wasm_bindgen_test]
fn a_state_from_javascript_is_refused_as_a_whole() {
    let mut pg = Playground::new("seed=3");
    pg.train(2, None);
    let (query, weights) = (pg.query(), pg.weights(0));
    let next = pg.state().unwrap();
    let settings = get(&next, "settings");
    set(&settings, "learning_rate", 0.5);
    set(&settings, "optimizer", "adam");
    set(&settings, "batch_size", 0);
    assert!(refusal(&mut pg, next).contains("the batch size is 0"));

    let next = pg.state().unwrap();
    set(&get(&get(&next, "settings"), "regularization"), "rate", 50.0);
    assert!(refusal(&mut pg, next).contains("the regularisation rate is 50"));

    let next = pg.state().unwrap();
    set(&get(&next, "settings"), "seed", 4_294_967_296.0);
    let message = refusal(&mut pg, next);
    assert_eq!(message, "the seed is 4294967296, but it must be a whole number from 0 to 4294967295");

    assert_eq!((pg.query(), pg.weights(0)), (query, weights), "nothing changed");
    assert_eq!(get(&get(&pg.state().unwrap(), "settings"), "optimizer").as_string().unwrap(), "sgd");
}

#[wasm_bindgen_test]
fn the_limits_reach_javascript_as_plain_numbers() {
    let limits = asaku_web::limits::limits().unwrap();
    assert_eq!(get(&get(&limits, "seed"), "max").as_f64(), Some(4_294_967_295.0));
    assert_eq!(get(&get(&limits, "speed"), "max").as_f64(), Some(50.0));
    let xor = get(&get(&limits, "domains"), "gate-xor");
    assert_eq!(get(&xor, "x_max").as_f64(), Some(1.5));
}
