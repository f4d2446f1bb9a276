//! The digits tab's Export model and Import model: the run as a model file of a digits run (the
//! format of [`asaku_core::model`], as `asaku train --data digits --save` writes it), naming the
//! images the tab holds rather than holding them.

use super::training::Training;
use super::DigitsLab;
use crate::js::Refusal;
use asaku_core::model::{self, DigitsModel, Saved};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl DigitsLab {
    /// The run as a model file's JSON text (an epoch's pending evaluation is finished first, so
    /// the file holds the epoch's figures).
    #[wasm_bindgen(js_name = exportModel)]
    pub fn export_model(&mut self) -> String {
        self.finish_evaluation();
        model::write_digits(&self.settings, &self.set, self.training.trainer())
    }

    /// Opens a model file of a digits run trained on these images: its settings, weights, epoch
    /// and history replace the run (the per-iteration loss chart starts empty). All or nothing:
    /// a run on the playground's data, other images or a bad file is refused with the
    /// [`Refusal`]'s sentence and nothing changes.
    #[wasm_bindgen(js_name = importModel)]
    pub fn import_model(&mut self, text: &str) -> Result<(), Refusal> {
        let DigitsModel { settings, trainer } = Saved::parse(text)?.open_digits(&self.set)?;
        self.settings = settings;
        self.training = Training::new(trainer);
        self.from_file = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::small_lab;

    #[test]
    fn an_exported_digits_run_imports_into_a_fresh_tab_exactly() {
        let mut lab = small_lab("hidden=8&optimizer=adam&lr=0.01&batch=10");
        while lab.advance(1000, Some(1)) > 0 {}
        lab.advance(3, None);
        let saved = lab.export_model();
        let mut fresh = small_lab("");
        fresh.import_model(&saved).unwrap();
        // The epoch stays out of the URL of a network from a file (its seed does not give it).
        assert!(lab.query().ends_with("&epoch=1"), "{}", lab.query());
        assert_eq!(fresh.query(), lab.query().replace("&epoch=1", ""));
        assert_eq!(fresh.export_model(), saved);
        while lab.advance(1000, Some(2)) > 0 {}
        while fresh.advance(1000, Some(2)) > 0 {}
        assert_eq!(fresh.export_model(), lab.export_model(), "the same next steps");
    }

    #[test]
    fn a_playground_run_or_a_bad_file_is_refused_and_nothing_changes() {
        let mut lab = small_lab("hidden=8");
        let before = lab.export_model();
        let playground = asaku_core::model::write(
            &asaku_core::train::Settings::default(),
            None,
            &asaku_core::train::Settings::default().build().unwrap(),
        );
        let err = lab.import_model(&playground).unwrap_err().0.to_string();
        assert!(
            err.ends_with("it is a run on the playground's data, not on the handwritten digits"),
            "{err}"
        );
        assert!(lab.import_model("{").is_err());
        assert_eq!(lab.export_model(), before);
    }
}
