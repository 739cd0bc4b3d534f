"""Reading the course's data files (quiz banks, cases.yml): a YAML loader that refuses a key
written twice instead of silently keeping the last one, so an author's slip is an error, not lost
data, and one error type that lists every problem found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DataFileError(ValueError):
    """A course data file is malformed. ``problems`` lists every problem found, one line each,
    each naming the file and the field, so an author can fix them all in one go."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class StrictLoader(yaml.SafeLoader):
    """``yaml.load(text, Loader=StrictLoader)``: like ``safe_load``, but duplicate keys are errors."""


def _mapping_without_duplicates(loader: StrictLoader, node: yaml.MappingNode, deep=False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"the key '{key}' appears twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def read_data_file(path: Path, error: type[DataFileError]) -> Any:
    """Parse the YAML file at ``path`` strictly; a YAML mistake raises ``error`` naming the file."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=StrictLoader)
    except yaml.YAMLError as exc:
        raise error([f"{path.name}: not valid YAML: {exc}".replace("\n", " ")]) from exc
