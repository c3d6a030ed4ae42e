//! Turning a cue's subject into a speaker: pronouns to the salient person,
//! definite descriptions (`the Tory leader`, `the report`) to the entity the
//! article introduced with them, roles to themselves.

use super::owners::{anonymous, document};
use super::{Attribution, Piece, Speakers, Subject, Who};
use crate::analysis::lexicon::{Gender, Pronoun};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    pub(super) fn resolve(
        &self,
        para: usize,
        v: usize,
        subject: Subject,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let mut cue = p.toks[v].text(p.text).to_string();
        if cue == "according" {
            cue.push_str(" to");
        }
        let mut who = Who::Name;
        let (speaker, role) = match subject {
            Subject::Mention(m) => (Some(self.located[m].1), None),
            Subject::Entity(e) => {
                who = Who::DefiniteOrg;
                (Some(e), None)
            }
            // `the club said`: only the role. Tying it to the organisation
            // just named was wrong as often as right (`the paper denied`
            // after another paper was named); only a business noun in a
            // report about one business names it (`business.rs`).
            Subject::Role(r, definite)
                if super::descriptions::org_noun(super::descriptions::role_word(&r)) =>
            {
                match definite.then(|| self.sole_business(para, v, &r)).flatten() {
                    Some(e) => {
                        who = Who::SoleBusiness;
                        (Some(e), None)
                    }
                    None => {
                        who = Who::OrgNoun;
                        (None, Some(r))
                    }
                }
            }
            Subject::Role(r, definite) => {
                let tag = |w: Who| move |e: usize| (e, w);
                let found = self
                    .document_owner(para, v, &r, definite)
                    .map(tag(Who::Document))
                    .or_else(|| {
                        document(&r)
                            .then(|| self.possessive_owner(para, v))
                            .flatten()
                            .map(tag(Who::Possessive))
                    })
                    .or_else(|| {
                        definite
                            .then(|| self.role_owner(para, v, &r))
                            .flatten()
                            .map(tag(Who::RoleOwner))
                    })
                    .or_else(|| {
                        (definite && !anonymous(&r))
                            .then(|| self.latest_subject(para, v))
                            .flatten()
                            .filter(|&e| !self.titled_otherwise(e, &r))
                            .filter(|&e| super::described::fits_gender(&r, self.genders[e]))
                            .map(tag(Who::RoleLatestSubject))
                    })
                    .or_else(|| self.role_named_later(para, v, &r).map(tag(Who::RoleNamedLater)));
                match found {
                    Some((e, w)) => {
                        who = w;
                        (Some(e), None)
                    }
                    None => {
                        who = Who::Role;
                        (None, Some(r))
                    }
                }
            }
            Subject::Pronoun(pr, k) => match self.bound_pronoun(pr, para, k, prev) {
                Some(a) => {
                    who = a.who;
                    (a.speaker, a.role)
                }
                None => {
                    who = Who::PronNone;
                    (None, None)
                }
            },
            Subject::Coordinated | Subject::None => return None,
        };
        Some(Attribution {
            speaker,
            role,
            cue: Some(cue),
            who,
            ..Attribution::default()
        })
    }

    pub(super) fn fits(&self, pr: Pronoun, e: usize) -> bool {
        if self.barred(e) {
            return false;
        }
        let kind = self.kinds[e];
        match pr {
            Pronoun::He => kind == EntityKind::Person && self.genders[e] != Some(Gender::Female),
            Pronoun::She => kind == EntityKind::Person && self.genders[e] == Some(Gender::Female),
            Pronoun::It | Pronoun::They => matches!(kind, EntityKind::Organization | EntityKind::Place),
        }
    }

    /// Whether the pronoun could mean `e` (kind and gender do not rule it
    /// out, `Other` included), unlike `fits`, which asks that they show it.
    pub(super) fn could_fit(&self, pr: Pronoun, e: usize) -> bool {
        if self.barred(e) {
            return false;
        }
        let (kind, g) = (self.kinds[e], self.genders[e]);
        let someone = kind == EntityKind::Person || kind == EntityKind::Other && !self.things[e];
        match pr {
            Pronoun::He => someone && g != Some(Gender::Female),
            Pronoun::She => someone && g != Some(Gender::Male),
            Pronoun::It | Pronoun::They => kind != EntityKind::Person,
        }
    }
}
