//! Hooks shared by components.

use crate::browser;
use yew::prelude::*;

/// `value` as it was one painted frame ago. Lets the click's own frame stay
/// small: slow text (the answer, the announcement) follows a frame later, and
/// a value a newer one has already replaced is skipped.
#[hook]
pub fn use_after_paint<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state(|| value.clone());
    let latest = use_mut_ref(|| value.clone());
    *latest.borrow_mut() = value.clone();
    {
        let shown = shown.setter();
        use_effect_with(value, move |value| {
            let value = value.clone();
            browser::after_paint(move || {
                if *latest.borrow() == value {
                    shown.set(value);
                }
            });
        });
    }
    (*shown).clone()
}
