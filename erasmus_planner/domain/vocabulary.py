"""The fixed vocabularies of spec/plan-format.md §1: organisation types, roles, fields.

Ids are the outside contract (plan files, command line); labels are English defaults that the
interface may translate. The seed document's plain words ("schools, youth groups, businesses,
authorities, NGOs") are kept as ``seed_group`` so pickers can speak the way coordinators do.
"""

from __future__ import annotations

from erasmus_planner.domain.values import Value
from erasmus_planner.domain.wording import ENGLISH, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final


class OrgType(Value):
    __slots__ = _fields = ("id", "label", "seed_group")

    id: str
    label: str
    seed_group: str

    def __init__(self, id: str, label: str, seed_group: str) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "seed_group", seed_group)


ORG_TYPES: Final[tuple[OrgType, ...]] = (
    OrgType("school", "School / general education (pre-primary to upper secondary)", "Schools"),
    OrgType("vet-provider", "Vocational education and training provider", "Schools and colleges"),
    OrgType("higher-education", "Higher education institution (HEI)", "Universities"),
    OrgType("adult-education", "Adult education provider", "Schools and colleges"),
    OrgType("youth-organisation", "Youth organisation or youth council", "Youth groups"),
    OrgType("informal-youth-group", "Informal group of young people", "Youth groups"),
    OrgType("enterprise-sme", "Small or medium-sized enterprise", "Businesses"),
    OrgType("enterprise-large", "Large enterprise", "Businesses"),
    OrgType("social-enterprise", "Social enterprise", "Businesses"),
    OrgType("public-body-local", "Local public body (municipality, local school authority)", "Authorities"),
    OrgType("public-body-regional", "Regional public body (incl. regional school authority)", "Authorities"),
    OrgType("public-body-national", "National public body (ministry, government agency)", "Authorities"),
    OrgType("ngo", "Non-governmental organisation / association", "NGOs"),
    OrgType("european-ngo", "European NGO or EU-wide network", "NGOs"),
    OrgType("foundation", "Foundation", "NGOs"),
    OrgType("research-institute", "Research institute / centre", "Research and expertise"),
    OrgType(
        "social-partner",
        "Social partner: chamber of commerce, industry or crafts, trade union, employers' or trade association",
        "Businesses",
    ),
    OrgType("qualification-body", "Accreditation, certification or qualification body", "Authorities"),
    OrgType("guidance-body", "Career guidance, counselling or information service", "Research and expertise"),
    OrgType("other", "Other organisation", "Other"),
)
ORG_TYPE_BY_ID: Final[dict[str, OrgType]] = {t.id: t for t in ORG_TYPES}
ORG_TYPE_IDS: Final[tuple[str, ...]] = tuple(ORG_TYPE_BY_ID)

APPLICANT: Final = "applicant"
PARTNER: Final = "partner"
ASSOCIATED: Final = "associated-partner"
# Linked to one full partner or the applicant (spec §4.1, 2021 calls on): counts toward nothing.
AFFILIATED: Final = "affiliated-entity"
ROLES: Final[tuple[str, ...]] = (APPLICANT, PARTNER, ASSOCIATED, AFFILIATED)
# The roles an affiliated entity can be linked to.
FULL_ROLES: Final[tuple[str, ...]] = (APPLICANT, PARTNER)
ROLE_LABELS: Final[dict[str, str]] = {
    APPLICANT: "Applicant (coordinator)",
    PARTNER: "Full partner",
    ASSOCIATED: "Associated partner",
    AFFILIATED: "Affiliated entity",
}

FIELDS: Final[tuple[str, ...]] = ("school", "vet", "higher", "adult", "youth")
FIELD_LABELS: Final[dict[str, str]] = {
    "school": "School education",
    "vet": "Vocational education and training",
    "higher": "Higher education",
    "adult": "Adult education",
    "youth": "Youth",
}

COMMUNITIES: Final[tuple[str, ...]] = ("nl", "fr", "de")
COMMUNITY_LABELS: Final[dict[str, str]] = {
    "nl": "Flemish Community",
    "fr": "French Community",
    "de": "German-speaking Community",
}

CONFIDENCES: Final[tuple[str, ...]] = ("official", "agency-summary", "unconfirmed")

# Groups of organisation types that rules count (ka2-rules.md §8 and §6.1 mappings).
TYPE_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "school": ("school",),
    "hei": ("higher-education",),
    "vet-provider": ("vet-provider",),
    "enterprise": ("enterprise-sme", "enterprise-large", "social-enterprise"),
    "sector-representative": ("enterprise-sme", "enterprise-large", "social-enterprise", "social-partner"),
    "labour-market-actor": ("enterprise-sme", "enterprise-large", "social-enterprise", "social-partner"),
    "education-provider": ("school", "vet-provider", "higher-education", "adult-education"),
    "regulatory-body": (
        "public-body-local",
        "public-body-regional",
        "public-body-national",
        "qualification-body",
    ),
    "public-body": ("public-body-local", "public-body-regional", "public-body-national"),
    "youth-group": ("youth-organisation", "informal-youth-group"),
}
# How each group is named in messages: singular and plural.
TYPE_GROUP_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "school": ("school", "schools"),
    "hei": ("higher education institution", "higher education institutions"),
    "vet-provider": ("VET provider", "VET providers"),
    "enterprise": ("enterprise", "enterprises"),
    "sector-representative": (
        "enterprise, industry or sector representative",
        "enterprises, industry or sector representatives",
    ),
    "labour-market-actor": ("labour-market actor", "labour-market actors"),
    "education-provider": ("education and training provider", "education and training providers"),
    "regulatory-body": ("body with a regulatory function", "bodies with a regulatory function"),
    "public-body": ("public body", "public bodies"),
    "youth-group": ("youth organisation or group", "youth organisations or groups"),
}
# What to suggest adding, by group, in hints.
TYPE_GROUP_EXAMPLES: Final[dict[str, str]] = {
    "school": "a school",
    "hei": "a university or other higher education institution",
    "vet-provider": "a VET college or other vocational education and training provider",
    "enterprise": "a small, medium or large enterprise (social enterprises count)",
    "sector-representative": "an enterprise, a chamber or a trade association of the sector",
    "labour-market-actor": "an enterprise, a chamber, a trade union or a trade association",
    "education-provider": "a school, VET provider, higher education institution or adult education provider",
    "regulatory-body": "a public authority or a qualification body responsible for education and training",
    "public-body": "a local, regional or national public body",
    "youth-group": "a youth organisation or a group of young people",
}


# Every label above is translated in the catalogues' "vocabulary" context (the English label is
# the source text; tools/update_translations.py collects them from this module).
VOCABULARY: Final = "vocabulary"


def type_label(type_id: str, wording: Wording = ENGLISH) -> str:
    label = ORG_TYPE_BY_ID[type_id].label if type_id in ORG_TYPE_BY_ID else type_id
    return wording.tr(label, VOCABULARY)


def group_noun(group: str, count: int, wording: Wording = ENGLISH) -> str:
    """The group's noun in the number ``count`` asks for, without the count."""
    singular, plural = TYPE_GROUP_NOUNS[group]
    return wording.trn(singular, plural, count, VOCABULARY)
