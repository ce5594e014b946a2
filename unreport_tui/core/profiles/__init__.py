"""Body profiles: the wording and structural choices of each body's reports, as data.

The grammar (lists, articles, ordinals, quantifiers, dates) stays in the core; a profile names each
sentence form, with placeholders the core fills, and each choice. ``load_profile`` gives the one a
session names; ``list_profiles`` every one there is; ``SECTIONS`` what a profile may set."""

from .catalogue import ProfileEntry, is_path, list_profiles, load_profile, ref_from, shipped_profiles_dir, user_profiles_dir
from .fill import Phrase, fill, placeholders
from .loader import ProfileError, parse_profile
from .profile import DEFAULT_PROFILE, Profile
from .settings import SECTIONS
from .spec import Choice, Form, FormsTable, Names, Section

__all__ = [
    "DEFAULT_PROFILE",
    "SECTIONS",
    "Choice",
    "Form",
    "FormsTable",
    "Names",
    "Phrase",
    "Profile",
    "ProfileEntry",
    "ProfileError",
    "Section",
    "fill",
    "is_path",
    "list_profiles",
    "load_profile",
    "parse_profile",
    "placeholders",
    "ref_from",
    "shipped_profiles_dir",
    "user_profiles_dir",
]
