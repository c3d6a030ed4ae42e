//! Which rule attributed a quote: the cue rule (`How`) and how its subject
//! became a speaker (`Who`). Typed, so rules can ask what evidence a
//! speaker rests on; printed by name only to measure each path on labels.

/// The rule that found the cue (or the continuation) of a quote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum How {
    #[default]
    None,
    ContColonLead,
    ContFirstSubject,
    ContLastReport,
    ContPrevParaQuote,
    ContPrevQuote,
    ContReopened,
    ContSentenceVerb,
    Echo,
    LastReport,
    PostBare,
    PostBefore,
    PostInverted,
    PostInvertedComma,
    PreAccording,
    PreAsClause,
    PreBare,
    PreBefore,
    PreColonSubject,
    PreFirstSubject,
    PreFirstSubjectCoord,
    PreHeading,
    PreInverted,
    PreLabel,
    PreParticiple,
    PreParticiplePrev,
    PrePassiveBy,
    PreProgressive,
    PreRelative,
    PreSubject,
    PreWords,
    Signature,
    Sole,
}

impl How {
    /// The name the path tables print (`BYLINE_PATHS`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "",
            Self::ContColonLead => "cont-colon-lead",
            Self::ContFirstSubject => "cont-first-subject",
            Self::ContLastReport => "cont-last-report",
            Self::ContPrevParaQuote => "cont-prev-para-quote",
            Self::ContPrevQuote => "cont-prev-quote",
            Self::ContReopened => "cont-reopened",
            Self::ContSentenceVerb => "cont-sentence-verb",
            Self::Echo => "echo",
            Self::LastReport => "last-report",
            Self::PostBare => "post-bare",
            Self::PostBefore => "post-before",
            Self::PostInverted => "post-inverted",
            Self::PostInvertedComma => "post-inverted-comma",
            Self::PreAccording => "pre-according",
            Self::PreAsClause => "pre-as-clause",
            Self::PreBare => "pre-bare",
            Self::PreBefore => "pre-before",
            Self::PreColonSubject => "pre-colon-subject",
            Self::PreFirstSubject => "pre-first-subject",
            Self::PreFirstSubjectCoord => "pre-first-subject-coord",
            Self::PreHeading => "pre-heading",
            Self::PreInverted => "pre-inverted",
            Self::PreLabel => "pre-label",
            Self::PreParticiple => "pre-participle",
            Self::PreParticiplePrev => "pre-participle-prev",
            Self::PrePassiveBy => "pre-passive-by",
            Self::PreProgressive => "pre-progressive",
            Self::PreRelative => "pre-relative",
            Self::PreSubject => "pre-subject",
            Self::PreWords => "pre-words",
            Self::Signature => "signature",
            Self::Sole => "sole",
        }
    }
}

/// How the cue's subject became a speaker or role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Who {
    #[default]
    None,
    DefiniteOrg,
    Document,
    Name,
    OrgNoun,
    Possessive,
    PronAmbiguousArticle,
    PronAmbiguousDescribed,
    PronAmbiguousPara,
    PronAmbiguousPrev,
    PronAmbiguousSubject,
    PronArticleNearest,
    PronDescribed,
    PronNone,
    PronParaNearest,
    PronPrevQuote,
    PronRoleOwner,
    PronRoleSubject,
    PronSheUnique,
    PronSubject,
    Role,
    RoleLatestSubject,
    RoleNamedLater,
    RoleOwner,
    SoleBusiness,
}

impl Who {
    /// The name the path tables print (`BYLINE_PATHS`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "",
            Self::DefiniteOrg => "definite-org",
            Self::Document => "document",
            Self::Name => "name",
            Self::OrgNoun => "org-noun",
            Self::Possessive => "possessive",
            Self::PronAmbiguousArticle => "pron-ambiguous-article",
            Self::PronAmbiguousDescribed => "pron-ambiguous-described",
            Self::PronAmbiguousPara => "pron-ambiguous-para",
            Self::PronAmbiguousPrev => "pron-ambiguous-prev",
            Self::PronAmbiguousSubject => "pron-ambiguous-subject",
            Self::PronArticleNearest => "pron-article-nearest",
            Self::PronDescribed => "pron-described",
            Self::PronNone => "pron-none",
            Self::PronParaNearest => "pron-para-nearest",
            Self::PronPrevQuote => "pron-prev-quote",
            Self::PronRoleOwner => "pron-role-owner",
            Self::PronRoleSubject => "pron-role-subject",
            Self::PronSheUnique => "pron-she-unique",
            Self::PronSubject => "pron-subject",
            Self::Role => "role",
            Self::RoleLatestSubject => "role-latest-subject",
            Self::RoleNamedLater => "role-named-later",
            Self::RoleOwner => "role-owner",
            Self::SoleBusiness => "sole-business",
        }
    }

    /// A pronoun resolved, or left open, by any pronoun rule.
    pub fn pronoun(self) -> bool {
        matches!(
            self,
            Self::PronAmbiguousArticle
                | Self::PronAmbiguousDescribed
                | Self::PronAmbiguousPara
                | Self::PronAmbiguousPrev
                | Self::PronAmbiguousSubject
                | Self::PronArticleNearest
                | Self::PronDescribed
                | Self::PronNone
                | Self::PronParaNearest
                | Self::PronPrevQuote
                | Self::PronRoleOwner
                | Self::PronRoleSubject
                | Self::PronSheUnique
                | Self::PronSubject
        )
    }

    /// A pronoun resolved only as the nearest person in view: a guess.
    pub fn nearest_guess(self) -> bool {
        matches!(self, Self::PronParaNearest | Self::PronArticleNearest)
    }
}
