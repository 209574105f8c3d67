//! All app state and its reducer.

use crate::content::{BenefitId, ModalityId, PlaceId, RegionId};
use crate::locale::STRINGS;
use crate::route::{Page, Route};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Front,
    Back,
}

impl View {
    pub fn slug(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        match slug {
            "front" => Some(View::Front),
            "back" => Some(View::Back),
            _ => None,
        }
    }

    /// The view's name, as the switch shows it.
    pub fn label(self) -> &'static str {
        match self {
            View::Front => STRINGS.view_front,
            View::Back => STRINGS.view_back,
        }
    }

    /// The same inside a sentence ("the back view"): the slug is for URLs and ids only.
    pub fn in_sentence(self) -> &'static str {
        match self {
            View::Front => STRINGS.view_front_in_sentence,
            View::Back => STRINGS.view_back_in_sentence,
        }
    }

    pub fn other(self) -> View {
        match self {
            View::Front => View::Back,
            View::Back => View::Front,
        }
    }

    pub fn shows(self, region: RegionId) -> bool {
        let region = region.get();
        match self {
            View::Front => region.on_front,
            View::Back => region.on_back,
        }
    }

    /// This view if it shows `region`, else the view that does.
    pub fn showing(self, region: RegionId) -> View {
        if self.shows(region) {
            self
        } else {
            self.other()
        }
    }
}

/// The reverse lens: which regions a massage type or a benefit suits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lens {
    Massage(ModalityId),
    Benefit(BenefitId),
}

impl Lens {
    pub fn name(self) -> &'static str {
        match self {
            Lens::Massage(m) => m.get().name,
            Lens::Benefit(b) => b.get().name,
        }
    }

    pub fn matches(self, region: RegionId) -> bool {
        region.get().suggestions.iter().any(|s| match self {
            Lens::Massage(m) => s.modality == m,
            Lens::Benefit(b) => s.benefits.contains(&b),
        })
    }

    /// Bit `i` is set when region `i` matches (the figure has fewer than 32 areas).
    pub fn mask(self) -> u32 {
        RegionId::all()
            .filter(|r| self.matches(*r))
            .fold(0, |mask, r| mask | 1 << r.0)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub view: View,
    pub selected: Option<RegionId>,
    pub lens: Option<Lens>,
    /// In a host's frame: the compact chrome.
    pub embed: bool,
    /// Where the reader is, for what warning signs tell them to do.
    pub place: Option<PlaceId>,
    /// `country=` named a country we have no wording for.
    pub unknown_country: bool,
    /// The link that opened the page asked for something we do not have.
    pub bad_link: bool,
}

pub enum Action {
    Select(RegionId),
    Clear,
    ShowView(View),
    SetLens(Option<Lens>),
    /// The URL changed (first load, back or forward).
    Restore(Route),
    /// A link to one of the site's pages in the answer's text; a region's
    /// page keeps the lens on.
    Open(Page),
    DismissNotice,
}

impl AppState {
    pub fn from_route(route: Route) -> AppState {
        AppState {
            view: route.view,
            selected: route.region,
            lens: route.lens,
            embed: route.embed,
            place: route.place,
            unknown_country: route.unknown_country,
            bad_link: route.had_unknown_value,
        }
    }

    /// This state after following a link to `page` in an answer's text: the
    /// view stays when it shows the page's region, and a region keeps the lens.
    pub fn open(self, page: Page) -> AppState {
        let route = Route::of_page(page);
        AppState {
            view: route.region.map_or(self.view, |r| self.view.showing(r)),
            selected: route.region,
            lens: route.lens.or(self.lens.filter(|_| route.region.is_some())),
            ..self
        }
    }

    /// Where a link to `page` in an answer's text leads from this state,
    /// keeping the parameters of `query` that are not ours.
    pub fn link_to(self, page: Page, query: &str) -> String {
        self.open(page).route().to_url(query)
    }

    /// What the URL should say for this state.
    pub fn route(&self) -> Route {
        Route {
            view: self.view,
            region: self.selected,
            lens: self.lens,
            embed: self.embed,
            place: self.place,
            unknown_country: self.unknown_country,
            had_unknown_value: false,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Select(region) => AppState {
                selected: Some(region),
                view: self.view.showing(region),
                ..*self
            },
            Action::Clear => AppState {
                selected: None,
                ..*self
            },
            Action::ShowView(view) => AppState { view, ..*self },
            Action::SetLens(lens) => AppState { lens, ..*self },
            Action::Restore(route) => AppState {
                // A bad value seen once stays announced until dismissed.
                bad_link: self.bad_link || route.had_unknown_value,
                ..AppState::from_route(route)
            },
            Action::Open(page) => self.open(page),
            Action::DismissNotice => AppState {
                bad_link: false,
                ..*self
            },
        };
        // Returning the same Rc skips the re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Regions shown in `view`, head to toe (the arrow-key order).
pub fn regions_in(view: View) -> impl Iterator<Item = RegionId> {
    RegionId::all().filter(move |r| view.shows(*r))
}
